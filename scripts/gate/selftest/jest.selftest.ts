import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { runJest } from '../checks/jest';
import { copyFixture, plant, removeFixture, WIDGET_CARD } from './fixture';

describe('Jest gate (tests and coverage)', () => {
    const dirs: string[] = [];
    const fixture = (): string => {
        const dir = copyFixture('jest');
        dirs.push(dir);
        return dir;
    };
    after(() => dirs.forEach(removeFixture));

    it('passes the clean fixture and computes real coverage (not the 0 % of a stale transformer cache)', async () => {
        const outcome = await runJest(fixture());
        assert.equal(outcome.ok, true, outcome.lines.join('\n'));
        assert.equal(outcome.passed, 1);
        assert.equal(outcome.linesPct, 100);
    });

    it('fails when a test fails', async () => {
        const dir = fixture();
        plant(
            dir,
            `force-app/main/default/lwc/widgetCard/__tests__/widgetCard.test.ts`,
            "toBe('Gear (3)')",
            "toBe('Gear (4)')"
        );
        const outcome = await runJest(dir);
        assert.equal(outcome.ok, false);
        assert.equal(outcome.failed, 1);
    });

    it('fails when line coverage drops below 90 %', async () => {
        const dir = fixture();
        const untested = Array.from(
            { length: 12 },
            (_, i) => `        const v${i} = ${i};\n        total += v${i};`
        ).join('\n');
        plant(
            dir,
            `${WIDGET_CARD}.ts`,
            '    get label(): string {',
            `    @api\n    total(): number {\n        let total = 0;\n${untested}\n        return total;\n    }\n\n    get label(): string {`
        );
        const outcome = await runJest(dir);
        assert.equal(outcome.failed, 0);
        assert.equal(outcome.ok, false, 'coverage below the threshold must fail the gate');
        assert.ok((outcome.linesPct ?? 100) < 90);
        assert.match(outcome.lines.join('\n'), /coverage threshold/i);
    });
});
