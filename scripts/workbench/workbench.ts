/**
 * Starts a workbench: builds the app against the cached vendor bundle, loads the demo records, and serves
 * both on localhost. `npm start`, the browser tests, the screenshots and the benchmarks all start one.
 */
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { APEX_CLASSES } from '../../workbench/apex';
import type { InMemoryApexClass } from '../../workbench/apex/support/context';
import type { BuildMode } from './build/define-plugin';
import { WorkbenchBuild, type BuildOutput } from './build/workbench-build';
import { workbenchPaths, type WorkbenchPaths } from './paths';
import { metadataContext } from './server/apex-context';
import { ApexEndpoint, missingApexMethod } from './server/apex-endpoint';
import { Faults } from './server/faults';
import { createServer } from './server/server';
import { PlatformRules } from './store/platform-rules';
import { RecordStore, type StoreState } from './store/record-store';
import { keyAccountIds, localToday, sampleDataState } from './store/seed';

/** The portfolio app page (a Lightning app page, reached through its tab). */
export const PORTFOLIO_PAGE = { apiName: 'Keystone_Portfolio', label: 'Key Account Portfolio' };

export interface WorkbenchOptions {
    root?: string;
    /** 0 picks a free port. */
    port?: number;
    host?: string;
    /** Where state and the app build go; default `.workbench/`. The vendor cache is always `.workbench/cache`. */
    workDir?: string;
    mode?: BuildMode;
    /** Rebuild on component changes and reload open pages. */
    watch?: boolean;
    /** Extra pages (tests, benchmarks): name → entry module, served at `/workbench/pages/<name>`. */
    pages?: Readonly<Record<string, string>>;
    /** Extra component namespaces: `ns` → folder of `<name>/<name>.ts`. */
    namespaces?: Readonly<Record<string, string>>;
    /** In-memory Apex classes besides the registered ones (test fixtures). */
    apexClasses?: Readonly<Record<string, InMemoryApexClass>>;
    /** The records to start from; default the sample data. */
    seed?: () => StoreState;
    /** Keep changes in memory only (no state file). */
    inMemory?: boolean;
}

export interface Workbench {
    url: string;
    port: number;
    paths: WorkbenchPaths;
    store: RecordStore;
    faults: Faults;
    apex: ApexEndpoint;
    build: WorkbenchBuild;
    /** Undefined when the first build failed while watching (the page shows why until a change fixes it). */
    firstBuild: BuildOutput | undefined;
    close(): Promise<void>;
}

function text(value: unknown): string {
    return typeof value === 'string' ? value : '';
}

export async function startWorkbench(options: WorkbenchOptions = {}): Promise<Workbench> {
    const paths = workbenchPaths(options.root, options.workDir);
    const classes = { ...APEX_CLASSES, ...options.apexClasses };
    const metadata = metadataContext(paths);
    const rules = new PlatformRules(paths.objectsDir, localToday);
    const store = new RecordStore(
        options.inMemory ? undefined : paths.stateFile,
        options.seed ?? (() => sampleDataState()),
        rules
    );
    const faults = new Faults(metadata.label);
    const apex = new ApexEndpoint(classes, store, faults, () => ({
        ...metadata,
        userId: store.userId,
        today: localToday()
    }));

    const pages: Record<string, string> = { shell: 'app' };
    const entries: Record<string, string> = { app: path.join(paths.shellDir, 'main.ts') };
    for (const [name, file] of Object.entries(options.pages ?? {})) {
        pages[name] = `pages/${name}`;
        entries[`pages/${name}`] = file;
    }
    const build = new WorkbenchBuild({
        paths,
        mode: options.mode ?? 'development',
        entries,
        namespaces: options.namespaces,
        apexMethod: (className, methodName) => missingApexMethod(classes, className, methodName)
    });

    const shellContext = (): Record<string, unknown> & {
        defaultUrl: string;
        user: { id: string; name: string };
    } => {
        const users = store.list('User').map((u) => ({ id: u.Id, name: text(u.Name), title: text(u.Title) }));
        const accounts = store.list('Account');
        const keyAccounts = keyAccountIds(store.list('Account_Plan__c'))
            .map((id) => accounts.find((a) => a.Id === id))
            .filter((a) => a !== undefined)
            .map((a) => ({ id: a.Id, name: text(a.Name), industry: text(a.Industry) }));
        const defaultRecordId = keyAccounts[0]?.id ?? accounts[0]?.Id ?? '';
        const user = users.find((u) => u.id === store.userId) ?? { id: store.userId, name: '', title: '' };
        return {
            user,
            users,
            keyAccounts,
            defaultRecordId,
            defaultUrl: defaultRecordId
                ? `/lightning/r/Account/${defaultRecordId}/view`
                : `/lightning/n/${PORTFOLIO_PAGE.apiName}`,
            portfolio: { ...PORTFOLIO_PAGE, url: `/lightning/n/${PORTFOLIO_PAGE.apiName}` },
            seed: store.seedInfo,
            liveReload: Boolean(options.watch)
        };
    };

    let firstBuild: BuildOutput | undefined;
    try {
        firstBuild = await build.build();
    } catch (error) {
        if (!options.watch) {
            throw error;
        }
    }
    if (options.watch) {
        build.watch([
            paths.lwcDir,
            paths.shellDir,
            paths.platformDir,
            path.dirname(paths.labelsFile),
            ...Object.values(options.namespaces ?? {})
        ]);
    }
    const server = createServer({
        paths,
        store,
        faults,
        apex,
        build,
        pages,
        shellContext,
        liveReload: Boolean(options.watch)
    });
    await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
    });
    const port = (server.address() as AddressInfo).port;
    return {
        url: `http://localhost:${port}`,
        port,
        paths,
        store,
        faults,
        apex,
        build,
        firstBuild,
        close: () =>
            new Promise<void>((resolve) => {
                build.close();
                server.closeAllConnections();
                server.close(() => resolve());
            })
    };
}
