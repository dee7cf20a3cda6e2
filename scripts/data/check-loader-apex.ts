/**
 * Checks the anonymous Apex of the sample data loader the way the gate checks package Apex: it is wrapped
 * as the class anonymous Apex compiles to, then run through apex-ls (semantics) and PMD (security, design).
 * `npx tsx scripts/data/check-loader-apex.ts` prints the findings and exits 1 when there are any.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkApexSemantic } from '../gate/checks/apex-semantic';
import { checkPmd } from '../gate/checks/pmd';
import { formatFinding, type Finding } from '../gate/lib/finding';
import { APEX_SCRIPT } from './load-sample-data';

/** Marks where the script's method declarations end and its statements begin. */
export const MAIN_MARKER = '// ---- main ----';
/** The one debug statement is how anonymous Apex reports back to the runner: it stays. */
const ACCEPTED_RULES = new Set(['AvoidDebugStatements']);

/** The class anonymous Apex compiles to: the script's methods, plus its statements as one method. */
export function wrapAsClass(script: string, className: string): string {
    const marker = script.indexOf(MAIN_MARKER);
    if (marker < 0) {
        throw new Error(`the loader script lost its '${MAIN_MARKER}' line`);
    }
    const methods = script.slice(0, marker);
    const main = script.slice(marker + MAIN_MARKER.length);
    return `public with sharing class ${className} {\n${methods}\npublic void run() {\n${main}\n}\n}\n`;
}

export async function checkLoaderApex(
    script: string = fs.readFileSync(APEX_SCRIPT, 'utf8')
): Promise<Finding[]> {
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'keystone-loader-'));
    try {
        const classes = path.join(project, 'force-app', 'main', 'default', 'classes');
        fs.mkdirSync(classes, { recursive: true });
        fs.writeFileSync(
            path.join(project, 'sfdx-project.json'),
            JSON.stringify({
                packageDirectories: [{ path: 'force-app', default: true }],
                sourceApiVersion: '65.0'
            })
        );
        fs.writeFileSync(path.join(classes, 'SampleDataLoader.cls'), wrapAsClass(script, 'SampleDataLoader'));
        fs.writeFileSync(
            path.join(classes, 'SampleDataLoader.cls-meta.xml'),
            '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>65.0</apiVersion>\n    <status>Active</status>\n</ApexClass>\n'
        );
        const findings = [...(await checkApexSemantic(project)), ...(await checkPmd(project))];
        return findings
            .filter((f) => !ACCEPTED_RULES.has(f.rule))
            .map((f) => ({ ...f, file: `${APEX_SCRIPT} (as ${path.basename(f.file)})` }));
    } finally {
        fs.rmSync(project, { recursive: true, force: true });
    }
}

async function main(): Promise<void> {
    const file = process.argv[2];
    const findings = await checkLoaderApex(file ? fs.readFileSync(file, 'utf8') : undefined);
    for (const finding of findings) {
        console.log(formatFinding(finding, process.cwd()));
    }
    console.log(`loader apex: ${findings.length} finding(s)`);
    process.exit(findings.length > 0 ? 1 : 0);
}

if (require.main === module) {
    void main();
}
