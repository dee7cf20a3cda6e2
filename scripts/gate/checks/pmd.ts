import fs from 'node:fs';
import path from 'node:path';
import { checkDmlUserMode } from '../lib/apex-dml-mode';
import { lexApex } from '../lib/apex-tokens';
import { listFiles, packageDirectories } from '../lib/files';
import { type Finding, formatFinding, GateSetupError } from '../lib/finding';
import { forceIgnore } from '../lib/forceignore';
import { checkSuppressions } from '../lib/pmd-suppressions';
import { loadRuleset, type PmdLanguage, type PmdReport, runPmd } from '../lib/pmd-runner';

/** Keystone's ruleset, used for any project (e.g. a fixture copy) that has no `config/pmd/ruleset.xml`. */
const DEFAULT_RULESET = path.resolve(__dirname, '..', '..', '..', 'config', 'pmd', 'ruleset.xml');

/** The ruleset a project is checked with: its own `config/pmd/ruleset.xml`, else Keystone's. */
export function rulesetFor(projectDir: string): string {
    const own = path.join(projectDir, 'config', 'pmd', 'ruleset.xml');
    return fs.existsSync(own) ? own : DEFAULT_RULESET;
}

/** Which PMD language reads which file. LWC markup and JavaScript are left to the LWC gates. */
function languageOf(file: string): PmdLanguage | undefined {
    if (file.endsWith('.cls') || file.endsWith('.trigger')) {
        return 'apex';
    }
    if (file.endsWith('.xml')) {
        return 'xml';
    }
    if (/[\\/]aura[\\/]/.test(file) && (file.endsWith('.cmp') || file.endsWith('.app'))) {
        return 'html';
    }
    if (file.endsWith('.page') || file.endsWith('.component')) {
        return 'visualforce';
    }
    return undefined;
}

/** Deployable sources of the package directories (`.forceignore` honoured), grouped by PMD language. */
function sourcesByLanguage(projectDir: string): Map<PmdLanguage, string[]> {
    const ignored = forceIgnore(projectDir);
    const byLanguage = new Map<PmdLanguage, string[]>();
    for (const dir of packageDirectories(projectDir)) {
        for (const file of listFiles(dir, (f) => !ignored(f))) {
            const language = languageOf(file);
            if (language) {
                byLanguage.set(language, [...(byLanguage.get(language) ?? []), file]);
            }
        }
    }
    return byLanguage;
}

/** The trimmed source line a finding points at, so the message shows the offending code. */
function sourceLine(file: string, line: number, cache: Map<string, string[]>): string {
    let lines = cache.get(file);
    if (!lines) {
        lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : [];
        cache.set(file, lines);
    }
    const text = (lines[line - 1] ?? '').trim();
    return text.length > 90 ? `${text.slice(0, 87)}...` : text;
}

/** PMD violations and parse errors as findings; a parse error means PMD checked nothing in that file. */
function reportFindings(report: PmdReport): Finding[] {
    const lines = new Map<string, string[]>();
    const findings: Finding[] = report.violations.map((v) => {
        const isApex = /\.(cls|trigger)$/.test(v.codeLocation.file);
        const code = isApex ? sourceLine(v.codeLocation.file, v.codeLocation.startLine, lines) : '';
        return {
            file: v.codeLocation.file,
            line: v.codeLocation.startLine,
            rule: v.rule,
            message: code ? `${v.message.trim()}: ${code}` : v.message.trim()
        };
    });
    for (const error of report.processingErrors) {
        const text = error.message
            .replace(/ expecting \{[^}]*\}/, '')
            .replace(/^(ParseException: )?Parse exception: /, '')
            .replace(/org\.xml\.sax\.SAXParseException; /, '');
        const line = /(?:error at |lineNumber: )(\d+)/i.exec(text)?.[1];
        const reason = (/Syntax error at \d+:\d+: (.*)/.exec(text)?.[1] ?? text.split('\n')[0]).trim();
        findings.push({
            file: error.file,
            line: line === undefined ? undefined : Number(line),
            rule: 'PMD/ProcessingError',
            message: `PMD could not analyse this file, so none of its rules ran on it: ${reason}`
        });
    }
    return findings;
}

/** Where two rules say the same thing about one line, the more specific finding is kept. */
const SUPERSEDED_BY: Record<string, string[]> = {
    ApexCRUDViolation: ['UserModeSoql', 'UserModeDatabaseCall', 'UserModeDml'],
    ClassMustDeclareSharing: ['ApexSharingViolations']
};

function withoutSuperseded(findings: Finding[]): Finding[] {
    const at = new Set(findings.map((f) => `${f.file}:${f.line ?? 0}:${f.rule}`));
    return findings.filter(
        (f) => !(SUPERSEDED_BY[f.rule] ?? []).some((better) => at.has(`${f.file}:${f.line ?? 0}:${better}`))
    );
}

/**
 * Static analysis with PMD 7 and the AppExchange security rules, using the project ruleset
 * (`config/pmd/ruleset.xml`): Apex security (CRUD/FLS, sharing, SOQL injection, XSS, redirects,
 * crypto, credentials), governor limits in loops, test hygiene, error-prone code, plus Keystone's own
 * rules (user mode everywhere, declared sharing). The gate itself also reports DML statements not run
 * `as user` and any PMD suppression without a written reason.
 * @param projectDir folder holding `sfdx-project.json`.
 * @returns one finding per violation (empty = pass).
 * @throws GateSetupError when Java 17+ or the PMD jars are missing, or the ruleset does not load.
 */
export async function checkPmd(projectDir: string): Promise<Finding[]> {
    const root = path.resolve(projectDir);
    const ruleset = rulesetFor(root);
    const files = sourcesByLanguage(root);
    if (files.size === 0) {
        return [];
    }
    const apex = files.get('apex') ?? [];
    // Validating the ruleset (first run only, then cached) and the analysis overlap: two JVMs, two cores.
    const analysis = runPmd(ruleset, files).then(
        (report) => ({ report, error: undefined }),
        (error: unknown) => ({ report: undefined, error })
    );
    const knownRules = await loadRuleset(root, ruleset);

    const findings: Finding[] = [];
    for (const file of apex) {
        const { tokens } = lexApex(fs.readFileSync(file, 'utf8'));
        findings.push(...checkSuppressions(file, tokens, knownRules), ...checkDmlUserMode(file, tokens));
    }
    const { report, error } = await analysis;
    if (error instanceof GateSetupError) {
        throw error;
    }
    if (report) {
        findings.push(...reportFindings(report));
    } else {
        findings.push({
            file: ruleset,
            rule: 'PMD/Crash',
            message: error instanceof Error ? error.message : String(error)
        });
    }
    return withoutSuperseded(findings).sort(
        (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0)
    );
}

if (require.main === module) {
    const dir = path.resolve(process.argv[2] ?? '.');
    checkPmd(dir).then(
        (findings) => {
            findings.forEach((f) => console.log(formatFinding(f, dir)));
            console.log(`pmd: ${findings.length} finding(s)`);
            process.exitCode = findings.length === 0 ? 0 : 1;
        },
        (error: unknown) => {
            console.error(error instanceof Error ? error.message : String(error));
            process.exitCode = 2;
        }
    );
}
