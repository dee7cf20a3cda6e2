import fs from 'node:fs';
import path from 'node:path';

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.sf', '.sfdx', 'coverage', '.gate']);

/** Lists every file below `dir` (recursively, sorted) whose path satisfies `accept`; skips tool folders. */
export function listFiles(dir: string, accept: (file: string) => boolean = () => true): string[] {
    const out: string[] = [];
    const walk = (current: string): void => {
        if (!fs.existsSync(current)) {
            return;
        }
        for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
            const full = path.join(current, entry.name);
            if (entry.isDirectory()) {
                if (!SKIPPED_DIRS.has(entry.name)) {
                    walk(full);
                }
            } else if (accept(full)) {
                out.push(full);
            }
        }
    };
    walk(dir);
    return out.sort();
}

/** The package directories named in the project's `sfdx-project.json`, as absolute paths. */
export function packageDirectories(projectDir: string): string[] {
    const config = JSON.parse(fs.readFileSync(path.join(projectDir, 'sfdx-project.json'), 'utf8')) as {
        packageDirectories: { path: string }[];
    };
    return config.packageDirectories.map((p) => path.join(projectDir, p.path));
}

/** Every Apex source (`.cls`, `.trigger`) in the project's package directories. */
export function apexSources(projectDir: string): string[] {
    return packageDirectories(projectDir).flatMap((dir) =>
        listFiles(dir, (f) => f.endsWith('.cls') || f.endsWith('.trigger'))
    );
}

/** 1-based line number of a character offset in `text`. */
export function lineOf(text: string, offset: number): number {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
        }
    }
    return line;
}
