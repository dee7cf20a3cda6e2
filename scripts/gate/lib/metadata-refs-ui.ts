import { type ParsedDocument } from './metadata-inventory';
import {
    checkComponent,
    checkField,
    checkObject,
    isForeign,
    label,
    type RefContext,
    RULE_MISSING
} from './metadata-ref-context';
import { childElements, childText, descendants, type XmlElement } from './metadata-xml-tree';

/** `c:widgetCard`, `c__widgetCard` or `widgetCard` -> `widgetCard`; undefined for other namespaces (`force:...`). */
function localComponent(name: string): string | undefined {
    const match = /^(?:c:|c__)?([A-Za-z][A-Za-z0-9_]*)$/.exec(name);
    return match ? match[1] : undefined;
}

/** Lightning page type -> the target a web component must declare to be placed on it. */
const PAGE_TARGETS: Record<string, string> = {
    RecordPage: 'lightning__RecordPage',
    AppPage: 'lightning__AppPage',
    HomePage: 'lightning__HomePage',
    UtilityBar: 'lightning__UtilityBar'
};

/**
 * Reports placing a project web component that is not exposed or lacks the `target` the placement
 * needs (`lightning__RecordPage` on a record page, `lightning__Tab` in a tab).
 */
function checkLwcPlacement(
    ctx: RefContext,
    doc: ParsedDocument,
    element: XmlElement,
    name: string,
    target: string | undefined
): void {
    const exposure = ctx.inventory.lwc.get(name.toLowerCase());
    if (!exposure) {
        return;
    }
    if (!exposure.exposed) {
        ctx.report(
            doc,
            element,
            RULE_MISSING,
            `${label(doc)} uses web component ${name}, which is not exposed: set <isExposed>true</isExposed>${target ? ` and add the target ${target}` : ''} in ${name}.js-meta.xml`
        );
    } else if (target && !exposure.targets.has(target)) {
        ctx.report(
            doc,
            element,
            RULE_MISSING,
            `${label(doc)} uses web component ${name}, whose js-meta.xml does not list the target ${target}`
        );
    }
}

/** Reports a Lightning component (web or Aura) in the default namespace that the project lacks. */
function checkLightningComponent(
    ctx: RefContext,
    doc: ParsedDocument,
    element: XmlElement | undefined,
    verb: string,
    target?: string
): void {
    const value = element?.text ?? '';
    const name = localComponent(value);
    if (!element || !name || isForeign(ctx, name)) {
        return;
    }
    if (ctx.inventory.has('LightningComponentBundle', name)) {
        checkLwcPlacement(ctx, doc, element, name, target);
        return;
    }
    if (ctx.inventory.has('AuraDefinitionBundle', name)) {
        return;
    }
    ctx.report(
        doc,
        element,
        RULE_MISSING,
        `${label(doc)} ${verb} component ${value}, which does not exist in the project`
    );
}

/** Lightning pages: object, custom components and templates, and `Record.Field` field instances. */
export function checkFlexiPageReferences(ctx: RefContext, doc: ParsedDocument): void {
    const sobjectElement = childElements(doc.root, 'sobjectType')[0];
    const sobjectType = sobjectElement?.text;
    const objectOk = checkObject(ctx, doc, sobjectElement, sobjectType, 'is a page for');
    const target = PAGE_TARGETS[childText(doc.root, 'type') ?? ''];
    for (const element of descendants(doc.root, [
        'flexiPageRegions',
        'itemInstances',
        'componentInstance',
        'componentName'
    ])) {
        checkLightningComponent(ctx, doc, element, 'uses', target);
    }
    for (const element of descendants(doc.root, ['template', 'name'])) {
        checkLightningComponent(ctx, doc, element, 'uses the template');
    }
    const fieldItems = descendants(doc.root, [
        'flexiPageRegions',
        'itemInstances',
        'fieldInstance',
        'fieldItem'
    ]);
    for (const element of fieldItems) {
        if (sobjectType && objectOk && element.text.startsWith('Record.')) {
            checkField(ctx, doc, element, sobjectType, element.text.slice('Record.'.length), 'shows');
        }
    }
}

/** Tabs: the object, web component, Aura component, Lightning page or Visualforce page they open. */
export function checkTabReferences(ctx: RefContext, doc: ParsedDocument): void {
    const root = doc.root;
    if (childText(root, 'customObject') === 'true') {
        checkObject(ctx, doc, childElements(root, 'customObject')[0], doc.name, 'opens');
    }
    const lwc = childElements(root, 'lwcComponent')[0];
    const lwcName = localComponent(lwc?.text ?? '');
    if (lwc && lwcName) {
        checkComponent(ctx, doc, lwc, 'LightningComponentBundle', lwcName, 'opens');
        checkLwcPlacement(ctx, doc, lwc, lwcName, 'lightning__Tab');
    }
    const aura = childElements(root, 'auraComponent')[0];
    const auraName = localComponent(aura?.text ?? '');
    if (aura && auraName) {
        checkComponent(ctx, doc, aura, 'AuraDefinitionBundle', auraName, 'opens');
    }
    const page = childElements(root, 'flexiPage')[0];
    checkComponent(ctx, doc, page, 'FlexiPage', page?.text, 'opens');
    const vf = childElements(root, 'page')[0];
    checkComponent(ctx, doc, vf, 'ApexPage', vf?.text, 'opens');
}

/** Apps: every tab (custom object tabs included), the landing tab and the utility bar. */
export function checkAppReferences(ctx: RefContext, doc: ParsedDocument): void {
    const tabs = [...childElements(doc.root, 'tabs'), ...childElements(doc.root, 'defaultLandingTab')];
    for (const element of tabs) {
        if (!element.text.startsWith('standard-')) {
            checkComponent(ctx, doc, element, 'CustomTab', element.text, 'shows');
        }
    }
    const utilityBar = childElements(doc.root, 'utilityBar')[0];
    checkComponent(ctx, doc, utilityBar, 'FlexiPage', utilityBar?.text, 'uses the utility bar');
    for (const override of [
        ...childElements(doc.root, 'actionOverrides'),
        ...childElements(doc.root, 'profileActionOverrides')
    ]) {
        const content = childElements(override, 'content')[0];
        if (childText(override, 'type')?.toLowerCase() === 'flexipage') {
            checkComponent(ctx, doc, content, 'FlexiPage', content?.text, 'overrides an action with');
        }
    }
}

/** Web component bundles: objects named by target configs and Apex data sources of design properties. */
export function checkLwcReferences(ctx: RefContext, doc: ParsedDocument): void {
    for (const config of descendants(doc.root, ['targetConfigs', 'targetConfig'])) {
        for (const element of descendants(config, ['objects', 'object'])) {
            checkObject(ctx, doc, element, element.text, 'targets');
        }
        for (const property of childElements(config, 'property')) {
            const source = /^apex:\/\/(.+)$/.exec(property.attributes.datasource ?? '');
            if (source) {
                checkComponent(ctx, doc, property, 'ApexClass', source[1], 'takes property values from');
            }
        }
    }
}

/** Quick actions: target object, components and page they open, fields on their layout. */
export function checkQuickActionReferences(ctx: RefContext, doc: ParsedDocument): void {
    const root = doc.root;
    const targetElement = childElements(root, 'targetObject')[0];
    // `Widget__c.Create_Part.quickAction-meta.xml` acts on Widget__c unless it targets another object.
    const dot = doc.name.indexOf('.');
    const objectName = targetElement?.text ?? (dot > 0 ? doc.name.slice(0, dot) : undefined);
    const objectOk = checkObject(ctx, doc, targetElement ?? root, objectName, 'acts on');
    const lwc = childElements(root, 'lightningWebComponent')[0];
    const lwcName = localComponent(lwc?.text ?? '');
    if (lwc && lwcName) {
        checkComponent(ctx, doc, lwc, 'LightningComponentBundle', lwcName, 'opens');
        checkLwcPlacement(
            ctx,
            doc,
            lwc,
            lwcName,
            objectName ? 'lightning__RecordAction' : 'lightning__GlobalAction'
        );
    }
    const aura = childElements(root, 'lightningComponent')[0];
    const auraName = localComponent(aura?.text ?? '');
    if (aura && auraName) {
        checkComponent(ctx, doc, aura, 'AuraDefinitionBundle', auraName, 'opens');
    }
    const page = childElements(root, 'page')[0];
    checkComponent(ctx, doc, page, 'ApexPage', page?.text, 'opens');
    if (!objectName || !objectOk) {
        return;
    }
    const fields = [
        ...descendants(root, [
            'quickActionLayout',
            'quickActionLayoutColumns',
            'quickActionLayoutItems',
            'field'
        ]),
        ...descendants(root, ['fieldOverrides', 'field'])
    ];
    for (const element of fields) {
        checkField(ctx, doc, element, objectName, element.text, 'sets');
    }
}
