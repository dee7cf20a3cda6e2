import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { checkMetadataXml } from '../checks/metadata-xml';
import { type Finding } from '../lib/finding';
import { GATE_STEPS } from '../steps';
import { copyFixture, plant, removeFixture } from './fixture';

const MAIN = 'force-app/main/default';
const BOOK = `${MAIN}/reportTypes/Widget_Book.reportType-meta.xml`;
const ACCOUNTS = `${MAIN}/reportTypes/Accounts_with_Widgets.reportType-meta.xml`;
const BY_STATUS = `${MAIN}/reports/Widget_Reports/Widgets_by_Status.report-meta.xml`;
const BY_ACCOUNT = `${MAIN}/reports/Widget_Reports/Widget_Sizes_by_Account.report-meta.xml`;
const REPORT_FOLDER = `${MAIN}/reports/Widget_Reports.reportFolder-meta.xml`;
const DASHBOARD = `${MAIN}/dashboards/Widget_Dashboards/Widget_Overview.dashboard-meta.xml`;
const DASHBOARD_FOLDER = `${MAIN}/dashboards/Widget_Dashboards.dashboardFolder-meta.xml`;

describe('metadata gate: report types, reports, dashboards and their folders', () => {
    const dirs: string[] = [];
    const fixture = (): string => {
        const dir = copyFixture('metadata-reports');
        dirs.push(dir);
        return dir;
    };
    after(() => dirs.forEach(removeFixture));

    /** Asserts one finding is in `fileName` and its message matches every pattern. */
    const expectFinding = (findings: Finding[], fileName: string, ...patterns: RegExp[]): Finding => {
        const hit = findings.find(
            (f) => path.basename(f.file) === fileName && patterns.every((p) => p.test(f.message))
        );
        assert.ok(
            hit,
            `no finding in ${fileName} matching ${patterns.join(' ')}; got:\n${JSON.stringify(findings, null, 2)}`
        );
        assert.equal(hit.rule, 'metadata-ref-missing');
        return hit;
    };

    /** Runs the gate's `metadata` step on a planted copy and asserts it fails; returns the check's findings. */
    const expectStepFails = async (dir: string): Promise<Finding[]> => {
        const step = GATE_STEPS.find((s) => s.id === 'metadata');
        assert.ok(step, 'the gate has a metadata step');
        const outcome = await step.run(dir);
        assert.equal(outcome.ok, false, 'the metadata step must fail on the planted defect');
        return checkMetadataXml(dir);
    };

    it('passes the clean fixture: custom report types with a join and a lookup, reports, a Lightning dashboard, folders', async () => {
        const step = GATE_STEPS.find((s) => s.id === 'metadata');
        assert.ok(step);
        assert.deepEqual(await step.run(fixture()), { ok: true, lines: [] });
    });

    it('fails on a report column that names a field missing from the object', async () => {
        const dir = fixture();
        plant(dir, BY_STATUS, '<field>Widget__c$Name</field>', '<field>Widget__c$Colour__c</field>');
        plant(
            dir,
            BY_ACCOUNT,
            '<column>Account.Widgets__r$Status__c</column>',
            '<column>Account.Widgets__r$Stat__c</column>'
        );
        const findings = await expectStepFails(dir);
        const hit = expectFinding(
            findings,
            'Widgets_by_Status.report-meta.xml',
            /^Report Widget_Reports\/Widgets_by_Status shows Widget__c\$Colour__c, but Widget__c has no field Colour__c$/
        );
        assert.equal(hit.line, 23);
        expectFinding(
            findings,
            'Widget_Sizes_by_Account.report-meta.xml',
            /filters on Account\.Widgets__r\$Stat__c, but Widget__c has no field Stat__c \(did you mean Status__c\?\)/
        );
    });

    it('fails on an unknown report type (custom, standard or object report type)', async () => {
        const dir = fixture();
        plant(
            dir,
            BY_STATUS,
            '<reportType>Widget_Book__c</reportType>',
            '<reportType>Widget_Bok__c</reportType>'
        );
        plant(
            dir,
            BY_ACCOUNT,
            '<reportType>Accounts_with_Widgets__c</reportType>',
            '<reportType>AccountListt</reportType>'
        );
        fs.writeFileSync(
            path.join(dir, `${MAIN}/reports/Widget_Reports/Gadgets.report-meta.xml`),
            fs
                .readFileSync(path.join(dir, BY_ACCOUNT), 'utf8')
                .replace(
                    '<reportType>AccountListt</reportType>',
                    '<reportType>CustomEntity$Gadget__c</reportType>'
                )
        );
        const findings = await expectStepFails(dir);
        expectFinding(
            findings,
            'Widgets_by_Status.report-meta.xml',
            /uses report type Widget_Bok, which does not exist in the project \(did you mean Widget_Book\?\)/
        );
        expectFinding(
            findings,
            'Widget_Sizes_by_Account.report-meta.xml',
            /uses report type AccountListt, which is neither a custom report type/
        );
        expectFinding(
            findings,
            'Gadgets.report-meta.xml',
            /reports on object Gadget__c, which does not exist/
        );
    });

    it('fails on a dashboard component whose source report does not exist in its folder', async () => {
        const dir = fixture();
        plant(
            dir,
            DASHBOARD,
            /<report>Widget_Reports\/Widgets_by_Status<\/report>/,
            '<report>Widget_Reports/Widgets_by_Statu</report>'
        );
        plant(
            dir,
            DASHBOARD,
            /<report>Widget_Reports\/Widgets_by_Status<\/report>/,
            '<report>Other_Reports/Widgets_by_Status</report>'
        );
        const findings = await expectStepFails(dir);
        expectFinding(
            findings,
            'Widget_Overview.dashboard-meta.xml',
            /^Dashboard Widget_Dashboards\/Widget_Overview shows report Widget_Reports\/Widgets_by_Statu, which does not exist in the project \(did you mean Widget_Reports\/Widgets_by_Status\?\)/
        );
        expectFinding(
            findings,
            'Widget_Overview.dashboard-meta.xml',
            /shows report Other_Reports\/Widgets_by_Status, which does not exist/
        );
    });

    it('reports columns the report type does not offer, tables it does not join and non-column names', async () => {
        const dir = fixture();
        plant(
            dir,
            BOOK,
            /<columns>\s*<checkedByDefault>false<\/checkedByDefault>\s*<field>CreatedDate<\/field>\s*<table>Widget__c<\/table>\s*<\/columns>/,
            ''
        );
        plant(dir, BY_STATUS, '<field>Widget__c$Name</field>', '<field>Account.Widgets__r$Name</field>');
        plant(dir, BY_STATUS, '<sortColumn>Widget__c$Name</sortColumn>', '<sortColumn>NAME</sortColumn>');
        const findings = await checkMetadataXml(dir);
        const file = 'Widgets_by_Status.report-meta.xml';
        expectFinding(
            findings,
            file,
            /filters dates on Widget__c\$CreatedDate, which report type Widget_Book does not offer: add CreatedDate of table Widget__c to a section/
        );
        expectFinding(
            findings,
            file,
            /shows Account\.Widgets__r\$Name, but report type Widget_Book has no table Account\.Widgets__r \(its tables: Widget__c\)/
        );
        expectFinding(
            findings,
            file,
            /sorts by NAME, which is not a column of report type Widget_Book: its columns read Table\$Field/
        );
    });

    it('reports report type fields, lookup paths, tables and joins that do not exist', async () => {
        const dir = fixture();
        plant(dir, BOOK, '<field>Account__c.Industry</field>', '<field>Account__c.Industri</field>');
        plant(dir, BOOK, '<field>Size__c</field>', '<field>Sise__c</field>');
        plant(
            dir,
            ACCOUNTS,
            '<relationship>Widgets__r</relationship>',
            '<relationship>Gadgets__r</relationship>'
        );
        plant(dir, ACCOUNTS, '<table>Account</table>', '<table>Acount</table>');
        const findings = await checkMetadataXml(dir);
        expectFinding(
            findings,
            'Widget_Book.reportType-meta.xml',
            /shows Widget__c\.Account__c\.Industri, but Account has no field Industri \(did you mean Industry\?\)/
        );
        expectFinding(
            findings,
            'Widget_Book.reportType-meta.xml',
            /shows Widget__c\.Sise__c, which does not exist \(did you mean Size__c\?\)/
        );
        expectFinding(
            findings,
            'Accounts_with_Widgets.reportType-meta.xml',
            /joins Account\.Gadgets__r, but Account has no child relationship Gadgets__r/
        );
        expectFinding(
            findings,
            'Accounts_with_Widgets.reportType-meta.xml',
            /shows Name of table Acount, which is not one of its tables \(Account, Account\.Gadgets__r\)/
        );
    });

    it('reports an owner column on a detail object, which has no owner of its own', async () => {
        const dir = fixture();
        const lookup = `${MAIN}/objects/Widget__c/fields/Account__c.field-meta.xml`;
        plant(dir, lookup, /\s*<deleteConstraint>SetNull<\/deleteConstraint>/, '');
        plant(dir, lookup, /<required>false<\/required>\s*<type>Lookup<\/type>/, '<type>MasterDetail</type>');
        const findings = await checkMetadataXml(dir);
        expectFinding(
            findings,
            'Widget_Book.reportType-meta.xml',
            /shows Widget__c\.Owner, which does not exist/
        );
    });

    it('reports charts, summary formulas and summaries that do not match the report', async () => {
        const dir = fixture();
        plant(
            dir,
            BY_STATUS,
            '<groupingColumn>Widget__c$Status__c</groupingColumn>',
            '<groupingColumn>Widget__c$Size__c</groupingColumn>'
        );
        plant(dir, BY_STATUS, 'Widget__c.Size__c:SUM', 'Widget__c.Weight__c:SUM');
        plant(dir, BY_STATUS, '<field>Widget__c$Name</field>', '<field>Widget__c$Status__c</field>');
        plant(
            dir,
            BY_ACCOUNT,
            '<field>Account.Widgets__r$Name</field>',
            '<aggregateTypes>Average</aggregateTypes>\n        <field>Account.Widgets__r$Status__c</field>'
        );
        const findings = await checkMetadataXml(dir);
        const file = 'Widgets_by_Status.report-meta.xml';
        expectFinding(
            findings,
            file,
            /\(chart\) groups by Widget__c\$Size__c, which is not one of the report's groupings/
        );
        expectFinding(
            findings,
            file,
            /\(summary formula FORMULA1\) takes Widget__c\.Weight__c:SUM, which is not a column of report type Widget_Book/
        );
        expectFinding(findings, file, /groups by Widget__c\$Status__c and also lists it as a column/);
        expectFinding(
            findings,
            'Widget_Sizes_by_Account.report-meta.xml',
            /takes the Average of Account\.Widgets__r\$Status__c, a Picklist field/
        );
    });

    it('reports dashboard components that read groupings, summaries and table columns the report lacks', async () => {
        const dir = fixture();
        plant(
            dir,
            DASHBOARD,
            '<groupingColumn>Widget__c$Status__c</groupingColumn>',
            '<groupingColumn>Widget__c$Owner</groupingColumn>'
        );
        plant(dir, DASHBOARD, '<aggregate>Sum</aggregate>', '<aggregate>Average</aggregate>');
        plant(
            dir,
            DASHBOARD,
            '<reportColumn>Widget__c.Name</reportColumn>',
            '<reportColumn>Widget__c.Owner</reportColumn>'
        );
        const findings = await checkMetadataXml(dir);
        const file = 'Widget_Overview.dashboard-meta.xml';
        expectFinding(
            findings,
            file,
            /\(component "Size by status"\) groups by Widget__c\$Owner, which report Widget_Reports\/Widgets_by_Status does not group by/
        );
        expectFinding(
            findings,
            file,
            /\(component "Size by status"\) takes the Average of Widget__c\$Size__c, but the column of report Widget_Reports\/Widgets_by_Status is summarised by Sum/
        );
        expectFinding(
            findings,
            file,
            /\(component "Widgets"\) shows Widget__c\.Owner, which is not a column of report Widget_Reports\/Widgets_by_Status/
        );
    });

    it('reports reports and dashboards outside a folder, folders without metadata, misplaced folder files and shares', async () => {
        const dir = fixture();
        fs.rmSync(path.join(dir, DASHBOARD_FOLDER));
        fs.copyFileSync(path.join(dir, BY_ACCOUNT), path.join(dir, `${MAIN}/reports/Loose.report-meta.xml`));
        fs.renameSync(
            path.join(dir, REPORT_FOLDER),
            path.join(dir, `${MAIN}/reports/Widget_Reports/Widget_Reports.reportFolder-meta.xml`)
        );
        const shares = (kind: string, to: string): string =>
            `<folderShares>\n        <accessLevel>View</accessLevel>\n        <sharedTo>${to}</sharedTo>\n        <sharedToType>${kind}</sharedToType>\n    </folderShares>\n    `;
        fs.writeFileSync(
            path.join(dir, `${MAIN}/reports/Team_Reports.reportFolder-meta.xml`),
            fs
                .readFileSync(
                    path.join(dir, `${MAIN}/reports/Widget_Reports/Widget_Reports.reportFolder-meta.xml`),
                    'utf8'
                )
                .replace(
                    '<folderShares>',
                    `${shares('Group', 'Widget_Team')}${shares('User', 'someone@example.com')}<folderShares>`
                )
        );
        const findings = await checkMetadataXml(dir);
        expectFinding(
            findings,
            'Widget_Overview.dashboard-meta.xml',
            /is in folder Widget_Dashboards, which has no dashboards\/Widget_Dashboards\.dashboardFolder-meta\.xml/
        );
        expectFinding(findings, 'Loose.report-meta.xml', /^Report Loose is not in a folder/);
        expectFinding(
            findings,
            'Widget_Reports.reportFolder-meta.xml',
            /inside the folder it describes, which makes a subfolder Widget_Reports\/Widget_Reports/
        );
        expectFinding(
            findings,
            'Widgets_by_Status.report-meta.xml',
            /is in folder Widget_Reports, which has no/
        );
        expectFinding(
            findings,
            'Team_Reports.reportFolder-meta.xml',
            /is shared with public group Widget_Team, which does not exist/
        );
        expectFinding(
            findings,
            'Team_Reports.reportFolder-meta.xml',
            /shared with the user someone@example\.com, who exists in one org only/
        );
    });
});
