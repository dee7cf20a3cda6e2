/**
 * Loads the sample data into an org:
 *
 *   npx tsx scripts/data/load-sample-data.ts --target-org keystone [--from-phase 2]
 *   npx tsx scripts/data/load-sample-data.ts --bundle-only <dir>     (write the deploy folder, touch no org)
 *
 * 1. builds a Metadata API deploy folder from data/ (one JSON static resource per phase + picklist values),
 * 2. deploys it with `sf project deploy start --metadata-dir`,
 * 3. runs load-sample-data.apex once per phase with `sf apex run` — each phase is one transaction.
 *
 * Meant for a fresh scratch org or sandbox: a phase whose records already exist is skipped, so a second run
 * changes nothing. The Opportunity Type and Product Family picklists get the values the data uses.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildOrgBundle } from './org-bundle';
import { readSampleManifest, readSampleTables } from './sample-data';

export const APEX_SCRIPT = path.join(__dirname, 'load-sample-data.apex');
/** The platform refuses anonymous Apex longer than this. */
export const ANONYMOUS_APEX_LIMIT = 32_000;
const PHASE_LINE = /^Integer phaseNumber = \d+;$/m;

/** The anonymous Apex that loads one phase. */
export function apexForPhase(phase: number, script: string = fs.readFileSync(APEX_SCRIPT, 'utf8')): string {
    if (!PHASE_LINE.test(script)) {
        throw new Error(`${APEX_SCRIPT} lost its 'Integer phaseNumber = 1;' line`);
    }
    return script.replace(PHASE_LINE, `Integer phaseNumber = ${phase};`);
}

export function writeOrgBundle(dir: string): number {
    const files = buildOrgBundle(readSampleManifest(), readSampleTables());
    for (const [file, content] of files) {
        const target = path.join(dir, file);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, content);
    }
    return files.size;
}

interface Options {
    targetOrg?: string;
    bundleOnly?: string;
    fromPhase: number;
}

function parseArgs(argv: readonly string[]): Options {
    const value = (flag: string): string | undefined => {
        const index = argv.indexOf(flag);
        return index >= 0 ? argv[index + 1] : undefined;
    };
    return {
        targetOrg: value('--target-org') ?? process.env.KEYSTONE_ORG_ALIAS,
        bundleOnly: value('--bundle-only'),
        fromPhase: Number(value('--from-phase') ?? '1')
    };
}

/** The Salesforce CLI: a global `sf` if there is one, otherwise the project's own. */
function sfCommand(): string {
    const probe = spawnSync('sf', ['--version'], { encoding: 'utf8' });
    if (!probe.error) {
        return 'sf';
    }
    const local = path.resolve(__dirname, '..', '..', 'node_modules', '.bin', 'sf');
    if (fs.existsSync(local)) {
        return local;
    }
    throw new Error("the Salesforce CLI is not installed: run 'npm install' (or install sf globally)");
}

interface ApexRunJson {
    status?: number;
    message?: string;
    result?: {
        success?: boolean;
        compiled?: boolean;
        compileProblem?: string;
        exceptionMessage?: string;
        exceptionStackTrace?: string;
        line?: number;
        logs?: string;
    };
}

/** What one `sf apex run --json` says: success, the loader's summary line, or the reason it failed. */
export function readApexRun(stdout: string): { ok: boolean; message: string } {
    const start = stdout.indexOf('{');
    let json: ApexRunJson;
    try {
        json = JSON.parse(start >= 0 ? stdout.slice(start) : stdout) as ApexRunJson;
    } catch {
        return { ok: false, message: stdout.trim() || 'no output from sf apex run' };
    }
    const result = json.result;
    if (result?.success) {
        const summary = /Keystone sample data: .*/.exec(result.logs ?? '');
        return { ok: true, message: summary ? summary[0] : 'done' };
    }
    if (result && result.compiled === false) {
        return {
            ok: false,
            message: `does not compile (line ${result.line ?? '?'}): ${result.compileProblem ?? ''}`
        };
    }
    return {
        ok: false,
        message: [result?.exceptionMessage, result?.exceptionStackTrace, json.message]
            .filter(Boolean)
            .join('\n')
    };
}

function run(sf: string, args: string[], capture: boolean): { status: number; stdout: string } {
    const result = spawnSync(sf, args, {
        encoding: 'utf8',
        stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit'
    });
    return { status: result.status ?? 1, stdout: result.stdout ?? '' };
}

function main(): void {
    const options = parseArgs(process.argv.slice(2));
    if (options.bundleOnly) {
        const count = writeOrgBundle(options.bundleOnly);
        console.log(`sample data: wrote ${count} files to ${options.bundleOnly}`);
        return;
    }
    if (!options.targetOrg) {
        console.error(
            'usage: npx tsx scripts/data/load-sample-data.ts --target-org <alias> [--from-phase <n>]'
        );
        process.exit(2);
    }
    const sf = sfCommand();
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'keystone-sample-data-'));
    try {
        const bundle = path.join(workDir, 'bundle');
        writeOrgBundle(bundle);
        console.log('   deploying the sample data resources and picklist values');
        const deploy = run(
            sf,
            [
                'project',
                'deploy',
                'start',
                '--metadata-dir',
                bundle,
                '--target-org',
                options.targetOrg,
                '--wait',
                '15'
            ],
            false
        );
        if (deploy.status !== 0) {
            throw new Error('deploying the sample data resources failed (see above)');
        }
        const phases = readSampleManifest().phases.length;
        for (let phase = options.fromPhase; phase <= phases; phase++) {
            const script = path.join(workDir, `phase-${phase}.apex`);
            fs.writeFileSync(script, apexForPhase(phase));
            const outcome = readApexRun(
                run(sf, ['apex', 'run', '--file', script, '--target-org', options.targetOrg, '--json'], true)
                    .stdout
            );
            if (!outcome.ok) {
                throw new Error(
                    `phase ${phase} failed and was rolled back: ${outcome.message}\n` +
                        `fix the cause, then resume with: npx tsx scripts/data/load-sample-data.ts --target-org ${options.targetOrg} --from-phase ${phase}`
                );
            }
            console.log(`   ${outcome.message}`);
        }
    } finally {
        fs.rmSync(workDir, { recursive: true, force: true });
    }
}

if (require.main === module) {
    try {
        main();
    } catch (error) {
        console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
    }
}
