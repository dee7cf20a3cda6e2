import { type ParsedDocument } from './metadata-inventory';
import { type FieldLookup, type ObjectRef, type SchemaLookup } from './metadata-schema-lookup';
import { childElements, childText, descendants, type XmlElement } from './metadata-xml-tree';

/** One object of a custom report type: the base object or a joined child relationship. */
export interface ReportTable {
    /** `Account_Plan__c` or a dotted join path, `Account_Plan__c.Stakeholders__r`, as sections and reports name it. */
    path: string;
    /** The object, when the schema resolves it. */
    ref: ObjectRef | undefined;
}

/** A join that names a child relationship the previous object does not have. */
export interface BrokenJoin {
    element: XmlElement;
    /** Path of the table the join starts from. */
    from: string;
    relationship: string;
    on: ObjectRef;
}

/** A column of a report type's layout: `<field>` of `<table>`, as reports name it: `table$field`. */
export interface LayoutColumn {
    table: string;
    field: string;
    element: XmlElement;
    tableElement: XmlElement | undefined;
}

/** What a custom report type offers reports: its tables and the columns of its sections. */
export interface ReportTypeLayout {
    baseObject: string;
    baseElement: XmlElement | undefined;
    /** Tables by lower-case path. */
    tables: Map<string, ReportTable>;
    brokenJoins: BrokenJoin[];
    columns: LayoutColumn[];
    /** Lower-case `table$field` of every column. */
    columnKeys: Set<string>;
}

/** Lower-case key of a report column: `Account_Plan__c$Tier__c` -> `account_plan__c$tier__c`. */
export function columnKey(table: string, field: string): string {
    return `${table}$${field}`.toLowerCase();
}

/** Reads the tables (base object, nested joins) and section columns of a `ReportType` document. */
export function readReportTypeLayout(schema: SchemaLookup, doc: ParsedDocument): ReportTypeLayout {
    const baseElement = childElements(doc.root, 'baseObject')[0];
    const baseObject = baseElement?.text ?? '';
    const tables = new Map<string, ReportTable>();
    const brokenJoins: BrokenJoin[] = [];
    let current = baseObject ? schema.object(baseObject) : undefined;
    let path = baseObject;
    if (baseObject) {
        tables.set(path.toLowerCase(), { path, ref: current });
    }
    // Joins nest: each relationship is a child relationship of the previous table's object.
    for (let join = childElements(doc.root, 'join')[0]; join; join = childElements(join, 'join')[0]) {
        const element = childElements(join, 'relationship')[0];
        const relationship = element?.text ?? '';
        if (!element || !relationship) {
            break;
        }
        const next = current ? schema.childRelationship(current, relationship) : undefined;
        if (current && !next) {
            brokenJoins.push({ element, from: path, relationship, on: current });
        }
        path = `${path}.${relationship}`;
        tables.set(path.toLowerCase(), { path, ref: next });
        current = next;
    }
    const columns: LayoutColumn[] = [];
    for (const column of descendants(doc.root, ['sections', 'columns'])) {
        const element = childElements(column, 'field')[0];
        if (element?.text) {
            columns.push({
                table: childText(column, 'table') ?? '',
                field: element.text,
                element,
                tableElement: childElements(column, 'table')[0]
            });
        }
    }
    return {
        baseObject,
        baseElement,
        tables,
        brokenJoins,
        columns,
        columnKeys: new Set(columns.map((c) => columnKey(c.table, c.field)))
    };
}

/**
 * Resolves a report type column's field on its table's object. Report types name a lookup by its field
 * (`Account__c`, which shows the parent's name) or, for standard lookups, by its relationship (`Owner`,
 * `CreatedBy`); fields of the parent follow a dot (`Account__c.Industry`, `Owner.Email`).
 */
export function resolveLayoutField(schema: SchemaLookup, ref: ObjectRef, field: string): FieldLookup {
    const segments = field.split('.');
    if (segments.length === 1) {
        const direct = schema.fieldOn(ref, field);
        return direct.ok || schema.relationship(ref, field) ? { ok: true } : direct;
    }
    const steps = segments.map((segment, i) =>
        i < segments.length - 1 ? segment.replace(/__c$/i, '__r') : segment
    );
    return schema.fieldOn(ref, steps.join('.'));
}
