/**
 * Resolves the platform's module imports to the workbench's local implementations, so that the same
 * component source runs outside Salesforce:
 *
 * | import                                   | answered by                                              |
 * |------------------------------------------|----------------------------------------------------------|
 * | `c/<name>`, `wb/<name>`, …               | the `.ts` entry of the bundle (never the emitted `.js`)  |
 * | `@salesforce/apex/Cls.method`            | the in-memory Apex over HTTP (unknown method: build error) |
 * | `@salesforce/apex`                       | `refreshApex`, `getSObjectValue`                         |
 * | `@salesforce/schema/Obj.Field`           | `{ objectApiName, fieldApiName }`, checked against force-app |
 * | `@salesforce/label/c.Name`               | the value in CustomLabels.labels-meta.xml                |
 * | `@salesforce/user/Id`                    | the workbench's running user                             |
 * | `lightning/uiRecordApi`, `lightning/navigation`, `lightning/platformShowToastEvent` | workbench/platform |
 * | other `lightning/<name>`                 | the prebuilt vendor bundle (external, via the import map) |
 * | `@salesforce/i18n/*`, `@salesforce/client/*` | lightning-base-components' stand-ins               |
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin, PluginContext } from 'rollup';
import { resolveSchemaReference } from './schema';

/** `lightning/*` modules the workbench implements itself (module → file in workbench/platform). */
export const LOCAL_LIGHTNING_MODULES: Readonly<Record<string, string>> = {
    'lightning/navigation': 'navigation.ts',
    'lightning/uiRecordApi': 'uiRecordApi.ts',
    'lightning/platformShowToastEvent': 'platformShowToastEvent.ts'
};

/** `@salesforce/*` scopes that lightning-base-components answers with stand-ins (locale, form factor…). */
const BASE_COMPONENT_SCOPES = [
    '@salesforce/i18n/',
    '@salesforce/client/',
    '@salesforce/accessCheck/',
    '@salesforce/gate/',
    '@salesforce/internal/'
];

const VIRTUAL = '\0wb:';

export interface PlatformPluginOptions {
    /** Component namespaces: `ns` → folder holding `<name>/<name>.ts`. */
    namespaces: Readonly<Record<string, string>>;
    platformDir: string;
    objectsDir: string;
    lightningBaseDir: string;
    /** Custom labels by name (read again on every build). */
    labels: () => ReadonlyMap<string, string>;
    /** Whether the in-memory Apex answers `Cls.method`; a message saying what is missing otherwise. */
    apexMethod: (className: string, methodName: string) => string | undefined;
    /** Receives every `lightning/<name>` import served from the vendor bundle. */
    onBaseComponent: (specifier: string) => void;
}

function bundleEntry(dir: string, name: string): string | undefined {
    for (const ext of ['.ts', '.js']) {
        const file = path.join(dir, name, `${name}${ext}`);
        if (fs.existsSync(file)) {
            return file;
        }
    }
    return undefined;
}

function fail(context: PluginContext, importer: string | undefined, message: string): never {
    const where = importer
        ? ` (imported by ${path.relative(process.cwd(), importer.split('?')[0] ?? importer)})`
        : '';
    context.error(`${message}${where}`);
}

export function platformPlugin(options: PlatformPluginOptions): Plugin {
    const platformFile = (file: string): string => path.join(options.platformDir, file);
    return {
        name: 'workbench-platform',
        resolveId(source, importer) {
            if (source === 'lwc') {
                return { id: 'lwc', external: true };
            }
            const namespace = /^([a-z][a-zA-Z0-9]*)\/([a-zA-Z0-9_]+)$/.exec(source);
            if (namespace && namespace[1] !== 'lightning' && options.namespaces[namespace[1] ?? '']) {
                const [, ns = '', name = ''] = namespace;
                const entry = bundleEntry(options.namespaces[ns] ?? '', name);
                if (!entry) {
                    fail(this, importer, `${source}: no component bundle ${name} with a ${name}.ts`);
                }
                // The specifier tells the LWC compiler the namespace and name (c-error-panel, not lwc-…).
                return `${entry}?specifier=${source}`;
            }
            if (source.startsWith('lightning/')) {
                const local = LOCAL_LIGHTNING_MODULES[source];
                if (local) {
                    return platformFile(local);
                }
                const name = source.slice('lightning/'.length);
                if (!fs.existsSync(path.join(options.lightningBaseDir, name))) {
                    fail(
                        this,
                        importer,
                        `${source} is not available outside Salesforce (lightning-base-components has no ${name}); ` +
                            'record forms, input-field and file-upload need an org'
                    );
                }
                options.onBaseComponent(source);
                return { id: source, external: true };
            }
            if (source === '@salesforce/apex') {
                return platformFile('apex.ts');
            }
            if (source === '@salesforce/user/Id') {
                return platformFile('userId.ts');
            }
            if (
                source.startsWith('@salesforce/apex/') ||
                source.startsWith('@salesforce/schema/') ||
                source.startsWith('@salesforce/label/c.') ||
                source === '@salesforce/user/isGuest'
            ) {
                return `${VIRTUAL}${source}`;
            }
            if (source.startsWith('@salesforce/')) {
                if (
                    BASE_COMPONENT_SCOPES.some((scope) => source.startsWith(scope)) ||
                    source.startsWith('@salesforce/label/')
                ) {
                    // Components import these too (`@salesforce/i18n/locale`): the same stand-in as base components.
                    const standIn = path.join(
                        options.lightningBaseDir,
                        '..',
                        '..',
                        'scopedImports',
                        `@${source.slice(1).replace(/\//g, '-')}.js`
                    );
                    return fs.existsSync(standIn) ? standIn : null;
                }
                fail(this, importer, `${source}: this platform module is not available in the workbench yet`);
            }
            return null;
        },
        load(id) {
            if (!id.startsWith(VIRTUAL)) {
                return null;
            }
            const source = id.slice(VIRTUAL.length);
            if (source.startsWith('@salesforce/apex/')) {
                const qualified = source.slice('@salesforce/apex/'.length);
                const [className = '', methodName = '', ...rest] = qualified.split('.');
                const missing =
                    rest.length > 0 || !methodName
                        ? `${source}: expected @salesforce/apex/<Class>.<method>`
                        : options.apexMethod(className, methodName);
                if (missing) {
                    this.error(missing);
                }
                const runtime = JSON.stringify(platformFile('apex.ts'));
                return `import { apexMethod } from ${runtime};\nexport default apexMethod(${JSON.stringify(qualified)});\n`;
            }
            if (source.startsWith('@salesforce/schema/')) {
                try {
                    const reference = resolveSchemaReference(
                        options.objectsDir,
                        source.slice('@salesforce/schema/'.length)
                    );
                    return `export default Object.freeze(${JSON.stringify(reference)});\n`;
                } catch (error) {
                    this.error(error instanceof Error ? error.message : String(error));
                }
            }
            if (source.startsWith('@salesforce/label/c.')) {
                const name = source.slice('@salesforce/label/c.'.length);
                const value = options.labels().get(name);
                if (value === undefined) {
                    this.error(`${source}: no custom label ${name} in CustomLabels.labels-meta.xml`);
                }
                return `export default ${JSON.stringify(value)};\n`;
            }
            if (source === '@salesforce/user/isGuest') {
                return 'export default false;\n';
            }
            return null;
        }
    };
}
