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

    it('passes the clean fixture: every source file, report types, reports, dashboards and their folders included, is in the converted package', async () => {
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

    it('reports reports and dashboards whose folder is not in the converted package', async () => {
        const dir = fixture();
        const main = path.join(dir, 'force-app/main/default');
        fs.rmSync(path.join(main, 'reports/Widget_Reports.reportFolder-meta.xml'));
        fs.rmSync(path.join(main, 'dashboards/Widget_Dashboards.dashboardFolder-meta.xml'));
        const findings = await checkSourceConvert(dir);
        assert.deepEqual(
            findings.map((f) => [path.basename(f.file), f.rule]).sort(),
            [
                ['Widget_Overview.dashboard-meta.xml', 'folder-not-converted'],
                ['Widget_Sizes_by_Account.report-meta.xml', 'folder-not-converted'],
                ['Widgets_by_Status.report-meta.xml', 'folder-not-converted']
            ],
            JSON.stringify(findings, null, 2)
        );
        assert.match(
            findings[0]?.message ?? '',
            /is in folder Widget_\w+, which is not in the converted package/
        );
    });
});
