import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const COMPONENT = path.join(ROOT, 'force-app/main/default/lwc/errorPanel/errorPanel.ts');

async function lint(text: string): Promise<string[]> {
    const eslint = new ESLint({ cwd: ROOT });
    const [result] = await eslint.lintText(text, { filePath: COMPONENT });
    return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

async function formatted(text: string, filepath: string): Promise<boolean> {
    const options = await prettier.resolveConfig(path.join(ROOT, filepath));
    return prettier.check(text, { ...options, filepath: path.join(ROOT, filepath) });
}

describe('ESLint gate', () => {
    const source = fs.readFileSync(COMPONENT, 'utf8');

    it('passes a real component', async () => {
        assert.deepEqual(await lint(source), []);
    });

    it('reports innerHTML in a component (LWC security rule)', async () => {
        const planted = `${source}\nexport function render(el: HTMLElement, html: string): void {\n    el.innerHTML = html;\n}\n`;
        assert.ok((await lint(planted)).some((m) => m.startsWith('@lwc/lwc/no-inner-html')));
    });

    it('reports an unsafe any (type-aware TypeScript rules)', async () => {
        const planted = `${source}\nexport function size(value: any): number {\n    return value.length;\n}\n`;
        const messages = await lint(planted);
        assert.ok(
            messages.some((m) => m.startsWith('@typescript-eslint/no-explicit-any')),
            messages.join('\n')
        );
        assert.ok(messages.some((m) => m.startsWith('@typescript-eslint/no-unsafe-member-access')));
    });
});

describe('Prettier gate', () => {
    it('accepts formatted Apex and XML and rejects unformatted ones', async () => {
        const apex = 'public with sharing class A {\n    public Integer x() {\n        return 1;\n    }\n}\n';
        assert.equal(await formatted(apex, 'force-app/main/default/classes/A.cls'), true);
        assert.equal(
            await formatted(apex.replace('    return', 'return'), 'force-app/main/default/classes/A.cls'),
            false
        );
        const xml =
            '<?xml version="1.0" encoding="UTF-8" ?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>65.0</apiVersion>\n</ApexClass>\n';
        assert.equal(await formatted(xml, 'force-app/main/default/classes/A.cls-meta.xml'), true);
        assert.equal(
            await formatted(xml.replace('    <api', '<api'), 'force-app/main/default/classes/A.cls-meta.xml'),
            false
        );
    });

    it('reports an Apex syntax error', async () => {
        await assert.rejects(
            formatted('public class A { Integer x( }\n', 'force-app/main/default/classes/A.cls')
        );
    });

    it('rejects an unformatted component template', async () => {
        assert.equal(
            await formatted(
                '<template>\n<p   class="x"  >x</p>\n</template>\n',
                'force-app/main/default/lwc/a/a.html'
            ),
            false
        );
    });
});
