/** The generator is deterministic and the committed data/ is exactly what it writes. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { staleSampleDataFiles, writeSampleDataFiles } from '../../scripts/data/generate-sample-data';
import { renderSampleDataFiles } from '../../scripts/data/generator/build';
import { SAMPLE_DATA_DIR, SAMPLE_TABLE_ORDER, SAMPLE_TABLES } from '../../scripts/data/sample-data';

describe('the sample data generator', () => {
    it('writes byte-identical files on every run', () => {
        const dirs = [1, 2].map((run) => fs.mkdtempSync(path.join(os.tmpdir(), `keystone-sample-${run}-`)));
        try {
            dirs.forEach((dir) => writeSampleDataFiles(dir));
            const [first, second] = dirs.map((dir) =>
                fs
                    .readdirSync(dir)
                    .sort()
                    .map((file) => [file, fs.readFileSync(path.join(dir, file), 'utf8')])
            );
            expect(second).toEqual(first);
            expect(first.length).toBe(SAMPLE_TABLE_ORDER.length + 1);
        } finally {
            dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
        }
    });

    it('matches the committed data (run `npx tsx scripts/data/generate-sample-data.ts` after changing it)', () => {
        expect(staleSampleDataFiles()).toEqual([]);
        const committed = fs.readdirSync(SAMPLE_DATA_DIR).filter((file) => file.endsWith('.json'));
        expect(committed.sort()).toEqual([...renderSampleDataFiles().keys()].sort());
    });

    it('notices a committed file that drifted', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keystone-sample-drift-'));
        try {
            writeSampleDataFiles(dir);
            fs.appendFileSync(path.join(dir, SAMPLE_TABLES.plays.file), ' ');
            fs.rmSync(path.join(dir, SAMPLE_TABLES.events.file));
            expect(staleSampleDataFiles(dir).sort()).toEqual([
                SAMPLE_TABLES.events.file,
                SAMPLE_TABLES.plays.file
            ]);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    it('writes each table with its object and natural key', () => {
        const files = renderSampleDataFiles();
        for (const name of SAMPLE_TABLE_ORDER) {
            const parsed = JSON.parse(files.get(SAMPLE_TABLES[name].file) ?? '{}') as {
                sobject?: string;
                naturalKey?: string;
            };
            expect([name, parsed.sobject, parsed.naturalKey]).toEqual([
                name,
                SAMPLE_TABLES[name].sobject,
                SAMPLE_TABLES[name].naturalKey
            ]);
        }
    });
});
