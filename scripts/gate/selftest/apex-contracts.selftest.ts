import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { checkApexContracts } from '../checks/apex-contracts';
import type { Finding } from '../lib/finding';

const FIXTURE = path.join(__dirname, 'fixtures', 'base');
const CONTROLLER_CLS = 'force-app/main/default/classes/WidgetController.cls';
const DTO_CLS = 'force-app/main/default/classes/WidgetDto.cls';
const CONTROLLER_DTS = 'types/apex/WidgetController.d.ts';
const DTO_DTS = 'types/apex/WidgetDto.d.ts';
const CLS_META = `<?xml version="1.0" encoding="UTF-8"?>
<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>65.0</apiVersion>
    <status>Active</status>
</ApexClass>
`;

const tempDirs: string[] = [];

after(() => {
    for (const dir of tempDirs) {
        fs.rmSync(dir, { recursive: true, force: true });
    }
});

/** A fresh copy of the base fixture project. */
function copyFixture(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gate-apex-contracts-'));
    tempDirs.push(dir);
    fs.cpSync(FIXTURE, dir, { recursive: true });
    return dir;
}

/** Replaces `search` (which must occur) in a file of the copy. */
function edit(dir: string, file: string, search: string | RegExp, replacement: string): void {
    const full = path.join(dir, file);
    const before = fs.readFileSync(full, 'utf8');
    const changed = before.replace(search, replacement);
    assert.notEqual(changed, before, `planting the defect failed: ${String(search)} not found in ${file}`);
    fs.writeFileSync(full, changed);
}

/** Inserts `member` just before the last closing brace of an Apex class file. */
function addApexMember(dir: string, file: string, member: string): void {
    const full = path.join(dir, file);
    const text = fs.readFileSync(full, 'utf8');
    const end = text.lastIndexOf('}');
    fs.writeFileSync(full, `${text.slice(0, end)}${member}\n}\n`);
}

function addFile(dir: string, file: string, text: string): void {
    const full = path.join(dir, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
    if (file.endsWith('.cls')) {
        fs.writeFileSync(`${full}-meta.xml`, CLS_META);
    }
}

function describeFindings(findings: Finding[]): string {
    return findings.map((f) => `${f.file}:${f.line ?? ''} [${f.rule}] ${f.message}`).join('\n');
}

/** Asserts exactly one finding, in `file`, whose message contains every one of `words`. */
function assertSingle(findings: Finding[], file: string, words: string[], rule?: string): Finding {
    assert.equal(findings.length, 1, `expected one finding, got:\n${describeFindings(findings)}`);
    const [finding] = findings;
    assert.equal(finding.file, file, describeFindings(findings));
    for (const word of words) {
        assert.ok(finding.message.includes(word), `"${word}" missing from: ${finding.message}`);
    }
    if (rule) {
        assert.equal(finding.rule, rule);
    }
    assert.ok(finding.line !== undefined && finding.line > 0, 'finding has a line');
    return finding;
}

describe('apex-contracts gate', () => {
    it('passes the clean fixture', async () => {
        const findings = await checkApexContracts(copyFixture());
        assert.deepEqual(findings, [], describeFindings(findings));
    });

    it('reports a DTO field renamed on the TS side only', async () => {
        const dir = copyFixture();
        edit(dir, DTO_DTS, 'size: number | null;', 'sise: number | null;');
        const finding = assertSingle(await checkApexContracts(dir), DTO_DTS, [
            'Apex WidgetDto.size has no TS counterpart',
            'TS Apex.WidgetDto.sise has no Apex counterpart',
            'WidgetDto.cls'
        ]);
        assert.equal(finding.rule, 'apex-dto-field');
    });

    it('reports a DTO field renamed on the Apex side only', async () => {
        const dir = copyFixture();
        edit(dir, DTO_CLS, 'public Decimal size;', 'public Decimal sizeValue;');
        edit(dir, DTO_CLS, 'this.size =', 'this.sizeValue =');
        assertSingle(
            await checkApexContracts(dir),
            DTO_DTS,
            [
                'Apex WidgetDto.sizeValue has no TS counterpart',
                'Apex.WidgetDto.size has no Apex counterpart',
                DTO_CLS
            ],
            'apex-dto-field'
        );
    });

    it('reports an Apex parameter renamed', async () => {
        const dir = copyFixture();
        edit(dir, CONTROLLER_CLS, 'Id widgetId, String name)', 'Id widgetId, String newName)');
        edit(dir, CONTROLLER_CLS, 'Name = name)', 'Name = newName)');
        assertSingle(
            await checkApexContracts(dir),
            CONTROLLER_DTS,
            ['WidgetController.renameWidget(newName)', "TS parameter 'name'", CONTROLLER_CLS],
            'apex-contract-param'
        );
    });

    it('reports a parameter added on the TS side', async () => {
        const dir = copyFixture();
        edit(dir, CONTROLLER_DTS, 'name: string }', 'name: string; force: boolean }');
        assertSingle(
            await checkApexContracts(dir),
            CONTROLLER_DTS,
            ["TS parameter 'force'", 'WidgetController.renameWidget', 'has no Apex counterpart'],
            'apex-contract-param'
        );
    });

    it('reports a parameter missing on the TS side and a parameter type mismatch', async () => {
        const dir = copyFixture();
        edit(dir, CONTROLLER_DTS, '{ widgetId: string; name: string }', '{ widgetId: number }');
        const findings = await checkApexContracts(dir);
        assert.equal(findings.length, 2, describeFindings(findings));
        assert.ok(
            findings.some((f) => f.message.includes("lacks parameter 'name: string'")),
            describeFindings(findings)
        );
        assert.ok(
            findings.some(
                (f) => f.message.includes("parameter 'widgetId'") && f.message.includes('Apex declares Id')
            ),
            describeFindings(findings)
        );
        assert.ok(findings.every((f) => f.file === CONTROLLER_DTS));
    });

    it('reports a new @AuraEnabled method without a declaration', async () => {
        const dir = copyFixture();
        addApexMember(
            dir,
            CONTROLLER_CLS,
            '    @AuraEnabled\n    public static void archiveWidget(Id widgetId, Boolean hard) {\n    }'
        );
        assertSingle(
            await checkApexContracts(dir),
            CONTROLLER_CLS,
            [
                'WidgetController.archiveWidget is @AuraEnabled',
                "declare module '@salesforce/apex/WidgetController.archiveWidget'",
                'archiveWidget(params: { widgetId: string; hard: boolean }): Promise<void>',
                'types/apex/WidgetController.d.ts'
            ],
            'apex-contract-missing'
        );
    });

    it('reports a stale declaration for a removed method', async () => {
        const dir = copyFixture();
        edit(
            dir,
            CONTROLLER_CLS,
            /\s*\/\*\*\s*\* Renames a widget\.[\s\S]*?return new WidgetDto\(record\);\s*\}/,
            ''
        );
        assertSingle(
            await checkApexContracts(dir),
            CONTROLLER_DTS,
            ["'@salesforce/apex/WidgetController.renameWidget' is declared", 'has no method renameWidget'],
            'apex-contract-stale'
        );
    });

    it('reports a declaration for a method that is not @AuraEnabled', async () => {
        const dir = copyFixture();
        edit(
            dir,
            CONTROLLER_CLS,
            '@AuraEnabled\n    public static WidgetDto renameWidget',
            'public static WidgetDto renameWidget'
        );
        assertSingle(
            await checkApexContracts(dir),
            CONTROLLER_DTS,
            ['WidgetController.renameWidget is not @AuraEnabled', CONTROLLER_CLS],
            'apex-contract-stale'
        );
    });

    it('reports a DTO field type change (Decimal → String)', async () => {
        const dir = copyFixture();
        edit(dir, DTO_CLS, 'public Decimal size;', 'public String size;');
        edit(dir, DTO_CLS, 'this.size = record.Size__c;', 'this.size = String.valueOf(record.Size__c);');
        assertSingle(
            await checkApexContracts(dir),
            DTO_DTS,
            ['Apex.WidgetDto.size', 'Apex WidgetDto.size is String', '(TS string)', 'number | null'],
            'apex-dto-field'
        );
    });

    it('reports a return type change (List<WidgetDto> → WidgetDto)', async () => {
        const dir = copyFixture();
        edit(
            dir,
            CONTROLLER_CLS,
            /public static List<WidgetDto> getWidgets\(Id accountId\) \{[\s\S]*?return result;/,
            'public static WidgetDto getWidgets(Id accountId) {\n        return null;'
        );
        assertSingle(
            await checkApexContracts(dir),
            CONTROLLER_DTS,
            [
                'return type of WidgetController.getWidgets',
                'Apex returns WidgetDto',
                'Promise<Apex.WidgetDto[]>'
            ],
            'apex-contract-return'
        );
    });

    it('ignores non-@AuraEnabled methods, test classes and private inner classes', async () => {
        const dir = copyFixture();
        addApexMember(
            dir,
            CONTROLLER_CLS,
            [
                '    public static Integer countWidgets(Id accountId) {\n        return 0;\n    }',
                '    @AuraEnabled\n    public Integer instanceHelper() {\n        return 0;\n    }',
                '    @AuraEnabled\n    private static Integer hiddenHelper() {\n        return 0;\n    }',
                '    private class Internal {\n        @AuraEnabled\n        public String secret;\n' +
                    '        @AuraEnabled\n        public static Integer peek() {\n            return 0;\n        }\n    }'
            ].join('\n')
        );
        addFile(
            dir,
            'force-app/main/default/classes/WidgetControllerTest.cls',
            '@IsTest\nprivate class WidgetControllerTest {\n    @AuraEnabled\n    public static String helper() {\n' +
                "        return '';\n    }\n\n    @IsTest\n    static void getsWidgets() {\n" +
                '        System.assertEquals(0, WidgetController.getWidgets(null).size());\n    }\n}\n'
        );
        const findings = await checkApexContracts(dir);
        assert.deepEqual(findings, [], describeFindings(findings));
    });

    it('accepts inner-class DTOs, enums, maps and SObjects declared by the convention', async () => {
        const dir = copyFixture();
        addApexMember(
            dir,
            CONTROLLER_CLS,
            '    public enum Health { GOOD, BAD }\n' +
                '    public class Summary {\n' +
                '        @AuraEnabled public Integer count;\n' +
                '        @AuraEnabled public list<WidgetDto> widgets { get; set; }\n' +
                '        @AuraEnabled public Health health;\n' +
                '        @AuraEnabled public Map<Id, Decimal> sizeById;\n' +
                '        @AuraEnabled public Account account;\n' +
                '        @AuraEnabled public Object extra;\n' +
                '        public String notSerialized;\n' +
                '    }\n' +
                '    @auraenabled(Cacheable=true)\n' +
                '    public static Summary getSummary(Set<Id> accountIds, Date since, Map<String, Object> options) {\n' +
                '        return new Summary();\n' +
                '    }'
        );
        edit(
            dir,
            CONTROLLER_DTS,
            /$/,
            "declare module '@salesforce/apex/WidgetController.getSummary' {\n" +
                '    export default function getSummary(params: {\n' +
                '        accountIds: string[];\n' +
                '        since: string | null;\n' +
                '        options: Record<string, unknown>;\n' +
                '    }): Promise<Apex.WidgetController.Summary>;\n' +
                '}\n' +
                'declare namespace Apex {\n' +
                '    namespace WidgetController {\n' +
                '        type Health = "GOOD" | "BAD";\n' +
                '        interface Summary {\n' +
                '            count: number;\n' +
                '            widgets: Array<WidgetDto>;\n' +
                '            health: Health | null;\n' +
                '            sizeById: { [id: string]: number };\n' +
                '            account: Record<string, unknown>;\n' +
                '            extra?: unknown;\n' +
                '        }\n' +
                '    }\n' +
                '}\n'
        );
        const clean = await checkApexContracts(dir);
        assert.deepEqual(clean, [], describeFindings(clean));

        edit(dir, CONTROLLER_DTS, 'namespace WidgetController {', 'namespace WidgetControllerX {');
        edit(dir, CONTROLLER_DTS, 'Apex.WidgetController.Summary>', 'Apex.WidgetController_Summary>');
        edit(
            dir,
            CONTROLLER_DTS,
            /$/,
            'declare namespace Apex {\n    interface WidgetController_Summary {}\n}\n'
        );
        const findings = await checkApexContracts(dir);
        const missing = findings.filter((f) => f.rule === 'apex-dto-missing');
        assert.equal(missing.length, 1, describeFindings(findings));
        assert.equal(missing[0].file, CONTROLLER_CLS);
        assert.ok(missing[0].message.includes('Apex.WidgetController.Summary'), missing[0].message);
        assert.ok(missing[0].message.includes('nested namespace'), missing[0].message);
    });

    it('reports a DTO used by a contract that has no TS interface', async () => {
        const dir = copyFixture();
        addFile(
            dir,
            'force-app/main/default/classes/GadgetDto.cls',
            'public with sharing class GadgetDto {\n    @AuraEnabled\n    public String label;\n}\n'
        );
        edit(
            dir,
            DTO_CLS,
            'public List<String> tags;',
            'public List<String> tags;\n    @AuraEnabled\n    public GadgetDto gadget;'
        );
        edit(dir, DTO_DTS, 'tags: string[];', 'tags: string[];\n        gadget: Apex.GadgetDto | null;');
        assertSingle(
            await checkApexContracts(dir),
            'force-app/main/default/classes/GadgetDto.cls',
            ['Apex class GadgetDto is used by WidgetDto.gadget', 'interface GadgetDto'],
            'apex-dto-missing'
        );
    });

    it('reports an Apex file that does not parse once, without calling its declarations stale', async () => {
        const dir = copyFixture();
        edit(dir, CONTROLLER_CLS, 'List<WidgetDto> result =', 'List<WidgetDto> result = =');
        assertSingle(
            await checkApexContracts(dir),
            CONTROLLER_CLS,
            ['cannot parse Apex'],
            'apex-contract-parse'
        );
    });
});
