/**
 * Writes the sample data under data/ (`npx tsx scripts/data/generate-sample-data.ts`), or with `--check` only
 * reports whether the committed files are up to date. Deterministic: a seeded generator, no clock, no network.
 */
import fs from 'node:fs';
import path from 'node:path';
import { renderSampleDataFiles } from './generator/build';
import { SAMPLE_DATA_DIR } from './sample-data';

/** Files under `dir` whose content differs from what the generator writes (missing files included). */
export function staleSampleDataFiles(dir: string = SAMPLE_DATA_DIR): string[] {
    const stale: string[] = [];
    for (const [file, content] of renderSampleDataFiles()) {
        const target = path.join(dir, file);
        if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== content) {
            stale.push(file);
        }
    }
    return stale;
}

export function writeSampleDataFiles(dir: string = SAMPLE_DATA_DIR): string[] {
    fs.mkdirSync(dir, { recursive: true });
    const written: string[] = [];
    for (const [file, content] of renderSampleDataFiles()) {
        fs.writeFileSync(path.join(dir, file), content);
        written.push(file);
    }
    return written;
}

function main(): void {
    if (process.argv.includes('--check')) {
        const stale = staleSampleDataFiles();
        if (stale.length > 0) {
            console.error(`sample data is out of date: ${stale.join(', ')}`);
            console.error('run: npx tsx scripts/data/generate-sample-data.ts');
            process.exit(1);
        }
        console.log('sample data is up to date');
        return;
    }
    const written = writeSampleDataFiles();
    console.log(
        `sample data: wrote ${written.length} files to ${path.relative(process.cwd(), SAMPLE_DATA_DIR) || '.'}`
    );
}

if (require.main === module) {
    main();
}
