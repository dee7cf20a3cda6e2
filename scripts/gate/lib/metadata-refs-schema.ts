import { type ParsedDocument, parentObjectOf } from './metadata-inventory';
import { checkComponent, checkField, checkObject, type RefContext } from './metadata-ref-context';
import { isCustomName } from './metadata-schema-lookup';
import { childElements, childText, descendants, type XmlElement } from './metadata-xml-tree';

/**
 * Field paths a formula reads from its own object, best effort: custom fields (`Size__c`) and paths
 * through custom relationships (`Account__r.Name`). Globals (`$User...`), text literals and comments
 * are skipped.
 */
export function formulaFieldPaths(formula: string): string[] {
    const code = formula
        .replace(/\/\*[\s\S]*?\*\//g, ' ')
        .replace(/"(?:[^"\\]|\\.)*"/g, '""')
        .replace(/'(?:[^'\\]|\\.)*'/g, "''");
    const paths = new Set<string>();
    for (const match of code.matchAll(/(?<![\w$.])[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*/g)) {
        const token = match[0];
        const first = token.split('.')[0];
        if (/__r$/i.test(first) ? token.includes('.') : /__c$/i.test(first) && !token.includes('.')) {
            paths.add(token);
        }
    }
    return [...paths];
}

function checkFormula(
    ctx: RefContext,
    doc: ParsedDocument,
    element: XmlElement | undefined,
    objectName: string
): void {
    if (!element) {
        return;
    }
    for (const fieldPath of formulaFieldPaths(element.text)) {
        checkField(ctx, doc, element, objectName, fieldPath, 'uses');
    }
}

/** `Child__c.Field__c` (roll-up summary and lookup filter items). */
function checkQualifiedField(
    ctx: RefContext,
    doc: ParsedDocument,
    element: XmlElement | undefined,
    verb: string
): void {
    const value = element?.text ?? '';
    const dot = value.indexOf('.');
    if (element && dot > 0 && !value.startsWith('$')) {
        checkField(ctx, doc, element, value.slice(0, dot), value.slice(dot + 1), verb);
    }
}

/** Custom fields: lookup targets, formulas, roll-up summaries, global value sets, controlling fields. */
export function checkFieldReferences(ctx: RefContext, doc: ParsedDocument): void {
    const root = doc.root;
    const objectName = parentObjectOf(doc.file);
    for (const element of childElements(root, 'referenceTo')) {
        checkObject(ctx, doc, element, element.text, 'looks up');
    }
    checkFormula(ctx, doc, childElements(root, 'formula')[0], objectName);
    checkQualifiedField(ctx, doc, childElements(root, 'summarizedField')[0], 'sums');
    checkQualifiedField(ctx, doc, childElements(root, 'summaryForeignKey')[0], 'rolls up through');
    for (const item of childElements(root, 'summaryFilterItems')) {
        checkQualifiedField(ctx, doc, childElements(item, 'field')[0], 'filters on');
    }
    const valueSet = childElements(root, 'valueSet')[0];
    const valueSetName = childElements(valueSet, 'valueSetName')[0];
    checkComponent(ctx, doc, valueSetName, 'GlobalValueSet', valueSetName?.text, 'takes its values from');
    const controlling = childElements(valueSet, 'controllingField')[0];
    checkField(ctx, doc, controlling, objectName, controlling?.text, 'depends on');
}

/** Validation rules: the formula's custom fields and the error display field. */
export function checkValidationRuleReferences(ctx: RefContext, doc: ParsedDocument): void {
    const objectName = parentObjectOf(doc.file);
    checkFormula(ctx, doc, childElements(doc.root, 'errorConditionFormula')[0], objectName);
    const display = childElements(doc.root, 'errorDisplayField')[0];
    checkField(ctx, doc, display, objectName, display?.text, 'shows its error on');
}

/** List views: custom field columns and filters (standard columns use internal names such as `ACCOUNT.NAME`). */
export function checkListViewReferences(ctx: RefContext, doc: ParsedDocument): void {
    const objectName = parentObjectOf(doc.file);
    const elements = [...childElements(doc.root, 'columns'), ...descendants(doc.root, ['filters', 'field'])];
    for (const element of elements) {
        if (/^[A-Za-z][A-Za-z0-9_]*__c$/.test(element.text)) {
            checkField(ctx, doc, element, objectName, element.text, 'shows');
        }
    }
}

/** Compact layouts: every field. */
export function checkCompactLayoutReferences(ctx: RefContext, doc: ParsedDocument): void {
    const objectName = parentObjectOf(doc.file);
    for (const element of childElements(doc.root, 'fields')) {
        checkField(ctx, doc, element, objectName, element.text, 'shows');
    }
}

/** Field sets: displayed and available fields (paths through lookups allowed). */
export function checkFieldSetReferences(ctx: RefContext, doc: ParsedDocument): void {
    const objectName = parentObjectOf(doc.file);
    const items = [
        ...childElements(doc.root, 'displayedFields'),
        ...childElements(doc.root, 'availableFields')
    ];
    for (const item of items) {
        const element = childElements(item, 'field')[0];
        checkField(ctx, doc, element, objectName, element?.text, 'contains');
    }
}

/** Record types: the picklists they restrict. */
export function checkRecordTypeReferences(ctx: RefContext, doc: ParsedDocument): void {
    const objectName = parentObjectOf(doc.file);
    for (const element of descendants(doc.root, ['picklistValues', 'picklist'])) {
        checkField(ctx, doc, element, objectName, element.text, 'restricts picklist');
    }
}

/** Objects: the compact layout assignment and Lightning page overrides. */
export function checkObjectReferences(ctx: RefContext, doc: ParsedDocument): void {
    const assignment = childElements(doc.root, 'compactLayoutAssignment')[0];
    if (assignment && assignment.text !== 'SYSTEM') {
        checkComponent(ctx, doc, assignment, 'CompactLayout', `${doc.name}.${assignment.text}`, 'assigns');
    }
    for (const override of childElements(doc.root, 'actionOverrides')) {
        const content = childElements(override, 'content')[0];
        if (childText(override, 'type')?.toLowerCase() === 'flexipage') {
            checkComponent(ctx, doc, content, 'FlexiPage', content?.text, 'overrides an action with');
        }
    }
}

/** Custom metadata records (`Type.Record.md-meta.xml`): the type and every field they set. */
export function checkCustomMetadataReferences(ctx: RefContext, doc: ParsedDocument): void {
    const typeName = `${doc.name.split('.')[0]}__mdt`;
    if (!checkObject(ctx, doc, doc.root, typeName, 'is a record of')) {
        return;
    }
    for (const element of descendants(doc.root, ['values', 'field'])) {
        checkField(ctx, doc, element, typeName, element.text, 'sets');
    }
}

/**
 * Layout names whose prefix is not an object: the close-case layout shows Case fields, the user
 * profile layout User fields; the global publisher and case interaction layouts have no fields to check.
 */
const LAYOUT_PSEUDO_OBJECTS: Record<string, string | undefined> = {
    caseclose: 'Case',
    useralt: 'User',
    global: undefined,
    caseinteraction: undefined
};

/** Page layouts (`Object-Layout Name`): placed fields and custom related lists (`Child__c.Lookup__c`). */
export function checkLayoutReferences(ctx: RefContext, doc: ParsedDocument): void {
    const prefix = doc.name.slice(0, doc.name.indexOf('-'));
    const pseudo = prefix.toLowerCase() in LAYOUT_PSEUDO_OBJECTS;
    const objectName = pseudo ? LAYOUT_PSEUDO_OBJECTS[prefix.toLowerCase()] : prefix;
    if (!objectName || !checkObject(ctx, doc, doc.root, objectName, 'is a layout of')) {
        return;
    }
    for (const element of descendants(doc.root, [
        'layoutSections',
        'layoutColumns',
        'layoutItems',
        'field'
    ])) {
        checkField(ctx, doc, element, objectName, element.text, 'places');
    }
    for (const element of descendants(doc.root, ['relatedLists', 'relatedList'])) {
        const [child, lookup] = element.text.split('.');
        if (lookup && isCustomName(lookup)) {
            checkField(ctx, doc, element, child, lookup, 'lists related records through');
        }
    }
}
