import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkApexSemantic } from '../checks/apex-semantic';
import { type Finding, formatFinding, GateSetupError } from '../lib/finding';

const FIXTURE = path.join(__dirname, 'fixtures', 'base');
const CLASSES = path.join('force-app', 'main', 'default', 'classes');
const OBJECTS = path.join('force-app', 'main', 'default', 'objects');
const CLASS_META = `<?xml version="1.0" encoding="UTF-8" ?>
<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>65.0</apiVersion>
    <status>Active</status>
</ApexClass>
`;

const temps: string[] = [];

function freshCopy(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apex-semantic-'));
    temps.push(dir);
    fs.cpSync(FIXTURE, dir, { recursive: true });
    return dir;
}

/** Replaces `from` by `to` in one file of the copy; fails loudly when the fixture changed. */
function edit(dir: string, relative: string, from: string, to: string): void {
    const file = path.join(dir, relative);
    const source = fs.readFileSync(file, 'utf8');
    assert.ok(source.includes(from), `the fixture's ${relative} no longer contains '${from}'`);
    fs.writeFileSync(file, source.replace(from, to));
}

/** Adds a class (with its meta file) to the copy. */
function addClass(dir: string, name: string, body: string): void {
    fs.writeFileSync(path.join(dir, CLASSES, `${name}.cls`), body);
    fs.writeFileSync(path.join(dir, CLASSES, `${name}.cls-meta.xml`), CLASS_META);
}

function describeAll(findings: Finding[], dir: string): string {
    return findings.map((f) => formatFinding(f, dir)).join('\n') || '(no findings)';
}

/** Asserts a finding in `file` at `line` whose message names `name`. */
function expectFinding(findings: Finding[], dir: string, file: string, line: number, name: string): void {
    const hit = findings.find((f) => f.file.endsWith(file) && f.message.includes(name));
    assert.ok(hit, `expected a finding in ${file} naming '${name}'; got:\n${describeAll(findings, dir)}`);
    assert.equal(hit.line, line, `wrong line in: ${formatFinding(hit, dir)}`);
    assert.match(hit.rule, /^apex-ls\//);
}

describe('apex-semantic gate', () => {
    after(() => {
        for (const dir of temps) {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    let cleanMillis = 0;
    before(async () => {
        const started = Date.now();
        await checkApexSemantic(freshCopy());
        cleanMillis = Date.now() - started;
    });

    it('passes the clean fixture', async () => {
        const dir = freshCopy();
        const findings = await checkApexSemantic(dir);
        assert.deepEqual(findings, [], describeAll(findings, dir));
        console.log(`  apex-semantic on the clean fixture: ${cleanMillis} ms`);
    });

    it('reports an unknown field used in Apex (record.Sise__c)', async () => {
        const dir = freshCopy();
        edit(dir, path.join(CLASSES, 'WidgetDto.cls'), 'record.Size__c', 'record.Sise__c');
        expectFinding(await checkApexSemantic(dir), dir, 'WidgetDto.cls', 20, 'Sise__c');
    });

    it('reports a call to a method that does not exist', async () => {
        const dir = freshCopy();
        edit(
            dir,
            path.join(CLASSES, 'WidgetController.cls'),
            "new WidgetSelector().selectByAccount(accountId, 'Active')",
            "new WidgetSelector().selectActive(accountId, 'Active')"
        );
        expectFinding(await checkApexSemantic(dir), dir, 'WidgetController.cls', 11, 'selectActive');
    });

    it('reports a type mismatch (String assigned to Integer)', async () => {
        const dir = freshCopy();
        edit(
            dir,
            path.join(CLASSES, 'WidgetDto.cls'),
            'this.tags = new List<String>();',
            'this.tags = new List<String>();\n        Integer count = record.Name;'
        );
        const findings = await checkApexSemantic(dir);
        expectFinding(findings, dir, 'WidgetDto.cls', 22, 'Incompatible types');
    });

    it('reports a missing return', async () => {
        const dir = freshCopy();
        edit(dir, path.join(CLASSES, 'WidgetController.cls'), '        return result;\n', '');
        // apex-ls points at the last statement of the method (the for loop's body).
        expectFinding(
            await checkApexSemantic(dir),
            dir,
            'WidgetController.cls',
            12,
            'Expected return statement'
        );
    });

    it('reports a character the Apex lexer rejects (apex-ls leaves it out of its report)', async () => {
        const dir = freshCopy();
        addClass(
            dir,
            'StrayCharacter',
            "public with sharing class StrayCharacter {\n    public String label() {\n        return 'a' # ;\n    }\n}\n"
        );
        expectFinding(await checkApexSemantic(dir), dir, 'StrayCharacter.cls', 3, "'#'");
    });

    it('accepts AccountTeamMember (missing from apex-ls types) but still reports a misspelt type', async () => {
        const dir = freshCopy();
        addClass(
            dir,
            'WidgetTeam',
            `public with sharing class WidgetTeam {
    public Map<Id, List<AccountTeamMember>> byAccount(Set<Id> accountIds) {
        Map<Id, List<AccountTeamMember>> result = new Map<Id, List<AccountTeamMember>>();
        for (AccountTeamMember member : [
            SELECT AccountId, UserId FROM AccountTeamMember WHERE AccountId IN :accountIds WITH USER_MODE
        ]) {
            result.put(member.AccountId, new List<AccountTeamMember>{ member });
        }
        return result;
    }
}
`
        );
        const clean = await checkApexSemantic(dir);
        assert.deepEqual(clean, [], describeAll(clean, dir));
        edit(
            dir,
            path.join(CLASSES, 'WidgetTeam.cls'),
            'for (AccountTeamMember member',
            'for (AccountTeamMembr member'
        );
        expectFinding(await checkApexSemantic(dir), dir, 'WidgetTeam.cls', 4, 'AccountTeamMembr');
    });

    it('ignores findings on non-Apex metadata but never loses an Apex error next to them', async () => {
        const dir = freshCopy();
        const unknownObject = path.join(dir, OBJECTS, 'Bogus');
        fs.mkdirSync(unknownObject, { recursive: true });
        fs.writeFileSync(
            path.join(unknownObject, 'Bogus.object-meta.xml'),
            '<?xml version="1.0" encoding="UTF-8" ?>\n<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">\n    <enableFeeds>false</enableFeeds>\n</CustomObject>\n'
        );
        const onlyMetadata = await checkApexSemantic(dir);
        assert.deepEqual(onlyMetadata, [], describeAll(onlyMetadata, dir));

        edit(dir, path.join(CLASSES, 'WidgetDto.cls'), 'record.Size__c', 'record.Sise__c');
        const findings = await checkApexSemantic(dir);
        expectFinding(findings, dir, 'WidgetDto.cls', 20, 'Sise__c');
        assert.ok(
            findings.every((f) => /\.(cls|trigger)$/.test(f.file)),
            `unexpected non-Apex finding:\n${describeAll(findings, dir)}`
        );
    });

    it('reports a missing sfdx-project.json instead of passing', async () => {
        const dir = freshCopy();
        fs.rmSync(path.join(dir, 'sfdx-project.json'));
        const findings = await checkApexSemantic(dir);
        assert.equal(findings.length, 1, describeAll(findings, dir));
        assert.match(findings[0].message, /sfdx-project\.json/);
    });

    it('throws GateSetupError when no Java is available', async () => {
        const saved = { PATH: process.env.PATH, JAVA_HOME: process.env.JAVA_HOME };
        process.env.PATH = '/nonexistent';
        delete process.env.JAVA_HOME;
        try {
            await assert.rejects(checkApexSemantic(freshCopy()), GateSetupError);
        } finally {
            process.env.PATH = saved.PATH;
            if (saved.JAVA_HOME !== undefined) {
                process.env.JAVA_HOME = saved.JAVA_HOME;
            }
        }
    });
});
