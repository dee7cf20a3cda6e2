/** Shared helpers for the sample data tests: the data as stored, and the account hierarchy. */
import {
    readSampleManifest,
    readSampleTables,
    type SampleAccount,
    type SampleManifest,
    type SampleTables
} from '../../scripts/data/sample-data';

export const manifest: SampleManifest = readSampleManifest();
export const tables: SampleTables = readSampleTables();
export const anchor = manifest.anchorDate;

export const accountsByKey = new Map<string, SampleAccount>(tables.accounts.map((a) => [a.key, a]));

/** The key account (top of the hierarchy) an account belongs to. */
export function topAccount(key: string): string {
    let account = accountsByKey.get(key);
    const seen = new Set<string>();
    while (account?.ParentId && !seen.has(account.key)) {
        seen.add(account.key);
        account = accountsByKey.get(account.ParentId);
    }
    if (!account) {
        throw new Error(`unknown account ${key}`);
    }
    return account.key;
}

export const keyAccounts = tables.accounts.filter((a) => !a.ParentId);
export const NORTHWIND = 'Account:northwind';

/** Groups items by a key. */
export function groupBy<T>(items: readonly T[], by: (item: T) => string): Map<string, T[]> {
    const groups = new Map<string, T[]>();
    for (const item of items) {
        const key = by(item);
        groups.set(key, [...(groups.get(key) ?? []), item]);
    }
    return groups;
}

/** Whole days from `from` to `to` (ISO dates). */
export function daysBetween(from: string, to: string): number {
    return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
