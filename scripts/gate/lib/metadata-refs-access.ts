import { type ParsedDocument } from './metadata-inventory';
import {
    checkComponent,
    checkField,
    checkObject,
    isForeignObject,
    label,
    type RefContext,
    RULE_PERMISSION,
    withoutNamespace
} from './metadata-ref-context';
import { isCustomName } from './metadata-schema-lookup';
import { childElements, childText, type XmlElement } from './metadata-xml-tree';

/** Record types that exist without being defined in source. */
const IMPLICIT_RECORD_TYPES = new Set(['personaccount.personaccount']);

/** What to call a calculated field in messages, by field type (anything else with a formula is a formula field). */
const CALCULATED_KINDS: Record<string, string> = { Summary: 'roll-up summary', AutoNumber: 'auto-number' };

/** Checks a `fieldPermissions` entry: the field exists and the platform accepts a permission on it. */
function checkFieldPermission(ctx: RefContext, doc: ParsedDocument, entry: XmlElement): void {
    const fieldElement = childElements(entry, 'field')[0];
    const qualified = fieldElement?.text ?? '';
    const dot = qualified.indexOf('.');
    if (!fieldElement || dot <= 0) {
        return;
    }
    const objectName = qualified.slice(0, dot);
    const fieldName = qualified.slice(dot + 1);
    if (!checkField(ctx, doc, fieldElement, objectName, fieldName, 'grants')) {
        return;
    }
    const facts = ctx.inventory.field(withoutNamespace(ctx, objectName), withoutNamespace(ctx, fieldName));
    if (!facts) {
        return;
    }
    const editable = childText(entry, 'editable') === 'true';
    const readable = childText(entry, 'readable') === 'true';
    if (!editable && !readable) {
        return;
    }
    if (facts.type === 'MasterDetail') {
        ctx.report(
            doc,
            fieldElement,
            RULE_PERMISSION,
            `${label(doc)} sets field permissions on master-detail field ${qualified}; the platform rejects field permissions on master-detail fields (remove the entry: access follows the parent)`
        );
    } else if (facts.required) {
        ctx.report(
            doc,
            fieldElement,
            RULE_PERMISSION,
            `${label(doc)} sets field permissions on required field ${qualified}; the platform rejects field permissions on required fields (remove the entry: required fields are always readable and editable)`
        );
    } else if (facts.calculated && editable) {
        ctx.report(
            doc,
            fieldElement,
            RULE_PERMISSION,
            `${label(doc)} grants edit on ${qualified}, a ${CALCULATED_KINDS[facts.type] ?? 'formula'} field that no user can edit; set <editable>false</editable> (the grant is refused or silently dropped on deploy)`
        );
    }
}

/** `Object.RecordType`: checked when the object is custom or the project defines record types for it. */
function checkRecordType(
    ctx: RefContext,
    doc: ParsedDocument,
    element: XmlElement | undefined,
    objectVerb: string,
    verb: string
): void {
    const value = element?.text ?? '';
    const dot = value.indexOf('.');
    if (
        !element ||
        dot <= 0 ||
        IMPLICIT_RECORD_TYPES.has(value.toLowerCase()) ||
        isForeignObject(ctx, value.slice(0, dot))
    ) {
        return;
    }
    const objectName = value.slice(0, dot);
    if (!checkObject(ctx, doc, element, objectName, objectVerb)) {
        return;
    }
    const projectHasSome = ctx.inventory
        .list('RecordType')
        .some((rt) => rt.toLowerCase().startsWith(`${objectName.toLowerCase()}.`));
    if (isCustomName(objectName) || projectHasSome) {
        checkComponent(ctx, doc, element, 'RecordType', value, verb);
    }
}

/** `Object-Layout Name` of a profile's layout assignment: checked when the object is custom. */
function checkLayout(ctx: RefContext, doc: ParsedDocument, element: XmlElement | undefined): void {
    const value = element?.text ?? '';
    const objectName = value.slice(0, value.indexOf('-'));
    if (element && objectName && isCustomName(objectName) && !isForeignObject(ctx, objectName)) {
        checkComponent(ctx, doc, element, 'Layout', value, 'assigns');
    }
}

function textOf(entry: XmlElement, name: string): [XmlElement | undefined, string | undefined] {
    const element = childElements(entry, name)[0];
    return [element, element?.text];
}

/**
 * Permission sets, profiles and muting permission sets: every field, object, class, page, tab, app,
 * custom permission, custom metadata type, custom setting, flow, record type and layout they name
 * must exist; field permissions must be deployable.
 */
export function checkAccessReferences(ctx: RefContext, doc: ParsedDocument): void {
    const root = doc.root;
    for (const entry of childElements(root, 'fieldPermissions')) {
        checkFieldPermission(ctx, doc, entry);
    }
    for (const entry of childElements(root, 'objectPermissions')) {
        const [element, value] = textOf(entry, 'object');
        checkObject(ctx, doc, element, value, 'grants access to');
    }
    for (const entry of childElements(root, 'classAccesses')) {
        const [element, value] = textOf(entry, 'apexClass');
        // `pkg.Controller`: a class of an installed package.
        if (!value?.includes('.')) {
            checkComponent(ctx, doc, element, 'ApexClass', value, 'grants access to');
        }
    }
    for (const entry of childElements(root, 'pageAccesses')) {
        const [element, value] = textOf(entry, 'apexPage');
        checkComponent(ctx, doc, element, 'ApexPage', value, 'grants access to');
    }
    for (const entry of [...childElements(root, 'tabSettings'), ...childElements(root, 'tabVisibilities')]) {
        const [element, value] = textOf(entry, 'tab');
        if (value && !value.startsWith('standard-')) {
            checkComponent(ctx, doc, element, 'CustomTab', value, 'sets visibility of');
        }
    }
    for (const entry of childElements(root, 'applicationVisibilities')) {
        const [element, value] = textOf(entry, 'application');
        checkComponent(ctx, doc, element, 'CustomApplication', value, 'sets visibility of');
    }
    for (const entry of childElements(root, 'customPermissions')) {
        const [element, value] = textOf(entry, 'name');
        checkComponent(ctx, doc, element, 'CustomPermission', value, 'grants');
    }
    for (const entry of [
        ...childElements(root, 'customMetadataTypeAccesses'),
        ...childElements(root, 'customSettingAccesses')
    ]) {
        const [element, value] = textOf(entry, 'name');
        checkObject(ctx, doc, element, value, 'grants access to');
    }
    for (const entry of childElements(root, 'flowAccesses')) {
        const [element, value] = textOf(entry, 'flow');
        checkComponent(ctx, doc, element, 'Flow', value, 'grants access to');
    }
    for (const entry of childElements(root, 'recordTypeVisibilities')) {
        checkRecordType(
            ctx,
            doc,
            childElements(entry, 'recordType')[0],
            'sets record type visibility on',
            'sets visibility of'
        );
    }
    for (const entry of childElements(root, 'layoutAssignments')) {
        checkLayout(ctx, doc, childElements(entry, 'layout')[0]);
        checkRecordType(
            ctx,
            doc,
            childElements(entry, 'recordType')[0],
            'assigns a layout on',
            'assigns a layout to'
        );
    }
}

/** Permission set groups: the permission sets and muting permission sets they bundle must exist. */
export function checkPermissionSetGroupReferences(ctx: RefContext, doc: ParsedDocument): void {
    for (const element of childElements(doc.root, 'permissionSets')) {
        checkComponent(ctx, doc, element, 'PermissionSet', element.text, 'includes');
    }
    for (const element of childElements(doc.root, 'mutingPermissionSets')) {
        checkComponent(ctx, doc, element, 'MutingPermissionSet', element.text, 'includes');
    }
}
