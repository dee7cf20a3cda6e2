/**
 * The vendor bundle: the LWC engine, synthetic shadow and the base components the app uses, compiled once by
 * the LWC compiler and cached under `.workbench/cache/vendor-<key>/`. Building it takes seconds to tens of
 * seconds (the icon templates are large); the app is then built against it in about a second. The key covers
 * the package versions, the build mode and the base components in it; a new base component in the app
 * builds a new vendor bundle with everything the previous one had plus the new one.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import lwc from '@lwc/rollup-plugin';
import { resolveModule } from '@lwc/module-resolver';
import { rollup, type RollupLog } from 'rollup';
import { definePlugin, type BuildMode } from './define-plugin';
import { LOCAL_LIGHTNING_MODULES } from './platform-plugin';

/** Bump when the vendor bundle's layout changes, so that old caches are not reused. */
const VENDOR_FORMAT = 3;

export interface VendorBundle {
    key: string;
    dir: string;
    /** Module specifier (`lwc`, `lightning/button`, `synthetic-shadow`) → file, relative to `dir`. */
    entries: Record<string, string>;
    /** Whether this call built it (false: served from the cache). */
    built: boolean;
    durationMs: number;
}

interface VendorManifest {
    key: string;
    mode: BuildMode;
    specifiers: string[];
    entries: Record<string, string>;
}

function packageVersion(root: string, name: string): string {
    const file = path.join(root, 'node_modules', name, 'package.json');
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
}

function keyOf(root: string, mode: BuildMode, specifiers: string[]): string {
    const input = JSON.stringify({
        format: VENDOR_FORMAT,
        lwc: packageVersion(root, 'lwc'),
        lbc: packageVersion(root, 'lightning-base-components'),
        mode,
        specifiers
    });
    return crypto.createHash('sha256').update(input).digest('hex').slice(0, 16);
}

function readManifest(file: string): VendorManifest | undefined {
    return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as VendorManifest) : undefined;
}

/** The file an LWC module specifier resolves to, as the LWC compiler resolves it. */
function moduleFile(root: string, specifier: string): string {
    const importer = path.join(root, 'package.json');
    return resolveModule(specifier, importer, {
        rootDir: root,
        modules: [
            { npm: 'lightning-base-components' },
            { npm: '@lwc/engine-dom' },
            { npm: '@lwc/synthetic-shadow' }
        ]
    }).entry;
}

async function buildVendor(
    root: string,
    dir: string,
    mode: BuildMode,
    specifiers: string[]
): Promise<VendorManifest> {
    const input: Record<string, string> = {
        'synthetic-shadow': moduleFile(root, '@lwc/synthetic-shadow'),
        lwc: moduleFile(root, 'lwc')
    };
    for (const specifier of specifiers) {
        input[specifier] = moduleFile(root, specifier);
    }
    const warnings: RollupLog[] = [];
    const bundle = await rollup({
        input,
        preserveEntrySignatures: 'strict',
        plugins: [
            {
                name: 'workbench-vendor-externals',
                // Modules the workbench implements live in the app build; the import map links them.
                resolveId: (source) =>
                    LOCAL_LIGHTNING_MODULES[source] ? { id: source, external: true } : null
            },
            definePlugin(mode),
            lwc({
                rootDir: root,
                modules: [{ npm: 'lightning-base-components' }],
                enableDynamicComponents: true,
                // Base components such as the combobox use ElementInternals, which synthetic shadow emulates.
                enableSyntheticElementInternals: true,
                exclude: ['**/node_modules/@lwc/**']
            })
        ],
        onwarn: (warning) => {
            warnings.push(warning);
        }
    });
    const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
    fs.rmSync(tmp, { recursive: true, force: true });
    await bundle.write({
        dir: tmp,
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js'
    });
    await bundle.close();
    const entries = Object.fromEntries(Object.keys(input).map((specifier) => [specifier, `${specifier}.js`]));
    const manifest: VendorManifest = {
        key: path.basename(dir).replace(/^vendor-/, ''),
        mode,
        specifiers,
        entries
    };
    fs.writeFileSync(path.join(tmp, 'vendor.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    try {
        fs.renameSync(tmp, dir);
    } catch (error) {
        // Another process built the same bundle at the same time: keep theirs.
        fs.rmSync(tmp, { recursive: true, force: true });
        if (!fs.existsSync(path.join(dir, 'vendor.json'))) {
            throw error;
        }
    }
    const unexpected = warnings.filter((w) => !(w.id ?? '').includes(`${path.sep}node_modules${path.sep}`));
    for (const warning of unexpected) {
        console.warn(`vendor: ${warning.message}`);
    }
    return manifest;
}

/** Keeps the few most recent vendor bundles (older ones were superseded by larger or newer builds). */
function pruneVendors(cacheDir: string, keep = 4): void {
    const bundles = fs
        .readdirSync(cacheDir)
        .filter((name) => /^vendor-[0-9a-f]+$/.test(name))
        .map((name) => ({
            dir: path.join(cacheDir, name),
            mtime: fs.statSync(path.join(cacheDir, name)).mtimeMs
        }))
        .sort((a, b) => b.mtime - a.mtime);
    for (const old of bundles.slice(keep)) {
        fs.rmSync(old.dir, { recursive: true, force: true });
    }
}

const pending = new Map<string, Promise<VendorBundle>>();

/**
 * The vendor bundle holding at least `specifiers` (the app's `lightning/*` imports), built if not cached.
 * @param cacheDir `.workbench/cache`
 */
export function ensureVendor(
    root: string,
    cacheDir: string,
    mode: BuildMode,
    specifiers: Iterable<string>
): Promise<VendorBundle> {
    const currentFile = path.join(cacheDir, `vendor-current-${mode}.json`);
    const current = readManifest(currentFile);
    const wanted = [...new Set(specifiers)];
    // The current bundle serves if it has every wanted module and was built by these package versions.
    const covered =
        current &&
        wanted.every((s) => current.specifiers.includes(s)) &&
        current.key === keyOf(root, mode, current.specifiers);
    if (current && covered && fs.existsSync(path.join(cacheDir, `vendor-${current.key}`, 'lwc.js'))) {
        const dir = path.join(cacheDir, `vendor-${current.key}`);
        return Promise.resolve({
            key: current.key,
            dir,
            entries: current.entries,
            built: false,
            durationMs: 0
        });
    }
    const previous = current?.mode === mode ? current.specifiers : [];
    const all = [...new Set([...previous, ...wanted])].sort();
    const key = keyOf(root, mode, all);
    const inFlight = pending.get(key);
    if (inFlight) {
        return inFlight;
    }
    const promise = (async (): Promise<VendorBundle> => {
        const started = Date.now();
        const dir = path.join(cacheDir, `vendor-${key}`);
        const manifestFile = path.join(dir, 'vendor.json');
        let manifest = readManifest(manifestFile);
        let built = false;
        if (!manifest) {
            fs.mkdirSync(cacheDir, { recursive: true });
            manifest = await buildVendor(root, dir, mode, all);
            built = true;
            pruneVendors(cacheDir);
        }
        const tmp = `${currentFile}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, `${JSON.stringify(manifest, null, 2)}\n`);
        fs.renameSync(tmp, currentFile);
        return { key, dir, entries: manifest.entries, built, durationMs: Date.now() - started };
    })();
    pending.set(key, promise);
    return promise.finally(() => pending.delete(key));
}
