import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { emitLwc } from '../../build/emit-lwc';
import { checkLwcCompile } from '../checks/lwc-compile';
import { checkTypes } from '../checks/typescript';
import { copyFixture, plant, removeFixture, WIDGET_CARD } from './fixture';

describe('type-check, build and LWC compile gates', () => {
    let dir = '';
    before(() => {
        dir = copyFixture('ts');
    });
    after(() => removeFixture(dir));

    const fresh = (): string => {
        removeFixture(dir);
        dir = copyFixture('ts');
        return dir;
    };

    it('passes the clean fixture: no type errors, emits .js with decorators intact, compiles', async () => {
        assert.deepEqual(await checkTypes(dir), []);
        assert.deepEqual(emitLwc(dir), []);
        const js = fs.readFileSync(path.join(dir, `${WIDGET_CARD}.js`), 'utf8');
        assert.match(js, /@api\s+widgetName/);
        assert.deepEqual(await checkLwcCompile(dir), []);
    });

    it('type-check reports a TypeScript type error at its line', async () => {
        plant(fresh(), `${WIDGET_CARD}.ts`, '@api size: number = 0;', "@api size: number = 'big';");
        const findings = await checkTypes(dir);
        assert.equal(findings.length, 1);
        assert.match(findings[0]?.file ?? '', /widgetCard\.ts$/);
        assert.equal(findings[0]?.line, 5);
        assert.match(findings[0]?.message ?? '', /not assignable to type 'number'/);
    });

    it('build refuses to emit when there is a type error', () => {
        plant(fresh(), `${WIDGET_CARD}.ts`, 'return `${this.widgetName}', 'return `${this.widgetNam}');
        const findings = emitLwc(dir);
        assert.ok(
            findings.some((f) => /widgetNam/.test(f.message)),
            JSON.stringify(findings)
        );
        assert.equal(fs.existsSync(path.join(dir, `${WIDGET_CARD}.js`)), false);
    });

    it('LWC compile check fails when target ES2022 makes tsc emit decorator helpers', async () => {
        plant(fresh(), 'tsconfig.json', '"target": "ESNext"', '"target": "ES2022"');
        assert.deepEqual(emitLwc(dir), []);
        const findings = await checkLwcCompile(dir);
        assert.equal(findings.length, 1);
        assert.match(findings[0]?.file ?? '', /widgetCard\.js$/);
        assert.equal(findings[0]?.rule, 'decorator-helper');
    });

    it('build fails when experimentalDecorators is switched on (legacy decorators do not fit LWC)', () => {
        plant(fresh(), 'tsconfig.json', '"experimentalDecorators": false', '"experimentalDecorators": true');
        const findings = emitLwc(dir);
        assert.ok(findings.length > 0, 'expected the build to fail');
        assert.match(findings[0]?.message ?? '', /decorator/);
        assert.equal(fs.existsSync(path.join(dir, `${WIDGET_CARD}.js`)), false);
    });

    it('LWC compile check reports a template the LWC compiler rejects', async () => {
        fresh();
        assert.deepEqual(emitLwc(dir), []);
        plant(
            dir,
            `${WIDGET_CARD}.html`,
            '<p class="label">{label}</p>',
            '<p class="label">{label.toUpperCase()}</p>'
        );
        const findings = await checkLwcCompile(dir);
        assert.equal(findings.length, 1);
        assert.match(findings[0]?.file ?? '', /widgetCard\.html$/);
    });

    it('LWC compile check reports a component that was never built', async () => {
        fresh();
        const findings = await checkLwcCompile(dir);
        assert.ok(findings.some((f) => f.rule === 'not-built'));
    });
});
