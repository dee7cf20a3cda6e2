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

/** Folders of foldered types: content suffix, folder suffix and manifest type, by the folder of the type. */
const FOLDERED: Record<string, { content: string; folder: string; type: string }> = {
    reports: { content: 'report', folder: 'reportFolder', type: 'Report' },
    dashboards: { content: 'dashboard', folder: 'dashboardFolder', type: 'Dashboard' }
};

/**
 * Where a report or dashboard (or its folder's metadata) lands in the converted package, relative to its
 * root: `reports/Sales/Pipeline.report-meta.xml` -> `reports/Sales/Pipeline.report`,
 * `reports/Sales.reportFolder-meta.xml` -> `reports/Sales-meta.xml`; and the folder it needs in the manifest.
 */
function folderedExpectation(
    sourceRoot: string,
    file: string
): { output: string; type: string; folder: string | undefined } | undefined {
    const rel = path.relative(sourceRoot, file).split(path.sep);
    for (let at = rel.length - 2; at >= 0; at--) {
        const kind = FOLDERED[rel[at]];
        if (!kind) {
            continue;
        }
        const inner = rel.slice(at + 1).join('/');
        const content = new RegExp(`\\.${kind.content}-meta\\.xml$`);
        const folder = new RegExp(`\\.${kind.folder}-meta\\.xml$`);
        if (content.test(inner)) {
            const name = inner.replace(content, '');
            const slash = name.lastIndexOf('/');
            return {
                output: `${rel[at]}/${name}.${kind.content}`,
                type: kind.type,
                folder: slash === -1 ? undefined : name.slice(0, slash)
            };
        }
        if (folder.test(inner)) {
            return {
                output: `${rel[at]}/${inner.replace(folder, '')}-meta.xml`,
                type: kind.type,
                folder: undefined
            };
        }
    }
    return undefined;
}

/** Members of each type in the converted package's `package.xml`. */
function manifestMembers(packageXml: string): Map<string, Set<string>> {
    const members = new Map<string, Set<string>>();
    for (const block of packageXml.match(/<types>[\s\S]*?<\/types>/g) ?? []) {
        const name = /<name>([^<]+)<\/name>/.exec(block)?.[1];
        if (name) {
            members.set(name, new Set([...block.matchAll(/<members>([^<]+)<\/members>/g)].map((m) => m[1])));
        }
    }
    return members;
}

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

/** A report or dashboard must land at its folder path, and its folder must be in the package with it. */
function checkFoldered(
    file: string,
    expected: { output: string; type: string; folder: string | undefined },
    outputPaths: Set<string>,
    manifest: Map<string, Set<string>>
): Finding[] {
    const base = path.basename(file);
    if (!outputPaths.has(expected.output)) {
        return [
            {
                file,
                rule: 'not-converted',
                message: `${base} is missing from the converted package (expected ${expected.output})`
            }
        ];
    }
    const folder = expected.folder;
    if (folder && folder !== 'unfiled$public' && !manifest.get(expected.type)?.has(`${folder}/`)) {
        return [
            {
                file,
                rule: 'folder-not-converted',
                message: `${base} is in folder ${folder}, which is not in the converted package (no ${folder} folder metadata beside it): a deploy or package version would fail`
            }
        ];
    }
    return [];
}

/**
 * Converts the source to Metadata API format with the real Salesforce CLI and checks that every source file
 * that is not in .forceignore is accounted for in the output (conversion silently drops, for instance, a .cls
 * whose -meta.xml is missing). Reports and dashboards must land at their folder path, and their folder must
 * be in the converted package with them (conversion happily lists a report whose folder has no metadata).
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
        const outputPaths = new Set(outputs.map((f) => path.relative(outRoot, f).split(path.sep).join('/')));
        const packageXml = path.join(outRoot, 'package.xml');
        const manifest = manifestMembers(
            fs.existsSync(packageXml) ? fs.readFileSync(packageXml, 'utf8') : ''
        );
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
                const foldered = folderedExpectation(sourceRoot, file);
                if (foldered) {
                    findings.push(...checkFoldered(file, foldered, outputPaths, manifest));
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
