import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GateSetupError } from './finding';
import { javaLibDir } from './java';
import { runJavaTool } from './run-java';

/**
 * PMD is driven through the wrapper that ships with the PMD engine package (the package has no PMD CLI).
 * `run` takes a JSON file naming the ruleset and the files per language and writes a JSON report;
 * `describe` loads a ruleset and lists its rules.
 */
const PMD_WRAPPER = 'com.salesforce.sfca.pmdwrapper.PmdWrapper';

/** Languages the gate scans, as PMD names them. */
export type PmdLanguage = 'apex' | 'xml' | 'html' | 'visualforce';

export interface PmdViolation {
    rule: string;
    message: string;
    codeLocation: { file: string; startLine: number; startCol: number; endLine: number; endCol: number };
}

export interface PmdProcessingError {
    file: string;
    message: string;
    detail?: string;
}

export interface PmdReport {
    violations: PmdViolation[];
    processingErrors: PmdProcessingError[];
}

interface PmdRuleInfo {
    name: string;
    languageId: string;
    ruleSetFile: string;
}

/** Bump when the cache content changes. */
const CACHE_FORMAT = 1;

function withTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gate-pmd-'));
    return work(dir).finally(() => fs.rmSync(dir, { recursive: true, force: true }));
}

/** Cache key: the ruleset text plus the name and size of every jar (a different PMD means a new check). */
function rulesetKey(rulesetFile: string): string {
    const hash = crypto.createHash('sha256');
    hash.update(`format ${CACHE_FORMAT}\n`);
    hash.update(fs.readFileSync(rulesetFile));
    for (const jar of fs.readdirSync(javaLibDir()).sort()) {
        hash.update(`${jar}:${fs.statSync(path.join(javaLibDir(), jar)).size}\n`);
    }
    return hash.digest('hex').slice(0, 16);
}

/** PMD's complaint about a ruleset in one line: "line 42: Cannot set non-existent property 'x' on rule Y". */
function rulesetProblem(stderr: string, stdoutError: string | undefined): string {
    const where = /Error at .*?:(\d+):\d+/.exec(stderr)?.[1];
    const what = /^\s*\^+\s+(.+)$/m.exec(stderr)?.[1];
    if (what) {
        return where ? `line ${where}: ${what.trim()}` : what.trim();
    }
    const first = (stdoutError ?? stderr).replace(/\{NEWLINE\}/g, ' ').split('\n')[0] ?? '';
    return first.trim().slice(0, 300) || 'unknown error (run the PmdWrapper describe command by hand)';
}

/**
 * Loads the ruleset with PMD and returns the names of the Apex rules it runs. PMD's `run` silently
 * analyses nothing when a ruleset fails to load (a misspelt property is enough), so the gate validates
 * it first; the answer is cached under `<projectDir>/.gate/pmd/` keyed by ruleset text and jars.
 * @throws GateSetupError naming PMD's complaint when the ruleset does not load.
 */
export async function loadRuleset(projectDir: string, rulesetFile: string): Promise<Set<string>> {
    const cacheFile = path.join(projectDir, '.gate', 'pmd', `ruleset-${rulesetKey(rulesetFile)}.json`);
    if (fs.existsSync(cacheFile)) {
        try {
            return new Set(JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as string[]);
        } catch {
            fs.rmSync(cacheFile, { force: true });
        }
    }
    const rules = await withTempDir(async (dir) => {
        const listFile = path.join(dir, 'rulesets.txt');
        const outFile = path.join(dir, 'rules.json');
        fs.writeFileSync(listFile, rulesetFile);
        const result = await runJavaTool(
            PMD_WRAPPER,
            ['describe', outFile, listFile, 'apex,xml,html,visualforce'],
            dir
        );
        const error = /^\[Error\] (.*)$/m.exec(result.stdout);
        if (result.status !== 0 || error || !fs.existsSync(outFile)) {
            throw new GateSetupError(
                `PMD cannot load ${rulesetFile}: ${rulesetProblem(result.stderr, error?.[1])}`
            );
        }
        const infos = JSON.parse(fs.readFileSync(outFile, 'utf8')) as PmdRuleInfo[];
        return infos
            .filter(
                (r) => r.languageId === 'apex' && path.resolve(r.ruleSetFile) === path.resolve(rulesetFile)
            )
            .map((r) => r.name)
            .sort();
    });
    if (rules.length === 0) {
        throw new GateSetupError(
            `PMD ruleset ${rulesetFile} has no Apex rules: the PMD gate would check nothing.`
        );
    }
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
    fs.writeFileSync(cacheFile, JSON.stringify(rules));
    return new Set(rules);
}

/**
 * Runs PMD with `rulesetFile` on the given files (only languages with files are passed on).
 * @returns PMD's violations (suppressed ones left out) and processing (parse) errors.
 */
export async function runPmd(
    rulesetFile: string,
    filesByLanguage: Map<PmdLanguage, string[]>
): Promise<PmdReport> {
    const runData: Record<string, { filesToScan: string[] }> = {};
    for (const [language, files] of filesByLanguage) {
        if (files.length > 0) {
            runData[language] = { filesToScan: files };
        }
    }
    if (Object.keys(runData).length === 0) {
        return { violations: [], processingErrors: [] };
    }
    return withTempDir(async (dir) => {
        const inputFile = path.join(dir, 'input.json');
        const outFile = path.join(dir, 'report.json');
        fs.writeFileSync(
            inputFile,
            JSON.stringify({ ruleSetInputFile: rulesetFile, runDataPerLanguage: runData })
        );
        const result = await runJavaTool(PMD_WRAPPER, ['run', inputFile, outFile], dir);
        if (result.status !== 0 || !fs.existsSync(outFile)) {
            const detail =
                result.stderr.split('\n').find((l) => l.trim().length > 0) ?? `exit code ${result.status}`;
            throw new Error(`PMD failed: ${detail}`);
        }
        const report = JSON.parse(fs.readFileSync(outFile, 'utf8')) as Partial<PmdReport>;
        return { violations: report.violations ?? [], processingErrors: report.processingErrors ?? [] };
    });
}
