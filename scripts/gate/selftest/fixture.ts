import fs from 'node:fs';
import path from 'node:path';

const FIXTURE = path.join(__dirname, 'fixtures', 'base');
const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/**
 * Copies the clean fixture project to a fresh folder inside the repository's `.gate/` (so TypeScript and
 * Node resolve the repository's node_modules) and returns its path.
 */
export function copyFixture(label: string): string {
    const parent = path.join(REPO_ROOT, '.gate', 'selftest');
    fs.mkdirSync(parent, { recursive: true });
    const dir = fs.mkdtempSync(path.join(parent, `${label}-`));
    fs.cpSync(FIXTURE, dir, { recursive: true });
    return dir;
}

/** Rewrites one file of a fixture copy; fails loudly if the text to replace is not there. */
export function plant(dir: string, relative: string, from: string | RegExp, to: string): void {
    const file = path.join(dir, relative);
    const before = fs.readFileSync(file, 'utf8');
    const after = before.replace(from, to);
    if (after === before) {
        throw new Error(`planting failed: ${String(from)} not found in ${relative}`);
    }
    fs.writeFileSync(file, after);
}

/** Removes a fixture copy. */
export function removeFixture(dir: string): void {
    fs.rmSync(dir, { recursive: true, force: true });
}

export const WIDGET_CARD = 'force-app/main/default/lwc/widgetCard/widgetCard';
export const CLASSES = 'force-app/main/default/classes';
