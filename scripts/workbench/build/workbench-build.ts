/**
 * Builds what the workbench serves: first the app (fast, tells which base components it uses), then makes
 * sure the vendor bundle has them (cached). Rebuilds on change when watching: a component change costs
 * about a second; only a newly used base component rebuilds the vendor bundle.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { WorkbenchPaths } from '../paths';
import { AppBuilder } from './app';
import type { BuildMode } from './define-plugin';
import { ensureVendor } from './vendor';

export interface BuildOutput {
    /** Increases with every successful build (the page reloads when it changes). */
    version: number;
    importMap: Record<string, string>;
    vendorDir: string;
    vendorKey: string;
    appDir: string;
    appMs: number;
    vendorMs: number;
    vendorBuilt: boolean;
    warnings: string[];
}

export interface WorkbenchBuildOptions {
    paths: WorkbenchPaths;
    mode: BuildMode;
    /** Page entry modules: output name → source file. */
    entries: Readonly<Record<string, string>>;
    namespaces?: Readonly<Record<string, string>>;
    apexMethod: (className: string, methodName: string) => string | undefined;
}

export type BuildListener = (
    result: { ok: true; output: BuildOutput } | { ok: false; error: string }
) => void;

export class WorkbenchBuild {
    private readonly app: AppBuilder;
    private version = 0;
    private running: Promise<BuildOutput> | undefined;
    private again = false;
    private watchers: fs.FSWatcher[] = [];
    private readonly listeners = new Set<BuildListener>();
    current: BuildOutput | undefined;
    lastError: string | undefined;

    constructor(private readonly options: WorkbenchBuildOptions) {
        this.app = new AppBuilder({ ...options, outDir: path.join(options.paths.buildDir, 'app') });
    }

    onBuild(listener: BuildListener): () => void {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }

    /** Builds now (a build already running is followed by one more). */
    build(): Promise<BuildOutput> {
        if (this.running) {
            this.again = true;
            return this.running;
        }
        this.running = this.run().finally(() => {
            this.running = undefined;
            if (this.again) {
                this.again = false;
                void this.build().catch(() => undefined);
            }
        });
        return this.running;
    }

    private async run(): Promise<BuildOutput> {
        try {
            const app = await this.app.build();
            const vendor = await ensureVendor(
                this.options.paths.root,
                this.options.paths.cacheDir,
                this.options.mode,
                app.baseComponents
            );
            const importMap: Record<string, string> = {};
            for (const [specifier, file] of Object.entries(vendor.entries)) {
                importMap[specifier] = `/vendor/${vendor.key}/${file}`;
            }
            for (const [specifier, file] of Object.entries(app.platformEntries)) {
                importMap[specifier] = `/build/${file}`;
            }
            this.version += 1;
            const output: BuildOutput = {
                version: this.version,
                importMap,
                vendorDir: vendor.dir,
                vendorKey: vendor.key,
                appDir: app.outDir,
                appMs: app.durationMs,
                vendorMs: vendor.durationMs,
                vendorBuilt: vendor.built,
                warnings: app.warnings
            };
            this.current = output;
            this.lastError = undefined;
            for (const listener of this.listeners) {
                listener({ ok: true, output });
            }
            return output;
        } catch (error) {
            const message = error instanceof Error ? formatBuildError(error) : String(error);
            this.lastError = message;
            for (const listener of this.listeners) {
                listener({ ok: false, error: message });
            }
            throw new Error(message);
        }
    }

    /** Rebuilds when a file under `dirs` changes (debounced; emitted `.js` beside `.ts` is ignored). */
    watch(dirs: readonly string[]): void {
        let timer: NodeJS.Timeout | undefined;
        const changed = (file: string | null): void => {
            if (file && /\.(js|js-meta\.xml)$/.test(file) && !file.includes('__tests__')) {
                return;
            }
            if (file?.includes('__tests__')) {
                return;
            }
            clearTimeout(timer);
            timer = setTimeout(() => void this.build().catch(() => undefined), 80);
        };
        for (const dir of dirs) {
            if (fs.existsSync(dir)) {
                this.watchers.push(fs.watch(dir, { recursive: true }, (_event, file) => changed(file)));
            }
        }
    }

    close(): void {
        for (const watcher of this.watchers) {
            watcher.close();
        }
        this.watchers = [];
    }
}

/** A rollup/LWC error with the file and position it points at. */
function formatBuildError(error: Error): string {
    const details = error as Error & {
        id?: string;
        loc?: { file?: string; line?: number; column?: number };
        frame?: string;
    };
    const where = details.loc?.file ?? details.id;
    const position = details.loc?.line ? `:${details.loc.line}:${details.loc.column ?? 0}` : '';
    return [where ? `${where}${position}` : '', error.message, details.frame ?? '']
        .filter(Boolean)
        .join('\n');
}
