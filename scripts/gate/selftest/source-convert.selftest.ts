import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { emitLwc } from '../../build/emit-lwc';
import { checkSourceConvert } from '../checks/source-convert';
import { CLASSES, copyFixture, removeFixture } from './fixture';

describe('source conversion gate', () => {
    const dirs: string[] = [];
    const fixture = (): string => {
        const dir = copyFixture('convert');
        dirs.push(dir);
        assert.deepEqual(emitLwc(dir), []);
        return dir;
    };
    after(() => dirs.forEach(removeFixture));

    it('passes the clean fixture: every source file is in the converted package', async () => {
        assert.deepEqual(await checkSourceConvert(fixture()), []);
    });

    it('reports a .cls whose -meta.xml is missing (conversion drops it silently)', async () => {
        const dir = fixture();
        fs.rmSync(path.join(dir, CLASSES, 'WidgetDto.cls-meta.xml'));
        const findings = await checkSourceConvert(dir);
        assert.equal(findings.length, 1);
        assert.match(findings[0]?.file ?? '', /WidgetDto\.cls$/);
        assert.equal(findings[0]?.rule, 'missing-meta');
    });

    it('reports a -meta.xml whose .cls is missing', async () => {
        const dir = fixture();
        fs.rmSync(path.join(dir, CLASSES, 'WidgetSelector.cls'));
        const findings = await checkSourceConvert(dir);
        assert.ok(
            findings.some((f) => /WidgetSelector\.cls-meta\.xml$/.test(f.file)),
            JSON.stringify(findings)
        );
    });

    it('reports a file of an unknown metadata type', async () => {
        const dir = fixture();
        fs.writeFileSync(path.join(dir, 'force-app/main/default/classes/notes.txt'), 'not metadata');
        const findings = await checkSourceConvert(dir);
        assert.ok(findings.length > 0, 'expected a finding for notes.txt');
    });
});
