/**
 * The org loader: the deploy folder built from data/, the phases and their cross-phase references, the
 * anonymous Apex (size limit, compiles, no security or design findings) and reading `sf apex run` output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import {
    ANONYMOUS_APEX_LIMIT,
    APEX_SCRIPT,
    apexForPhase,
    readApexRun
} from '../../scripts/data/load-sample-data';
import { buildOrgBundle, buildPhaseResources, STATIC_RESOURCE_LIMIT } from '../../scripts/data/org-bundle';
import { SAMPLE_TABLE_ORDER, SAMPLE_TABLES, type SampleTables } from '../../scripts/data/sample-data';
import { manifest, tables } from './sample-data-helpers';

const ROOT = path.resolve(__dirname, '..', '..');

describe('the org bundle', () => {
    const bundle = buildOrgBundle(manifest, tables);
    const resources = buildPhaseResources(manifest, tables);

    it('deploys one static resource per phase and the picklist values the data uses', () => {
        expect([...bundle.keys()].sort()).toEqual(
            [
                'package.xml',
                'standardValueSets/OpportunityType.standardValueSet',
                'standardValueSets/Product2Family.standardValueSet',
                ...resources.flatMap((r) => [
                    `staticresources/KeystoneSamplePhase${r.phase}.resource`,
                    `staticresources/KeystoneSamplePhase${r.phase}.resource-meta.xml`
                ])
            ].sort()
        );
        const packageXml = bundle.get('package.xml') ?? '';
        expect(
            resources.map((r) => packageXml.includes(`<members>KeystoneSamplePhase${r.phase}</members>`))
        ).toEqual(resources.map(() => true));
        expect(bundle.get('standardValueSets/OpportunityType.standardValueSet')).toContain(
            '<fullName>New Business</fullName>'
        );
        const sizes = resources.map((r) =>
            Buffer.byteLength(bundle.get(`staticresources/KeystoneSamplePhase${r.phase}.resource`) ?? '')
        );
        expect(sizes.filter((size) => size === 0 || size > STATIC_RESOURCE_LIMIT)).toEqual([]);
    });

    it('loads every table except the selling team once, in dependency order', () => {
        const loaded = resources.flatMap((r) => r.files.map((f) => f.sobject));
        expect(loaded.sort()).toEqual(
            SAMPLE_TABLE_ORDER.filter((name) => name !== 'users')
                .map((name) => SAMPLE_TABLES[name].sobject)
                .sort()
        );
        expect(resources.map((r) => Boolean(r.files[0].naturalKey))).toEqual(resources.map(() => true));
    });

    it('finds records of earlier phases by natural keys that are unique', () => {
        const duplicates = SAMPLE_TABLE_ORDER.filter((name) => {
            const naturalKey = SAMPLE_TABLES[name].naturalKey;
            const values = (tables[name] as unknown as Record<string, unknown>[]).map((r) =>
                String(naturalKey ? r[naturalKey] : r.key).toLowerCase()
            );
            return new Set(values).size !== values.length;
        });
        expect(duplicates).toEqual([]);
        const references = resources.flatMap((r) => r.references);
        expect(references.length).toBeGreaterThan(0);
        expect(
            references.flatMap((r) => Object.values(r.keys)).filter((v) => !v || v === 'undefined')
        ).toEqual([]);
    });

    it('refuses data whose references cannot be resolved in an org', () => {
        const broken: SampleTables = {
            ...tables,
            opportunities: [
                { ...tables.opportunities[0], AccountId: 'Account:nowhere' },
                ...tables.opportunities.slice(1)
            ]
        };
        expect(() => buildPhaseResources(manifest, broken)).toThrow(
            /Account:nowhere is not loaded before phase/
        );
        const backwards = {
            ...manifest,
            phases: [manifest.phases[1], manifest.phases[0], ...manifest.phases.slice(2)]
        };
        expect(() => buildPhaseResources(backwards, tables)).toThrow(/is not loaded before phase/);
    });
});

describe('the anonymous Apex loader', () => {
    const script = fs.readFileSync(APEX_SCRIPT, 'utf8');

    it('fits the platform limit for anonymous Apex and takes the phase number', () => {
        expect(script.length).toBeLessThan(ANONYMOUS_APEX_LIMIT);
        expect(apexForPhase(3, script)).toContain('Integer phaseNumber = 3;');
        expect(apexForPhase(3, script)).not.toContain('Integer phaseNumber = 1;');
        expect(() => apexForPhase(2, 'System.debug(1);')).toThrow(/phaseNumber/);
    });

    it('compiles and passes the security and design rules (apex-ls and PMD, as the gate runs them)', () => {
        // A separate process: the gate's Apex parser is an ES module build under Jest's browser environment.
        const run = spawnSync(
            process.execPath,
            ['--import', 'tsx', path.join(ROOT, 'scripts', 'data', 'check-loader-apex.ts')],
            { cwd: ROOT, encoding: 'utf8' }
        );
        expect(`${run.stdout}${run.stderr}`).toContain('loader apex: 0 finding(s)');
        expect(run.status).toBe(0);
    }, 120_000);
});

describe('reading sf apex run output', () => {
    it('reports the loader summary on success', () => {
        const logs =
            '10:00|USER_DEBUG|[280]|INFO|Keystone sample data: phase 1 (Accounts): inserted 25 Account\n';
        expect(
            readApexRun(JSON.stringify({ status: 0, result: { success: true, compiled: true, logs } }))
        ).toEqual({
            ok: true,
            message: 'Keystone sample data: phase 1 (Accounts): inserted 25 Account'
        });
    });

    it('reports compile problems, exceptions and CLI errors', () => {
        expect(
            readApexRun(
                JSON.stringify({
                    status: 1,
                    result: { success: false, compiled: false, line: 4, compileProblem: 'Unexpected token' }
                })
            )
        ).toEqual({ ok: false, message: 'does not compile (line 4): Unexpected token' });
        expect(
            readApexRun(
                JSON.stringify({
                    status: 1,
                    result: {
                        success: false,
                        compiled: true,
                        exceptionMessage: 'System.DmlException: FIELD_INTEGRITY'
                    }
                })
            )
        ).toEqual({ ok: false, message: 'System.DmlException: FIELD_INTEGRITY' });
        expect(
            readApexRun(JSON.stringify({ status: 1, message: 'No authorization information found' }))
        ).toEqual({
            ok: false,
            message: 'No authorization information found'
        });
        expect(readApexRun('not json')).toEqual({ ok: false, message: 'not json' });
    });
});
