/**
 * Builds the app — the page shell, the package's components and the local platform modules — with the real
 * LWC compiler, against the prebuilt vendor bundle (`lwc` and `lightning/*` stay external and are linked by
 * the page's import map). A rebuild reuses rollup's cache and takes about a second.
 */
import fs from 'node:fs';
import path from 'node:path';
import lwc from '@lwc/rollup-plugin';
import { rollup, type RollupCache, type RollupLog } from 'rollup';
import type { WorkbenchPaths } from '../paths';
import { definePlugin, type BuildMode } from './define-plugin';
import { readCustomLabels } from './labels';
import { LOCAL_LIGHTNING_MODULES, platformPlugin } from './platform-plugin';
import { typescriptPlugin } from './typescript-plugin';

export interface AppBuildOptions {
    paths: WorkbenchPaths;
    mode: BuildMode;
    /** Where the build is written (replaced as a whole on every build). */
    outDir: string;
    /** Page entry modules: output name → source file. */
    entries: Readonly<Record<string, string>>;
    /** Extra component namespaces (test fixtures, benchmarks): `ns` → folder of `<name>/<name>.ts`. */
    namespaces?: Readonly<Record<string, string>>;
    /** Whether the in-memory Apex answers `Cls.method`; what is missing otherwise. */
    apexMethod: (className: string, methodName: string) => string | undefined;
}

export interface AppBuild {
    outDir: string;
    /** `lightning/*` modules the app imports from the vendor bundle. */
    baseComponents: string[];
    /** Module specifier → file relative to `outDir`, for the import map (local `lightning/*` modules). */
    platformEntries: Record<string, string>;
    durationMs: number;
    warnings: string[];
}

/** Output name of each local `lightning/*` module, so the vendor bundle can import it too. */
function platformEntryName(specifier: string): string {
    return `platform/${specifier.slice('lightning/'.length)}`;
}

/** A builder keeps rollup's cache between builds of the same entries. */
export class AppBuilder {
    private cache: RollupCache | undefined;

    constructor(private readonly options: AppBuildOptions) {}

    async build(): Promise<AppBuild> {
        const { paths, mode, outDir } = this.options;
        const started = Date.now();
        const baseComponents = new Set<string>();
        const warnings: string[] = [];
        const input: Record<string, string> = { ...this.options.entries };
        const platformEntries: Record<string, string> = {};
        for (const [specifier, file] of Object.entries(LOCAL_LIGHTNING_MODULES)) {
            input[platformEntryName(specifier)] = path.join(paths.platformDir, file);
            platformEntries[specifier] = `${platformEntryName(specifier)}.js`;
        }
        const lightningBaseDir = path.join(
            paths.root,
            'node_modules',
            'lightning-base-components',
            'src',
            'lightning'
        );
        const bundle = await rollup({
            input,
            cache: this.cache,
            preserveEntrySignatures: 'strict',
            plugins: [
                platformPlugin({
                    namespaces: {
                        c: paths.lwcDir,
                        wb: path.join(paths.shellLwcDir, 'wb'),
                        ...this.options.namespaces
                    },
                    platformDir: paths.platformDir,
                    objectsDir: paths.objectsDir,
                    lightningBaseDir,
                    labels: () => readCustomLabels(paths.labelsFile),
                    apexMethod: this.options.apexMethod,
                    onBaseComponent: (specifier) => baseComponents.add(specifier)
                }),
                typescriptPlugin(),
                definePlugin(mode),
                lwc({
                    rootDir: paths.root,
                    modules: [{ npm: 'lightning-base-components' }],
                    enableDynamicComponents: true,
                    exclude: ['**/node_modules/**']
                })
            ],
            onwarn: (warning: RollupLog) => {
                warnings.push(warning.message);
            }
        });
        this.cache = bundle.cache;
        const next = `${outDir}.next`;
        fs.rmSync(next, { recursive: true, force: true });
        await bundle.write({
            dir: next,
            format: 'es',
            entryFileNames: '[name].js',
            chunkFileNames: 'chunks/[name]-[hash].js'
        });
        await bundle.close();
        fs.rmSync(outDir, { recursive: true, force: true });
        fs.renameSync(next, outDir);
        return {
            outDir,
            baseComponents: [...baseComponents].sort(),
            platformEntries,
            durationMs: Date.now() - started,
            warnings
        };
    }
}
