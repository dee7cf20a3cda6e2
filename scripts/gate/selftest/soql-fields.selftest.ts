import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkSoqlFields } from '../checks/soql-fields';
import { type Finding, formatFinding } from '../lib/finding';
import { lineOf } from '../lib/files';

const FIXTURE = path.join(__dirname, 'fixtures', 'base');
const CLASSES = path.join('force-app', 'main', 'default', 'classes');
const SELECTOR = path.join(CLASSES, 'WidgetSelector.cls');

const temps: string[] = [];
/** Fixture copy whose `.gate/` already holds the standard-schema cache, so each test runs fast. */
let template = '';

function tempDir(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'soql-fields-'));
    temps.push(dir);
    return dir;
}

function freshCopy(): string {
    const dir = tempDir();
    fs.cpSync(template, dir, { recursive: true });
    return dir;
}

/** Replaces the first `from` in the copy's WidgetSelector.cls; returns the 1-based line of `to`. */
function mutate(dir: string, from: string, to: string): number {
    const file = path.join(dir, SELECTOR);
    const source = fs.readFileSync(file, 'utf8');
    const at = source.indexOf(from);
    assert.ok(at >= 0, `the fixture's WidgetSelector.cls no longer contains '${from}'`);
    fs.writeFileSync(file, source.slice(0, at) + to + source.slice(at + from.length));
    return lineOf(source, at);
}

function describeAll(findings: Finding[], dir: string): string {
    return findings.map((f) => formatFinding(f, dir)).join('\n') || '(no findings)';
}

/** Asserts one finding of `rule` in `file` at `line` whose message names every string of `names`. */
async function expectFinding(
    dir: string,
    file: string,
    line: number,
    rule: string,
    names: string[]
): Promise<void> {
    const findings = await checkSoqlFields(dir);
    const hit = findings.find(
        (f) => f.file.endsWith(file) && f.rule === rule && names.every((n) => f.message.includes(n))
    );
    assert.ok(
        hit,
        `expected a ${rule} finding in ${file} naming ${names.join(', ')}; got:\n${describeAll(findings, dir)}`
    );
    assert.equal(hit.line, line, `wrong line in: ${formatFinding(hit, dir)}`);
}

describe('soql-fields gate', () => {
    before(async () => {
        template = tempDir();
        fs.cpSync(FIXTURE, template, { recursive: true });
        await checkSoqlFields(template);
        const cache = fs.readdirSync(path.join(template, '.gate'));
        assert.ok(
            cache.some((f) => /^standard-schema-sobject-types-.*\.json$/.test(f)),
            'no schema cache written'
        );
    });

    after(() => {
        for (const dir of temps) {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    it('passes the clean fixture with zero findings', async () => {
        const dir = freshCopy();
        const findings = await checkSoqlFields(dir);
        assert.deepEqual(findings, [], describeAll(findings, dir));
    });

    it('reports a misspelt field in a WHERE clause', async () => {
        const dir = freshCopy();
        const line = mutate(dir, 'AND Status__c = :status', 'AND Statsu__c = :status');
        await expectFinding(dir, 'WidgetSelector.cls', line, 'soql-unknown-field', [
            'Widget__c.Statsu__c',
            'WHERE'
        ]);
    });

    it('reports a misspelt field in the SELECT list', async () => {
        const dir = freshCopy();
        const line = mutate(dir, 'SELECT Id, Name, Size__c,', 'SELECT Id, Name, Sise__c,');
        await expectFinding(dir, 'WidgetSelector.cls', line, 'soql-unknown-field', [
            'Widget__c.Sise__c',
            'SELECT'
        ]);
    });

    it('reports a misspelt custom relationship in a path', async () => {
        const dir = freshCopy();
        const line = mutate(dir, 'Account__r.Name,', 'Acount__r.Name,');
        await expectFinding(dir, 'WidgetSelector.cls', line, 'soql-unknown-relationship', [
            'Acount__r',
            'Widget__c'
        ]);
    });

    it('reports a misspelt field at the end of a standard relationship path (Owner.Nmae)', async () => {
        const dir = freshCopy();
        const line = mutate(dir, 'Account__r.Owner.Name', 'Account__r.Owner.Nmae');
        await expectFinding(dir, 'WidgetSelector.cls', line, 'soql-unknown-field', [
            'User.Nmae',
            'Account__r.Owner.Nmae'
        ]);
    });

    it('reports a misspelt standard relationship in a path', async () => {
        const dir = freshCopy();
        const line = mutate(dir, 'Account__r.Owner.Name', 'Account__r.Ownr.Name');
        await expectFinding(dir, 'WidgetSelector.cls', line, 'soql-unknown-relationship', [
            'Ownr',
            'Account'
        ]);
    });

    it('reports an unknown child relationship in a sub-query', async () => {
        const dir = freshCopy();
        const line = mutate(dir, 'FROM Widgets__r', 'FROM Widgetz__r');
        await expectFinding(dir, 'WidgetSelector.cls', line, 'soql-unknown-child-relationship', [
            'Widgetz__r',
            'Account'
        ]);
    });

    it('reports an unknown field inside a sub-query, checked against the child object', async () => {
        const dir = freshCopy();
        const line = mutate(
            dir,
            '(SELECT Id, Size__c FROM Widgets__r)',
            '(SELECT Id, Sise__c FROM Widgets__r)'
        );
        await expectFinding(dir, 'WidgetSelector.cls', line, 'soql-unknown-field', ['Widget__c.Sise__c']);
    });

    it('reports an unknown field inside a standard child sub-query', async () => {
        const dir = freshCopy();
        const line = mutate(
            dir,
            '(SELECT Id, LastName FROM Contacts)',
            '(SELECT Id, LastNmae FROM Contacts)'
        );
        await expectFinding(dir, 'WidgetSelector.cls', line, 'soql-unknown-field', ['Contact.LastNmae']);
    });

    it('reports an unknown FROM object', async () => {
        const dir = freshCopy();
        const line = mutate(dir, 'FROM Widget__c', 'FROM Widgit__c');
        await expectFinding(dir, 'WidgetSelector.cls', line, 'soql-unknown-object', ['Widgit__c']);
    });

    it('reports a misspelt field in ORDER BY', async () => {
        const dir = freshCopy();
        const line = mutate(dir, 'ORDER BY Name', 'ORDER BY Nmae');
        await expectFinding(dir, 'WidgetSelector.cls', line, 'soql-unknown-field', [
            'Widget__c.Nmae',
            'ORDER BY'
        ]);
    });

    it('reports a misspelt field inside an aggregate function and a semi-join', async () => {
        const dir = freshCopy();
        const file = path.join(dir, CLASSES, 'WidgetStats.cls');
        fs.writeFileSync(
            file,
            [
                'public with sharing class WidgetStats {',
                '    public Integer count(Set<Id> ids) {',
                '        List<AggregateResult> rows = [SELECT COUNT(Idd) total FROM Widget__c];',
                '        List<Account> accounts = [SELECT Id FROM Account WHERE Id IN (SELECT Acount__c FROM Widget__c)];',
                '        return rows.size() + accounts.size();',
                '    }',
                '}',
                ''
            ].join('\n')
        );
        await expectFinding(dir, 'WidgetStats.cls', 3, 'soql-unknown-field', ['Widget__c.Idd']);
        await expectFinding(dir, 'WidgetStats.cls', 4, 'soql-unknown-field', [
            'Widget__c.Acount__c',
            'semi-join'
        ]);
    });

    it('checks queries in triggers too', async () => {
        const dir = freshCopy();
        const triggers = path.join(dir, 'force-app', 'main', 'default', 'triggers');
        fs.mkdirSync(triggers, { recursive: true });
        fs.writeFileSync(
            path.join(triggers, 'WidgetTrigger.trigger'),
            [
                'trigger WidgetTrigger on Widget__c (before insert) {',
                '    List<Account> accounts = [SELECT Id, Nmae FROM Account];',
                '}',
                ''
            ].join('\n')
        );
        await expectFinding(dir, 'WidgetTrigger.trigger', 2, 'soql-unknown-field', ['Account.Nmae']);
    });

    it('accepts aliases in aggregate queries, semi-joins, toLabel() and polymorphic / TYPEOF fields', async () => {
        const dir = freshCopy();
        const file = path.join(dir, SELECTOR);
        const source = fs.readFileSync(file, 'utf8');
        const extra = [
            '    public List<AggregateResult> countByStatus(Set<Id> accountIds) {',
            '        return [',
            '            SELECT Status__c, COUNT(Id) total, MAX(Size__c) biggest',
            '            FROM Widget__c',
            '            WHERE Account__c IN :accountIds',
            '            WITH USER_MODE',
            '            GROUP BY Status__c',
            '            HAVING COUNT(Id) > 1',
            '            ORDER BY Status__c',
            '        ];',
            '    }',
            '',
            '    public List<Account> accountsWithActiveWidgets() {',
            '        return [',
            '            SELECT Id, Name FROM Account',
            "            WHERE Id IN (SELECT Account__c FROM Widget__c WHERE Status__c = 'Active')",
            '            WITH USER_MODE',
            '        ];',
            '    }',
            '',
            '    public List<Widget__c> labelledWidgets(Id accountId) {',
            '        return [',
            '            SELECT Id, toLabel(Status__c), FORMAT(Size__c), Owner.Name, Account__r.Parent.Parent.Name',
            '            FROM Widget__c w',
            '            WHERE w.Account__c = :accountId AND CreatedDate = LAST_N_DAYS:30',
            '            WITH USER_MODE',
            '        ];',
            '    }',
            '',
            '    public List<Task> widgetTasks() {',
            '        return [',
            '            SELECT Id, What.Name, What.Type, Who.Name,',
            '                TYPEOF What WHEN Widget__c THEN Size__c WHEN Account THEN Phone ELSE Name END',
            '            FROM Task',
            '            WITH USER_MODE',
            '        ];',
            '    }',
            '}'
        ].join('\n');
        fs.writeFileSync(file, source.replace(/\}\s*$/, extra + '\n'));
        const findings = await checkSoqlFields(dir);
        assert.deepEqual(findings, [], describeAll(findings, dir));
    });
});
