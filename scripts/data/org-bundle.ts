/**
 * The sample data as an org receives it: a Metadata API deploy folder with one JSON static resource per load
 * phase (read by load-sample-data.apex) and the picklist values the data uses. Built from data/ on demand, so
 * data/ stays the only copy of the data; nothing here is part of the Keystone package.
 */
import {
    SAMPLE_TABLE_ORDER,
    SAMPLE_TABLES,
    STANDARD_PRICEBOOK_KEY,
    USER_KEY_PREFIX,
    type SampleManifest,
    type SampleTableName,
    type SampleTables
} from './sample-data-model';

export const API_VERSION = '65.0';
export const PHASE_RESOURCE_PREFIX = 'KeystoneSamplePhase';
/** Largest static resource the platform accepts. */
export const STATIC_RESOURCE_LIMIT = 5 * 1024 * 1024;

export interface PhaseFile {
    sobject: string;
    naturalKey?: string;
    records: Record<string, unknown>[];
}

/** Records of earlier phases a phase refers to: local key → natural key value. */
export interface PhaseReference {
    sobject: string;
    naturalKey: string;
    keys: Record<string, string>;
}

export interface PhaseResource {
    phase: number;
    name: string;
    label: string;
    anchorDate: string;
    usesStandardPricebook: boolean;
    files: PhaseFile[];
    references: PhaseReference[];
}

function tableOfFile(file: string): SampleTableName {
    const name = SAMPLE_TABLE_ORDER.find((n) => SAMPLE_TABLES[n].file === file);
    if (!name) {
        throw new Error(`manifest names unknown data file ${file}`);
    }
    return name;
}

/** The phase resources, with every cross-phase reference checked and resolvable by natural key. */
export function buildPhaseResources(manifest: SampleManifest, tables: SampleTables): PhaseResource[] {
    const phaseOfTable = new Map<SampleTableName, number>();
    manifest.phases.forEach((phase, index) => {
        for (const { file } of phase.files) {
            phaseOfTable.set(tableOfFile(file), index + 1);
        }
    });
    const tableOfKey = new Map<string, SampleTableName>();
    const recordOfKey = new Map<string, Record<string, unknown>>();
    for (const name of SAMPLE_TABLE_ORDER) {
        for (const record of tables[name] as unknown as Record<string, unknown>[]) {
            tableOfKey.set(String(record.key), name);
            recordOfKey.set(String(record.key), record);
        }
    }
    return manifest.phases.map((phase, index) => {
        const number = index + 1;
        const names = phase.files.map(({ file }) => tableOfFile(file));
        if (!SAMPLE_TABLES[names[0]].naturalKey) {
            throw new Error(
                `phase ${phase.name}: its first file must have a natural key (it guards against loading twice)`
            );
        }
        let usesStandardPricebook = false;
        const references = new Map<SampleTableName, Record<string, string>>();
        for (const name of names) {
            for (const record of tables[name] as unknown as Record<string, unknown>[]) {
                for (const field of SAMPLE_TABLES[name].references) {
                    const key = record[field];
                    if (typeof key !== 'string' || key.startsWith(USER_KEY_PREFIX)) {
                        continue;
                    }
                    if (key === STANDARD_PRICEBOOK_KEY) {
                        usesStandardPricebook = true;
                        continue;
                    }
                    const target = tableOfKey.get(key);
                    const targetPhase = target ? phaseOfTable.get(target) : undefined;
                    if (!target || targetPhase === undefined || targetPhase > number) {
                        throw new Error(
                            `${String(record.key)}.${field}: ${key} is not loaded before phase ${phase.name}`
                        );
                    }
                    if (targetPhase === number) {
                        if (names.indexOf(target) > names.indexOf(name)) {
                            throw new Error(
                                `${String(record.key)}.${field}: ${key} is loaded after it in phase ${phase.name}`
                            );
                        }
                        continue;
                    }
                    const naturalKey = SAMPLE_TABLES[target].naturalKey;
                    if (!naturalKey) {
                        throw new Error(
                            `${String(record.key)}.${field}: ${target} has no natural key to find ${key} again`
                        );
                    }
                    const keys = references.get(target) ?? {};
                    keys[key] = String(recordOfKey.get(key)?.[naturalKey]);
                    references.set(target, keys);
                }
            }
        }
        return {
            phase: number,
            name: phase.name,
            label: phase.label,
            anchorDate: manifest.anchorDate,
            usesStandardPricebook,
            files: names.map((name) => ({
                sobject: SAMPLE_TABLES[name].sobject,
                naturalKey: SAMPLE_TABLES[name].naturalKey,
                records: tables[name] as unknown as Record<string, unknown>[]
            })),
            references: SAMPLE_TABLE_ORDER.filter((name) => references.has(name)).map((name) => ({
                sobject: SAMPLE_TABLES[name].sobject,
                naturalKey: SAMPLE_TABLES[name].naturalKey ?? '',
                keys: references.get(name) ?? {}
            }))
        };
    });
}

const escapeXml = (text: string): string =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function standardValueSet(values: readonly string[]): string {
    const entries = values
        .map(
            (value) =>
                `    <standardValue>\n        <fullName>${escapeXml(value)}</fullName>\n        <default>false</default>\n        <label>${escapeXml(value)}</label>\n    </standardValue>\n`
        )
        .join('');
    return `<?xml version="1.0" encoding="UTF-8"?>\n<StandardValueSet xmlns="http://soap.sforce.com/2006/04/metadata">\n    <sorted>false</sorted>\n${entries}</StandardValueSet>\n`;
}

const distinct = (values: readonly string[]): string[] => [...new Set(values)];

/**
 * The deploy folder in Metadata API format, path → content: package.xml, the phase resources and the
 * Opportunity Type and Product Family picklist values the data uses.
 */
export function buildOrgBundle(manifest: SampleManifest, tables: SampleTables): Map<string, string> {
    const files = new Map<string, string>();
    const resources = buildPhaseResources(manifest, tables);
    for (const resource of resources) {
        const name = `${PHASE_RESOURCE_PREFIX}${resource.phase}`;
        const body = JSON.stringify(resource);
        if (Buffer.byteLength(body) > STATIC_RESOURCE_LIMIT) {
            throw new Error(`${name} is larger than a static resource may be: split the phase`);
        }
        files.set(`staticresources/${name}.resource`, body);
        files.set(
            `staticresources/${name}.resource-meta.xml`,
            `<?xml version="1.0" encoding="UTF-8"?>\n<StaticResource xmlns="http://soap.sforce.com/2006/04/metadata">\n    <cacheControl>Private</cacheControl>\n    <contentType>application/json</contentType>\n    <description>Keystone sample data, phase ${resource.phase}: ${escapeXml(resource.label)}. Not part of the Keystone package; safe to delete after loading.</description>\n</StaticResource>\n`
        );
    }
    files.set(
        'standardValueSets/OpportunityType.standardValueSet',
        standardValueSet(distinct(tables.opportunities.map((o) => o.Type)))
    );
    files.set(
        'standardValueSets/Product2Family.standardValueSet',
        standardValueSet(distinct(tables.products.map((p) => p.Family)))
    );
    const members = resources
        .map((r) => `        <members>${PHASE_RESOURCE_PREFIX}${r.phase}</members>\n`)
        .join('');
    files.set(
        'package.xml',
        `<?xml version="1.0" encoding="UTF-8"?>\n<Package xmlns="http://soap.sforce.com/2006/04/metadata">\n    <types>\n        <members>OpportunityType</members>\n        <members>Product2Family</members>\n        <name>StandardValueSet</name>\n    </types>\n    <types>\n${members}        <name>StaticResource</name>\n    </types>\n    <version>${API_VERSION}</version>\n</Package>\n`
    );
    return files;
}
