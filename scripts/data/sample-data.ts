/**
 * Reads the sample data under data/ for Node (the workbench server, tests, the org loader). The shapes and
 * the resolving live in sample-data-model.ts, which has no Node dependency.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
    resolveSampleData,
    SAMPLE_TABLE_ORDER,
    SAMPLE_TABLES,
    type SampleData,
    type SampleFile,
    type SampleManifest,
    type SampleTables
} from './sample-data-model';

export * from './sample-data-model';

/** The committed data directory. */
export const SAMPLE_DATA_DIR = path.resolve(__dirname, '..', '..', 'data');
export const MANIFEST_FILE = 'manifest.json';

function readJson(dir: string, file: string): unknown {
    return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
}

export function readSampleManifest(dir: string = SAMPLE_DATA_DIR): SampleManifest {
    return readJson(dir, MANIFEST_FILE) as SampleManifest;
}

/** The raw tables exactly as stored: local keys in reference fields, dates as of the anchor date. */
export function readSampleTables(dir: string = SAMPLE_DATA_DIR): SampleTables {
    const tables = {} as Record<string, unknown[]>;
    for (const name of SAMPLE_TABLE_ORDER) {
        tables[name] = (readJson(dir, SAMPLE_TABLES[name].file) as SampleFile<unknown>).records;
    }
    return tables as unknown as SampleTables;
}

export interface LoadSampleDataOptions {
    /** ISO date the data should look current on; defaults to the anchor date (no shift, fully repeatable). */
    today?: string;
    /** Where the JSON files are; defaults to the committed data/ directory. */
    dir?: string;
}

/**
 * The sample data set with fake Salesforce Ids and every relationship resolvable through `byId`/`idOf`.
 * Pass `today` (e.g. `new Date().toISOString().slice(0, 10)`) to see it as fresh as an org loaded today.
 */
export function loadSampleData(options: LoadSampleDataOptions = {}): SampleData {
    const dir = options.dir ?? SAMPLE_DATA_DIR;
    const manifest = readSampleManifest(dir);
    return resolveSampleData(manifest, readSampleTables(dir), options.today ?? manifest.anchorDate);
}
