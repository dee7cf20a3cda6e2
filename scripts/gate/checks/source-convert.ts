import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Finding } from '../lib/finding';
import { GateSetupError } from '../lib/finding';
import { listFiles, packageDirectories } from '../lib/files';
import { forceIgnore } from '../lib/forceignore';

/** Folders whose children are merged into their parent object's file by conversion. */
const OBJECT_CHILD_FOLDERS = new Set([
    'fields',
    'listViews',
    'validationRules',
    'recordTypes',
    'compactLayouts',
    'webLinks',
    'fieldSets',
    'businessProcesses',
    'sharingReasons',
    'indexes'
]);

function sfBinary(): string {
    // The package's exports hide package.json; find its folder through the module search paths instead.
    for (const dir of require.resolve.paths('@salesforce/cli') ?? []) {
        const candidate = path.join(dir, '@salesforce', 'cli', 'bin', 'run.js');
        if (fs.existsSync(candidate)) {
            return candidate;
        }
    }
    throw new GateSetupError('the Salesforce CLI (@salesforce/cli) is not installed: run npm ci');
}

/** Runs the real `sf project convert source` into a temporary folder and returns that folder. */
function convert(projectDir: string, outputDir: string): Finding[] {
    const result = spawnSync(
        process.execPath,
        [
            sfBinary(),
            'project',
            'convert',
            'source',
            '--output-dir',
            outputDir,
            '--api-version',
            '65.0',
            '--json'
        ],
        {
            cwd: projectDir,
            encoding: 'utf8',
            env: {
                ...process.env,
                SF_DISABLE_TELEMETRY: 'true',
                SF_AUTOUPDATE_DISABLE: 'true',
                SF_SKIP_NEW_VERSION_CHECK: 'true'
            }
        }
    );
    if (result.error) {
        throw new GateSetupError(`could not run the Salesforce CLI (${result.error.message}): run npm ci`);
    }
    if (result.status !== 0) {
        const jsonStart = result.stdout.indexOf('{');
        let message = (result.stderr || result.stdout).trim().split('\n')[0] ?? 'conversion failed';
        try {
            const parsed = JSON.parse(result.stdout.slice(jsonStart)) as { message?: string };
            message = parsed.message ?? message;
        } catch {
            // keep the first line of the raw output
        }
        // The CLI names the offending file at the start of its message when it knows it.
        const named = /^(\/[^:]+):\s*(.*)$/.exec(message);
        return [
            {
                file: named?.[1] ?? 'sfdx-project.json',
                rule: 'convert-failed',
                message: named?.[2] ?? message
            }
        ];
    }
    return [];
}

/** Where a source file must show up in the converted output, or the decomposed child it must appear as. */
function expectation(
    sourceRoot: string,
    file: string
): { kind: 'file'; base: string } | { kind: 'child'; objectFile: string; name: string } {
    const rel = path.relative(sourceRoot, file).split(path.sep);
    const base = path.basename(file);
    const parentFolder = rel[rel.length - 2] ?? '';
    if (OBJECT_CHILD_FOLDERS.has(parentFolder) && base.endsWith('-meta.xml')) {
        const objectName = rel[rel.length - 3] ?? '';
        return {
            kind: 'child',
            objectFile: `${objectName}.object`,
            name: base.replace(/\.[^.]+-meta\.xml$/, '')
        };
    }
    if (base.endsWith('.labels-meta.xml')) {
        return { kind: 'file', base: base.replace(/-meta\.xml$/, '') };
    }
    if (base.endsWith('.object-meta.xml')) {
        return { kind: 'file', base: base.replace(/-meta\.xml$/, '') };
    }
    if (parentFolder && rel.includes('lwc')) {
        return { kind: 'file', base };
    }
    if (/\.(cls|trigger)-meta\.xml$/.test(base)) {
        return { kind: 'file', base: base.replace(/-meta\.xml$/, '') };
    }
    return { kind: 'file', base: base.replace(/-meta\.xml$/, '') };
}

/**
 * Converts the source to Metadata API format with the real Salesforce CLI and checks that every source file
 * that is not in .forceignore is accounted for in the output (conversion silently drops, for instance, a .cls
 * whose -meta.xml is missing).
 */
export async function checkSourceConvert(projectDir: string): Promise<Finding[]> {
    const outputDir = fs.mkdtempSync(path.join(os.tmpdir(), 'keystone-convert-'));
    try {
        const failed = convert(projectDir, path.join(outputDir, 'out'));
        if (failed.length > 0) {
            return failed;
        }
        const outRoot = path.join(outputDir, 'out');
        const outputs = listFiles(outRoot);
        const outputBases = new Set(outputs.map((f) => path.basename(f)));
        const contentCache = new Map<string, string>();
        const contentOf = (base: string): string => {
            if (!contentCache.has(base)) {
                const match = outputs.find((f) => path.basename(f) === base);
                contentCache.set(base, match ? fs.readFileSync(match, 'utf8') : '');
            }
            return contentCache.get(base) ?? '';
        };
        const ignored = forceIgnore(projectDir);
        const findings: Finding[] = [];
        for (const sourceRoot of packageDirectories(projectDir)) {
            for (const file of listFiles(sourceRoot, (f) => !ignored(f))) {
                const base = path.basename(file);
                if (/\.(cls|trigger)$/.test(base) && !fs.existsSync(`${file}-meta.xml`)) {
                    findings.push({
                        file,
                        rule: 'missing-meta',
                        message: `${base} has no ${base}-meta.xml, so it is not deployed`
                    });
                    continue;
                }
                const expected = expectation(sourceRoot, file);
                if (expected.kind === 'file' && !outputBases.has(expected.base)) {
                    findings.push({
                        file,
                        rule: 'not-converted',
                        message: `${base} is missing from the converted package (expected ${expected.base})`
                    });
                } else if (
                    expected.kind === 'child' &&
                    !contentOf(expected.objectFile).includes(`<fullName>${expected.name}</fullName>`)
                ) {
                    findings.push({
                        file,
                        rule: 'not-converted',
                        message: `${expected.name} is missing from ${expected.objectFile} in the converted package`
                    });
                }
            }
        }
        return findings;
    } finally {
        fs.rmSync(outputDir, { recursive: true, force: true });
    }
}
