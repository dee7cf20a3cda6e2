import path from 'node:path';
import { listFiles } from './files';
import { componentName, expectedRootTypes } from './metadata-suffixes';
import { childText, type XmlElement } from './metadata-xml-tree';

/** A parsed `*-meta.xml` file whose root element matched its suffix. */
export interface ParsedDocument {
    file: string;
    /** Metadata type = root element name (`CustomField`). */
    type: string;
    /** Full name as other metadata refers to it (`Widget__c.Size__c`, `Widget_User`, `Folder/Report`). */
    name: string;
    root: XmlElement;
}

/** What permission and formula checks need to know about a custom field beyond its existence. */
export interface FieldFacts {
    object: string;
    name: string;
    type: string;
    required: boolean;
    /** The field is calculated (formula, roll-up summary, auto number): nothing can write it. */
    calculated: boolean;
    file: string;
}

/** Types whose files live in `objects/<Object>/<folder>/` and are named `<Object>.<Name>` elsewhere. */
const OBJECT_CHILD_TYPES = new Set([
    'CustomField',
    'ValidationRule',
    'ListView',
    'CompactLayout',
    'RecordType',
    'WebLink',
    'FieldSet',
    'BusinessProcess',
    'SharingReason',
    'Index'
]);
/** Types stored in folders, and the folders themselves, named by their path: `<Folder>/<Name>`. */
const FOLDERED_TYPES: Record<string, string> = {
    Report: 'reports',
    Dashboard: 'dashboards',
    EmailTemplate: 'email',
    Document: 'documents',
    // Folders nest too: `reports/Sales/Emea.reportFolder-meta.xml` is the folder `Sales/Emea`.
    ReportFolder: 'reports',
    DashboardFolder: 'dashboards',
    EmailFolder: 'email',
    DocumentFolder: 'documents'
};
const BUNDLE_FOLDERS: Record<string, string> = {
    lwc: 'LightningComponentBundle',
    aura: 'AuraDefinitionBundle'
};

/** Object a child file (`objects/Widget__c/fields/Size__c.field-meta.xml`) belongs to. */
export function parentObjectOf(file: string): string {
    return path.basename(path.dirname(path.dirname(file)));
}

/** The name other metadata uses for the component in `file`, given its type. */
export function fullNameOf(file: string, type: string): string {
    if (OBJECT_CHILD_TYPES.has(type)) {
        return `${parentObjectOf(file)}.${componentName(file)}`;
    }
    const folder = FOLDERED_TYPES[type];
    if (folder) {
        const segments = file.split(/[\\/]/);
        const at = segments.lastIndexOf(folder);
        if (at !== -1) {
            return [...segments.slice(at + 1, -1), componentName(file)].join('/');
        }
    }
    if (type === 'LightningComponentBundle' || type === 'AuraDefinitionBundle') {
        return path.basename(path.dirname(file));
    }
    return componentName(file);
}

/** Where a web component may be placed, from its `js-meta.xml`. */
export interface LwcExposure {
    exposed: boolean;
    /** `lightning__RecordPage`, `lightning__Tab`... */
    targets: Set<string>;
}

/** Names of every component the project defines, by type (case-insensitive), plus custom field facts. */
export class ProjectInventory {
    private readonly names = new Map<string, Map<string, string>>();
    /** Custom fields by lower-case `Object.Field`. */
    readonly fields = new Map<string, FieldFacts>();
    /** Web component exposure by lower-case bundle name. */
    readonly lwc = new Map<string, LwcExposure>();

    /** Records a component. */
    add(type: string, name: string): void {
        let byName = this.names.get(type);
        if (!byName) {
            byName = new Map();
            this.names.set(type, byName);
        }
        byName.set(name.toLowerCase(), name);
    }

    /** True when the project defines `type` `name`. */
    has(type: string, name: string): boolean {
        return this.names.get(type)?.has(name.toLowerCase()) ?? false;
    }

    /** All names of a type, for suggestions. */
    list(type: string): string[] {
        return [...(this.names.get(type)?.values() ?? [])];
    }

    /** Facts about a project field, when the project defines it. */
    field(object: string, field: string): FieldFacts | undefined {
        return this.fields.get(`${object}.${field}`.toLowerCase());
    }

    /** Records the exposure of a parsed `LightningComponentBundle` document. */
    addLwc(doc: ParsedDocument): void {
        const targets = doc.root.children
            .filter((c) => c.name === 'targets')
            .flatMap((t) => t.children.filter((c) => c.name === 'target').map((c) => c.text));
        this.lwc.set(doc.name.toLowerCase(), {
            exposed: childText(doc.root, 'isExposed') === 'true',
            targets: new Set(targets)
        });
    }

    /** Records the facts of a parsed `CustomField` document. */
    addField(doc: ParsedDocument): void {
        const type = childText(doc.root, 'type') ?? '';
        const object = parentObjectOf(doc.file);
        this.fields.set(doc.name.toLowerCase(), {
            object,
            name: doc.name.slice(object.length + 1),
            type,
            required: childText(doc.root, 'required') === 'true',
            calculated:
                (childText(doc.root, 'formula') ?? '') !== '' || type === 'Summary' || type === 'AutoNumber',
            file: doc.file
        });
    }
}

/**
 * Lists the components of the package directories by name: every `*-meta.xml` (by suffix), plus Apex
 * sources and bundle folders that lack one, so a missing `-meta.xml` does not read as a missing class.
 * Files `ignored` (by `.forceignore`) are left out: they are not deployed.
 */
export function scanInventory(
    packageDirs: string[],
    ignored: (file: string) => boolean = () => false
): { inventory: ProjectInventory; metaFiles: string[] } {
    const inventory = new ProjectInventory();
    const metaFiles: string[] = [];
    for (const dir of packageDirs) {
        for (const file of listFiles(dir, (f) => !ignored(f))) {
            if (file.endsWith('-meta.xml')) {
                metaFiles.push(file);
                const types = expectedRootTypes(file);
                if (types.length === 1) {
                    inventory.add(types[0], fullNameOf(file, types[0]));
                }
                continue;
            }
            const ext = path.extname(file);
            if (ext === '.cls') {
                inventory.add('ApexClass', path.basename(file, ext));
            } else if (ext === '.trigger') {
                inventory.add('ApexTrigger', path.basename(file, ext));
            } else if (ext === '.page') {
                inventory.add('ApexPage', path.basename(file, ext));
            }
            const bundleType = BUNDLE_FOLDERS[path.basename(path.dirname(path.dirname(file)))];
            if (bundleType) {
                inventory.add(bundleType, path.basename(path.dirname(file)));
            }
        }
    }
    return { inventory, metaFiles };
}
