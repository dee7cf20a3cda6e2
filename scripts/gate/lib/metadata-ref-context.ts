import { suggest } from './schema-paths';
import { type ParsedDocument, type ProjectInventory } from './metadata-inventory';
import { describeMissing, isCustomName, type SchemaLookup } from './metadata-schema-lookup';
import { type XmlElement } from './metadata-xml-tree';

/** Rule of a reference to something that does not exist. */
export const RULE_MISSING = 'metadata-ref-missing';
/** Rule of a permission the platform refuses to deploy (required, master-detail or calculated field). */
export const RULE_PERMISSION = 'metadata-ref-permission';

/** What the reference checks share: the project's components, the schema and the report sink. */
export interface RefContext {
    inventory: ProjectInventory;
    schema: SchemaLookup;
    /** The project's namespace prefix ('' when none). */
    namespace: string;
    /** Parsed documents by `Type:lower-case name` (`Report:keystone_reports/stale_plans`), for checks that read their target. */
    documents: Map<string, ParsedDocument>;
    report(doc: ParsedDocument, element: XmlElement, rule: string, message: string): void;
}

/** Key of a document in `RefContext.documents`. */
export function documentKey(type: string, name: string): string {
    return `${type}:${name.toLowerCase()}`;
}

/** The parsed document of `type` named `name` (the project's namespace prefix ignored), when the project has it. */
export function findDocument(ctx: RefContext, type: string, name: string): ParsedDocument | undefined {
    return ctx.documents.get(documentKey(type, withoutNamespace(ctx, name)));
}

/** `PermissionSet Widget_User`: how messages name the referring component. */
export function label(doc: ParsedDocument): string {
    return `${doc.type} ${doc.name}`;
}

/** Readable type names for messages. */
const TYPE_WORDS: Record<string, string> = {
    ApexClass: 'Apex class',
    ApexPage: 'Visualforce page',
    CustomTab: 'tab',
    CustomApplication: 'app',
    CustomPermission: 'custom permission',
    FlexiPage: 'Lightning page',
    Flow: 'flow',
    LightningComponentBundle: 'Lightning web component',
    AuraDefinitionBundle: 'Aura component',
    PermissionSet: 'permission set',
    MutingPermissionSet: 'muting permission set',
    Layout: 'page layout',
    RecordType: 'record type',
    CompactLayout: 'compact layout',
    ReportType: 'report type',
    Report: 'report',
    Dashboard: 'dashboard',
    ReportFolder: 'report folder',
    DashboardFolder: 'dashboard folder',
    Group: 'public group',
    Role: 'role',
    GlobalValueSet: 'global value set'
};

/** `ns__Thing` without the project's own prefix. */
export function withoutNamespace(ctx: RefContext, name: string): string {
    const prefix = `${ctx.namespace}__`;
    return ctx.namespace &&
        name.toLowerCase().startsWith(prefix.toLowerCase()) &&
        name.slice(prefix.length).length > 0
        ? name.slice(prefix.length)
        : name;
}

/**
 * True for a name from another package's namespace (`pkg__Widget__c`, `pkg__Controller`, `standard__Sales`):
 * developer names cannot contain `__` themselves, so one more `__` than the custom suffix means a prefix.
 */
export function isForeign(ctx: RefContext, name: string): boolean {
    // Qualified names (`Widget__c.Big`, `Widget__c-Widget Layout`, `Folder/Report`) are foreign when a part is.
    return name.split(/[./-]/).some((part) => {
        const local = withoutNamespace(ctx, part);
        return (local.match(/__/g) ?? []).length >= (isCustomName(local) ? 2 : 1);
    });
}

/** True for an object of another package (`pkg__Widget__c`); a malformed `Widget__cZ` is not foreign. */
export function isForeignObject(ctx: RefContext, name: string): boolean {
    return (withoutNamespace(ctx, name).match(/__/g) ?? []).length >= 2;
}

/**
 * Reports `element`'s reference to a component of `type` named `value` when the project lacks it.
 * `verb` reads between the referrer and the target: `grants access to`, `shows`.
 */
export function checkComponent(
    ctx: RefContext,
    doc: ParsedDocument,
    element: XmlElement | undefined,
    type: string,
    value: string | undefined,
    verb: string
): void {
    if (!element || !value || isForeign(ctx, value)) {
        return;
    }
    const name = withoutNamespace(ctx, value);
    if (ctx.inventory.has(type, name)) {
        return;
    }
    const hint = suggest(name, ctx.inventory.list(type));
    ctx.report(
        doc,
        element,
        RULE_MISSING,
        `${label(doc)} ${verb} ${TYPE_WORDS[type] ?? type} ${value}, which does not exist in the project${hint ? ` (did you mean ${hint}?)` : ''}`
    );
}

/** Reports a reference to an object that does not exist; returns whether it exists (or cannot be checked). */
export function checkObject(
    ctx: RefContext,
    doc: ParsedDocument,
    element: XmlElement | undefined,
    objectName: string | undefined,
    verb: string
): boolean {
    if (!element || !objectName || isForeignObject(ctx, objectName)) {
        return true;
    }
    if (ctx.schema.object(withoutNamespace(ctx, objectName))) {
        return true;
    }
    const hint = ctx.schema.suggestObject(objectName);
    ctx.report(
        doc,
        element,
        RULE_MISSING,
        `${label(doc)} ${verb} object ${objectName}, which does not exist${hint ? ` (did you mean ${hint}?)` : ''}`
    );
    return false;
}

/** Reports a reference to `objectName.fieldPath` that does not resolve; returns whether it resolved. */
export function checkField(
    ctx: RefContext,
    doc: ParsedDocument,
    element: XmlElement | undefined,
    objectName: string,
    fieldPath: string | undefined,
    verb: string
): boolean {
    if (!element || !fieldPath || isForeignObject(ctx, objectName)) {
        return true;
    }
    const result = ctx.schema.field(withoutNamespace(ctx, objectName), fieldPath);
    if (result.ok) {
        return true;
    }
    ctx.report(
        doc,
        element,
        RULE_MISSING,
        `${label(doc)} ${verb} ${describeMissing(objectName, fieldPath, result)}`
    );
    return false;
}
