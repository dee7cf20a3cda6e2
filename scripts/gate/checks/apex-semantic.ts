import fs from 'node:fs';
import path from 'node:path';
import { lexApex } from '../lib/apex-tokens';
import { apexSources } from '../lib/files';
import { type Finding, formatFinding } from '../lib/finding';
import { runJavaTool } from '../lib/run-java';

const APEX_LS_MAIN = 'io.github.apexdevtools.apexls.CheckForIssues';
/** CheckForIssues exit codes: 0 = no issues, 4 = issues reported. Anything else is a crash. */
const EXIT_OK = 0;
const EXIT_ISSUES = 4;

interface ApexLsMessage {
    start?: { line?: number; offset?: number };
    category?: string;
    message?: string;
}

interface ApexLsReport {
    files?: { path?: string; messages?: ApexLsMessage[] }[];
}

/**
 * apex-ls categories reported by the gate. `Syntax`, `Error` and `Missing` are compile errors on the
 * platform. `Warning` (apex-ls 6.0.x) covers a short list of real defects: a local variable hiding a
 * field, a method name that is a reserved word, inconsistent private overrides, duplicate
 * visibility/sharing modifiers, a call that fails only because an argument type is unknown. `Unused`
 * (only produced with `-d unused`) is not a defect and is never requested.
 */
const REPORTED_CATEGORIES = new Set(['Syntax', 'Error', 'Missing', 'Warning']);

/**
 * Standard objects that exist in Keystone's orgs but not in apex-ls's type library (its SObjects were
 * generated from an org without the feature: AccountTeamMember needs Account Teams). apex-ls cannot type
 * them, so it reports every mention as a missing type and checks none of their fields.
 */
const STANDARD_OBJECTS_UNKNOWN_TO_APEX_LS = new Set(['AccountTeamMember']);

/** Names that may wrap an unknown object in a reported type (`Map<Id, List<Schema.AccountTeamMember>>`). */
const TYPE_WRAPPERS = new Set([
    'Schema',
    'System',
    'List',
    'Set',
    'Map',
    'Id',
    'String',
    'Integer',
    'Object'
]);

/** True when apex-ls only complains that it does not know one of STANDARD_OBJECTS_UNKNOWN_TO_APEX_LS. */
function isApexLsTypeGap(message: string): boolean {
    const missingType = /^No type declaration found for '(.+)'$/.exec(message)?.[1];
    if (missingType) {
        const names = (missingType.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []).filter(
            (n) => !TYPE_WRAPPERS.has(n)
        );
        return names.length > 0 && names.every((n) => STANDARD_OBJECTS_UNKNOWN_TO_APEX_LS.has(n));
    }
    const missingName = /^(?:Unknown field or type|No variable or type found for) '(\w+)' on /.exec(
        message
    )?.[1];
    return missingName !== undefined && STANDARD_OBJECTS_UNKNOWN_TO_APEX_LS.has(missingName);
}

function isApexFile(file: string): boolean {
    return file.endsWith('.cls') || file.endsWith('.trigger');
}

/** Shortens ANTLR's "expecting {'a', 'b', ... 200 tokens}" tail, which says nothing actionable. */
function tidyMessage(message: string): string {
    return message.replace(/ expecting \{[^}]{80,}\}/, ' (unexpected token here)').trim();
}

/**
 * Findings apex-ls reports on Apex sources and on the project set-up itself (`sfdx-project.json`).
 * Findings on other metadata are dropped: apex-ls flags some valid standard-object folders as unknown
 * SObjects, and the metadata gates own those files. An Apex error caused by broken metadata still shows
 * up on the `.cls` that uses it.
 */
function parseReport(stdout: string, projectDir: string): Finding[] {
    const report = JSON.parse(stdout) as ApexLsReport;
    const findings: Finding[] = [];
    const projectFile = path.join(projectDir, 'sfdx-project.json');
    for (const file of report.files ?? []) {
        const filePath = path.resolve(file.path ?? projectDir);
        const isProjectLevel = filePath === projectDir || filePath === projectFile;
        if (!isApexFile(filePath) && !isProjectLevel) {
            continue;
        }
        for (const message of file.messages ?? []) {
            const category = message.category ?? 'Error';
            if (!REPORTED_CATEGORIES.has(category) || isApexLsTypeGap(message.message ?? '')) {
                continue;
            }
            findings.push({
                file: isProjectLevel ? projectFile : filePath,
                line: message.start?.line,
                rule: `apex-ls/${category}`,
                message: tidyMessage(message.message ?? '(no message)')
            });
        }
    }
    return findings;
}

/**
 * apex-ls prints lexer errors (a stray `#`, a bad string escape) to stderr without a file name and leaves
 * them out of its report; the parse often recovers, so the error would be lost. Re-lex every source to
 * attribute them.
 */
function lexerFindings(projectDir: string, stderr: string): Finding[] {
    const reported = stderr.split('\n').filter((line) => /token recognition error/.test(line));
    if (reported.length === 0) {
        return [];
    }
    const findings: Finding[] = [];
    for (const file of apexSources(projectDir)) {
        for (const error of lexApex(fs.readFileSync(file, 'utf8')).errors) {
            findings.push({
                file,
                line: error.line,
                rule: 'apex-ls/Syntax',
                message: `${error.message} (column ${error.column + 1}): the platform compiler rejects this`
            });
        }
    }
    if (findings.length === 0) {
        findings.push({
            file: path.join(projectDir, 'sfdx-project.json'),
            rule: 'apex-ls/Syntax',
            message: `apex-ls reported lexer errors in an unknown file: ${reported.slice(0, 3).join('; ')}`
        });
    }
    return findings;
}

function withoutDuplicates(findings: Finding[]): Finding[] {
    const seen = new Set<string>();
    return findings.filter((f) => {
        const key = `${f.file}:${f.line ?? ''}:${f.rule}:${f.message}`;
        if (seen.has(key)) {
            return false;
        }
        seen.add(key);
        return true;
    });
}

/**
 * Semantic check of all Apex in an SFDX project with apex-ls (offline, API 65 platform types): unknown
 * fields, objects, classes and methods, wrong signatures, type mismatches, missing returns, syntax errors.
 * Runs without a cache (`-n`) so nothing is written to the home folder; apex-ls honours `.forceignore`.
 * @param projectDir folder holding `sfdx-project.json`.
 * @returns one finding per problem on a `.cls` / `.trigger` (empty = pass).
 * @throws GateSetupError when Java 17+ or the apex-ls jars are missing.
 */
export async function checkApexSemantic(projectDir: string): Promise<Finding[]> {
    const root = path.resolve(projectDir);
    if (!fs.existsSync(path.join(root, 'sfdx-project.json'))) {
        return [
            {
                file: path.join(root, 'sfdx-project.json'),
                rule: 'apex-ls/Error',
                message: 'sfdx-project.json is missing: apex-ls only analyses SFDX projects'
            }
        ];
    }
    if (apexSources(root).length === 0) {
        return [];
    }
    const result = await runJavaTool(APEX_LS_MAIN, ['-n', '-d', 'warnings', '-f', 'json', '-w', root], root);
    if (result.status !== EXIT_OK && result.status !== EXIT_ISSUES) {
        const detail = (result.stderr || result.stdout).trim().split('\n').slice(0, 3).join(' | ');
        return [
            {
                file: path.join(root, 'sfdx-project.json'),
                rule: 'apex-ls/Crash',
                message: `apex-ls stopped with exit code ${result.status} before checking the Apex: ${detail}`
            }
        ];
    }
    let findings: Finding[];
    try {
        findings = parseReport(result.stdout, root);
    } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return [
            {
                file: path.join(root, 'sfdx-project.json'),
                rule: 'apex-ls/Crash',
                message: `apex-ls printed a report that is not JSON (${reason}): ${result.stdout.slice(0, 200)}`
            }
        ];
    }
    if (result.status === EXIT_ISSUES && findings.length === 0 && !/"messages"/.test(result.stdout)) {
        findings.push({
            file: path.join(root, 'sfdx-project.json'),
            rule: 'apex-ls/Crash',
            message: 'apex-ls exited with "issues found" but reported none'
        });
    }
    return withoutDuplicates([...findings, ...lexerFindings(root, result.stderr)]);
}

if (require.main === module) {
    const dir = path.resolve(process.argv[2] ?? '.');
    checkApexSemantic(dir).then(
        (findings) => {
            findings.forEach((f) => console.log(formatFinding(f, dir)));
            console.log(`apex-semantic: ${findings.length} finding(s)`);
            process.exitCode = findings.length === 0 ? 0 : 1;
        },
        (error: unknown) => {
            console.error(error instanceof Error ? error.message : String(error));
            process.exitCode = 2;
        }
    );
}
