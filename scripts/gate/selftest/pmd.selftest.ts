import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkPmd, rulesetFor } from '../checks/pmd';
import { apexSources, lineOf } from '../lib/files';
import { type Finding, formatFinding, GateSetupError } from '../lib/finding';
import { runPmd } from '../lib/pmd-runner';

const FIXTURE = path.join(__dirname, 'fixtures', 'base');
const PROJECT_RULESET = path.resolve(__dirname, '..', '..', '..', 'config', 'pmd', 'ruleset.xml');
const CLASSES = path.join('force-app', 'main', 'default', 'classes');
const TRIGGERS = path.join('force-app', 'main', 'default', 'triggers');
const SELECTOR = path.join(CLASSES, 'WidgetSelector.cls');
const CLASS_META = `<?xml version="1.0" encoding="UTF-8" ?>
<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>65.0</apiVersion>
    <status>Active</status>
</ApexClass>
`;

const temps: string[] = [];
/** Clean fixture copy that already holds the ruleset validation cache (`.gate/pmd/`). */
let template = '';

function tempDir(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pmd-gate-'));
    temps.push(dir);
    return dir;
}

function freshCopy(): string {
    const dir = tempDir();
    fs.cpSync(template, dir, { recursive: true });
    return dir;
}

/** Writes an Apex class (and its meta file) into the copy; returns the source. */
function addClass(dir: string, name: string, body: string): string {
    fs.writeFileSync(path.join(dir, CLASSES, `${name}.cls`), body);
    fs.writeFileSync(path.join(dir, CLASSES, `${name}.cls-meta.xml`), CLASS_META);
    return body;
}

/** 1-based line of the first occurrence of `marker` in `source`. */
function lineOfText(source: string, marker: string): number {
    const at = source.indexOf(marker);
    assert.ok(at >= 0, `planted source lacks '${marker}'`);
    return lineOf(source, at);
}

function describeAll(findings: Finding[], dir: string): string {
    return findings.map((f) => formatFinding(f, dir)).join('\n') || '(no findings)';
}

/** Asserts a `rule` finding in `file` at `line` whose message contains `name`; returns it. */
function expectFinding(
    findings: Finding[],
    dir: string,
    expected: { file: string; line: number; rule: string; name: string }
): Finding {
    const hit = findings.find(
        (f) =>
            f.file.endsWith(expected.file) &&
            f.rule === expected.rule &&
            f.line === expected.line &&
            f.message.includes(expected.name)
    );
    assert.ok(
        hit,
        `expected ${expected.rule} in ${expected.file}:${expected.line} naming '${expected.name}'; got:\n${describeAll(findings, dir)}`
    );
    return hit;
}

describe('pmd gate', () => {
    let cleanMillis = 0;

    before(async () => {
        template = tempDir();
        fs.cpSync(FIXTURE, template, { recursive: true });
        const started = Date.now();
        await checkPmd(template);
        cleanMillis = Date.now() - started;
    });

    after(() => {
        for (const dir of temps) {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    it('uses the project ruleset for a fixture copy', () => {
        assert.equal(rulesetFor(template), PROJECT_RULESET);
    });

    it('passes the clean fixture (WITH USER_MODE and AccessLevel.USER_MODE satisfy ApexCRUDViolation)', async () => {
        const dir = freshCopy();
        const started = Date.now();
        const findings = await checkPmd(dir);
        assert.deepEqual(findings, [], describeAll(findings, dir));
        console.log(
            `  pmd on the clean fixture: ${cleanMillis} ms first run, ${Date.now() - started} ms cached`
        );
    });

    it('reports SOQL inside a for loop', async () => {
        const dir = freshCopy();
        const source = addClass(
            dir,
            'WidgetCounter',
            `public with sharing class WidgetCounter {
    public Integer countWidgets(List<Account> accounts) {
        Integer total = 0;
        for (Account account : accounts) {
            total += [SELECT COUNT() FROM Widget__c WHERE Account__c = :account.Id WITH USER_MODE];
        }
        return total;
    }
}
`
        );
        expectFinding(await checkPmd(dir), dir, {
            file: 'WidgetCounter.cls',
            line: lineOfText(source, 'SELECT COUNT()'),
            rule: 'OperationWithLimitsInLoop',
            name: 'SELECT COUNT() FROM Widget__c'
        });
    });

    it('reports DML inside a for loop', async () => {
        const dir = freshCopy();
        const source = addClass(
            dir,
            'WidgetRenamer',
            `public with sharing class WidgetRenamer {
    public void markAll(List<Widget__c> widgets) {
        for (Widget__c widget : widgets) {
            widget.Name = widget.Name + ' (old)';
            update as user widget;
        }
    }
}
`
        );
        expectFinding(await checkPmd(dir), dir, {
            file: 'WidgetRenamer.cls',
            line: lineOfText(source, 'update as user'),
            rule: 'OperationWithLimitsInLoop',
            name: 'update as user widget'
        });
    });

    it('reports classes without a sharing declaration', async () => {
        const dir = freshCopy();
        addClass(
            dir,
            'WidgetWriter',
            `public class WidgetWriter {
    public void save(Widget__c widget) {
        insert as user widget;
    }
}
`
        );
        addClass(
            dir,
            'WidgetMath',
            `public class WidgetMath {
    public Decimal twice(Decimal size) {
        return size * 2;
    }
}
`
        );
        const findings = await checkPmd(dir);
        expectFinding(findings, dir, {
            file: 'WidgetWriter.cls',
            line: 1,
            rule: 'ApexSharingViolations',
            name: 'class WidgetWriter'
        });
        expectFinding(findings, dir, {
            file: 'WidgetMath.cls',
            line: 1,
            rule: 'ClassMustDeclareSharing',
            name: 'class WidgetMath'
        });
    });

    it('reports SOQL without WITH USER_MODE (and PMD flags it as a CRUD violation)', async () => {
        const dir = freshCopy();
        const file = path.join(dir, SELECTOR);
        const source = fs.readFileSync(file, 'utf8');
        assert.ok(source.includes('            WITH USER_MODE\n'), 'the fixture selector changed');
        fs.writeFileSync(file, source.replace('            WITH USER_MODE\n', ''));
        const line = lineOfText(source, 'return [');
        expectFinding(await checkPmd(dir), dir, {
            file: 'WidgetSelector.cls',
            line,
            rule: 'UserModeSoql',
            name: 'WITH USER_MODE'
        });
        const raw = await runPmd(PROJECT_RULESET, new Map([['apex', apexSources(dir)]]));
        assert.ok(
            raw.violations.some(
                (v) =>
                    v.rule === 'ApexCRUDViolation' &&
                    v.codeLocation.file.endsWith('WidgetSelector.cls') &&
                    v.codeLocation.startLine === line
            ),
            `PMD's ApexCRUDViolation did not fire: ${JSON.stringify(raw.violations)}`
        );
    });

    it('reports dynamic SOQL built from user input (SOQL injection)', async () => {
        const dir = freshCopy();
        const source = addClass(
            dir,
            'WidgetSearch',
            `public with sharing class WidgetSearch {
    @AuraEnabled
    public static List<Widget__c> byName(String name) {
        String soql = 'SELECT Id, Name FROM Widget__c WHERE Name = \\'' + name + '\\' WITH USER_MODE LIMIT 50';
        return Database.query(soql, AccessLevel.USER_MODE);
    }
}
`
        );
        expectFinding(await checkPmd(dir), dir, {
            file: 'WidgetSearch.cls',
            line: lineOfText(source, 'Database.query'),
            rule: 'ApexSOQLInjection',
            name: 'Database.query(soql'
        });
    });

    it('reports a trigger with logic', async () => {
        const dir = freshCopy();
        fs.mkdirSync(path.join(dir, TRIGGERS), { recursive: true });
        fs.writeFileSync(
            path.join(dir, TRIGGERS, 'WidgetTrigger.trigger'),
            `trigger WidgetTrigger on Widget__c (before insert) {
    for (Widget__c widget : Trigger.new) {
        if (widget.Status__c == null) {
            widget.Status__c = 'Draft';
        }
    }
}
`
        );
        fs.writeFileSync(
            path.join(dir, TRIGGERS, 'WidgetTrigger.trigger-meta.xml'),
            CLASS_META.replace(/ApexClass/g, 'ApexTrigger')
        );
        expectFinding(await checkPmd(dir), dir, {
            file: 'WidgetTrigger.trigger',
            line: 1,
            rule: 'AvoidLogicInTrigger',
            name: 'WidgetTrigger'
        });
    });

    it('reports suppressions without a reason and accepts those with one', async () => {
        const dir = freshCopy();
        const source = addClass(
            dir,
            'WidgetPurge',
            `public with sharing class WidgetPurge {
    public void drop(Widget__c widget) {
        delete as system widget; // NOPMD
    }

    public void purge(List<Widget__c> widgets) {
        delete as system widgets; // NOPMD reason: the nightly purge must also remove widgets the user cannot see
    }

    // The archive job runs as the integration user and reads every widget on purpose.
    @SuppressWarnings('PMD.UserModeSoql, PMD.ApexCRUDViolation')
    public List<Widget__c> archive() {
        return [SELECT Id FROM Widget__c LIMIT 200];
    }

    @SuppressWarnings('PMD.UserModeSoql, PMD.ApexCRUDViolation')
    public List<Widget__c> unexplained() {
        return [SELECT Id FROM Widget__c LIMIT 1];
    }

    // Misspelt rule names suppress nothing, so they are reported.
    @SuppressWarnings('PMD.UserModeSOQL')
    public List<Widget__c> misspelt() {
        return [SELECT Id FROM Widget__c WITH USER_MODE LIMIT 1];
    }
}
`
        );
        const findings = (await checkPmd(dir)).filter((f) => f.file.endsWith('WidgetPurge.cls'));
        expectFinding(findings, dir, {
            file: 'WidgetPurge.cls',
            line: lineOfText(source, '// NOPMD\n'),
            rule: 'SuppressionWithoutReason',
            name: 'NOPMD without a reason'
        });
        expectFinding(findings, dir, {
            file: 'WidgetPurge.cls',
            line: lineOfText(
                source,
                "@SuppressWarnings('PMD.UserModeSoql, PMD.ApexCRUDViolation')\n    public List<Widget__c> unexplained"
            ),
            rule: 'SuppressionWithoutReason',
            name: 'PMD.UserModeSoql'
        });
        expectFinding(findings, dir, {
            file: 'WidgetPurge.cls',
            line: lineOfText(source, "'PMD.UserModeSOQL'"),
            rule: 'SuppressionWithoutReason',
            name: 'not a rule of the PMD ruleset'
        });
        assert.equal(findings.length, 3, `only the three bad suppressions:\n${describeAll(findings, dir)}`);
    });

    it('reports DML statements and Database calls that do not run in user mode', async () => {
        const dir = freshCopy();
        const source = addClass(
            dir,
            'WidgetStore',
            `public with sharing class WidgetStore {
    public void save(Widget__c widget) {
        insert widget;
    }

    public void saveAsSystem(Widget__c widget) {
        upsert as system widget;
    }

    public void saveAll(List<Widget__c> widgets) {
        Database.insert(widgets, false);
    }

    public List<Widget__c> find(String soql) {
        return Database.query(soql);
    }
}
`
        );
        const findings = await checkPmd(dir);
        expectFinding(findings, dir, {
            file: 'WidgetStore.cls',
            line: lineOfText(source, 'insert widget'),
            rule: 'UserModeDml',
            name: "'insert' runs in system mode"
        });
        expectFinding(findings, dir, {
            file: 'WidgetStore.cls',
            line: lineOfText(source, 'upsert as system'),
            rule: 'UserModeDml',
            name: "'upsert as system'"
        });
        expectFinding(findings, dir, {
            file: 'WidgetStore.cls',
            line: lineOfText(source, 'Database.insert'),
            rule: 'UserModeDatabaseCall',
            name: 'Database.insert(widgets, false)'
        });
        expectFinding(findings, dir, {
            file: 'WidgetStore.cls',
            line: lineOfText(source, 'Database.query'),
            rule: 'UserModeDatabaseCall',
            name: 'Database.query(soql)'
        });
    });

    it('reports a file PMD cannot parse', async () => {
        const dir = freshCopy();
        addClass(dir, 'Unparsable', 'public with sharing class Unparsable {\n    public void broken( {\n}\n');
        expectFinding(await checkPmd(dir), dir, {
            file: 'Unparsable.cls',
            line: 2,
            rule: 'PMD/ProcessingError',
            name: 'could not analyse'
        });
    });

    it('throws GateSetupError when the project ruleset does not load', async () => {
        const dir = freshCopy();
        fs.mkdirSync(path.join(dir, 'config', 'pmd'), { recursive: true });
        const broken = fs
            .readFileSync(PROJECT_RULESET, 'utf8')
            .replace('name="methodReportLevel"', 'name="methodReportLvl"');
        fs.writeFileSync(path.join(dir, 'config', 'pmd', 'ruleset.xml'), broken);
        await assert.rejects(checkPmd(dir), (error: unknown) => {
            assert.ok(error instanceof GateSetupError);
            assert.match(error.message, /methodReportLvl/);
            return true;
        });
    });

    it('throws GateSetupError when no Java is available', async () => {
        const saved = { PATH: process.env.PATH, JAVA_HOME: process.env.JAVA_HOME };
        process.env.PATH = '/nonexistent';
        delete process.env.JAVA_HOME;
        try {
            await assert.rejects(checkPmd(freshCopy()), GateSetupError);
        } finally {
            process.env.PATH = saved.PATH;
            if (saved.JAVA_HOME !== undefined) {
                process.env.JAVA_HOME = saved.JAVA_HOME;
            }
        }
    });
});
