import type { MetadataModel, ModelProperty } from './metadata-model';
import type { XmlElement } from './metadata-xml-tree';
import { suggest } from './schema-paths';

/** The namespace every Metadata API document's root element must declare. */
export const METADATA_NAMESPACE = 'http://soap.sforce.com/2006/04/metadata';
/** The Tooling API namespace: older generated `.cls-meta.xml` / Aura files use it and deploy fine. */
export const TOOLING_NAMESPACE = 'urn:metadata.tooling.soap.sforce.com';

/** A structural problem in one document; the caller adds the file. */
export interface StructureProblem {
    line: number;
    rule: string;
    message: string;
}

/**
 * Elements the WSDL types as a plain string but that hold markup in source format: they are not
 * descended into (`<targetConfigs><targetConfig targets="..."><property .../>` of an LWC bundle).
 */
const FREE_FORM: Record<string, Set<string>> = {
    LightningComponentBundle: new Set(['targetConfigs'])
};

/**
 * Non-optional elements that deployable source legitimately omits (the WSDL marks them required
 * but the API fills a default, or source format keeps the value elsewhere, e.g. in the file name).
 * Keyed by type, `*` for every type.
 */
const OMITTABLE: Record<string, Set<string>> = {
    '*': new Set(['fullName', 'content']),
    ConnectedAppOauthPolicy: new Set(['ipRelaxation', 'refreshTokenPolicy'])
};

/**
 * Elements and enum values that deployable source uses but the WSDL behind `@salesforce/types` omits
 * (seen in Salesforce's own sample apps). Extend when a real, deployable file is flagged.
 */
const MISSING_FROM_WSDL: Record<string, Record<string, ModelProperty>> = {
    CustomField: { displayLocationInDecimal: { type: 'boolean', isArray: false, optional: true } },
    CustomSite: { allowGuestPaymentsApi: { type: 'boolean', isArray: false, optional: true } },
    FlowActionCall: { versionSegment: { type: 'number', isArray: false, optional: true } }
};
const ENUM_VALUES_MISSING_FROM_WSDL: Record<string, string[]> = {
    SiteType: ['ChatterNetwork', 'ChatterNetworkPicasso']
};

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[-+]\d{2}:?\d{2})?)?$/;
/** `xsd:time` elements (a flow's schedule `startTime`) are typed `Date` in the typings as well. */
const TIME = /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[-+]\d{2}:?\d{2})?$/;
const XSD_PRIMITIVES: Record<string, string> = {
    string: 'string',
    boolean: 'boolean',
    int: 'number',
    long: 'number',
    double: 'number',
    decimal: 'number',
    date: 'Date',
    dateTime: 'Date',
    time: 'string',
    base64Binary: 'string',
    anyType: 'any'
};

function isOmittable(typeName: string, property: string): boolean {
    return OMITTABLE['*'].has(property) || (OMITTABLE[typeName]?.has(property) ?? false);
}

function localName(name: string): string {
    const colon = name.indexOf(':');
    return colon === -1 ? name : name.slice(colon + 1);
}

function quote(value: string): string {
    return value.length > 60 ? `'${value.slice(0, 57)}...'` : `'${value}'`;
}

/** Checks documents against the model: unknown, repeated and missing elements, enum/boolean/number values. */
export class StructureValidator {
    private problems: StructureProblem[] = [];

    constructor(private readonly model: MetadataModel) {}

    /** True when the model describes `typeName` (otherwise only the root element can be checked). */
    knows(typeName: string): boolean {
        return this.model.types[typeName] !== undefined;
    }

    /** Validates `root` as a document of type `typeName` (root name and namespace checked by the caller). */
    validate(root: XmlElement, typeName: string): StructureProblem[] {
        this.problems = [];
        this.checkComplex(root, typeName, root.name);
        return this.problems;
    }

    private report(element: XmlElement, rule: string, message: string): void {
        this.problems.push({ line: element.line, rule, message });
    }

    private checkComplex(element: XmlElement, typeName: string, where: string): void {
        const type = this.model.types[typeName];
        if (!type) {
            return;
        }
        if (
            element.children.length === 0 &&
            element.text !== '' &&
            element.attributes['xsi:nil'] !== 'true'
        ) {
            this.report(
                element,
                'metadata-xml-value',
                `<${where}> holds the text ${quote(element.text)} but its type ${typeName} expects child elements`
            );
            return;
        }
        const counts = new Map<string, number>();
        for (const child of element.children) {
            const property = type.properties[child.name] ?? MISSING_FROM_WSDL[typeName]?.[child.name];
            const path = `${where}.${child.name}`;
            if (!property) {
                const hint = suggest(child.name, Object.keys(type.properties));
                this.report(
                    child,
                    'metadata-xml-unknown-element',
                    `unknown element <${child.name}> in <${where}> (type ${typeName} has no such element${hint ? `; did you mean <${hint}>?` : ''})`
                );
                continue;
            }
            const count = (counts.get(child.name) ?? 0) + 1;
            counts.set(child.name, count);
            if (count === 2 && !property.isArray) {
                this.report(
                    child,
                    'metadata-xml-repeated',
                    `<${path}> appears more than once but allows one value`
                );
            }
            if (FREE_FORM[typeName]?.has(child.name)) {
                continue;
            }
            this.checkValue(child, property, path);
        }
        if (element.children.length === 0 && element.attributes['xsi:nil'] === 'true') {
            return;
        }
        for (const [name, property] of Object.entries(type.properties)) {
            if (!counts.has(name) && this.isRequired(typeName, name, property)) {
                this.report(
                    element,
                    'metadata-xml-missing',
                    `<${where}> is missing the required element <${name}>`
                );
            }
        }
    }

    /**
     * Whether a missing element is worth a finding: non-optional single values of text, enum or
     * complex type. Booleans and numbers are left out: the API defaults them, and deployable source
     * (e.g. `GenAiPlugin` instructions without `sortOrder`) omits them although the WSDL requires them.
     */
    private isRequired(typeName: string, name: string, property: ModelProperty): boolean {
        return (
            !property.optional &&
            !property.isArray &&
            property.type !== 'boolean' &&
            property.type !== 'number' &&
            property.type !== 'any' &&
            !isOmittable(typeName, name)
        );
    }

    private checkValue(element: XmlElement, property: ModelProperty, path: string): void {
        let type = property.type;
        const xsiType = element.attributes['xsi:type'];
        if (xsiType !== undefined) {
            const local = localName(xsiType);
            type = XSD_PRIMITIVES[local] ?? (this.model.types[local] ? local : 'any');
        }
        if (element.attributes['xsi:nil'] === 'true') {
            return;
        }
        if (this.model.types[type]) {
            this.checkComplex(element, type, path);
            return;
        }
        if (type === 'any') {
            return;
        }
        if (element.children.length > 0) {
            this.report(
                element,
                'metadata-xml-value',
                `<${path}> must hold a ${type} value, not child elements (<${element.children[0].name}>)`
            );
            return;
        }
        const value = element.text;
        if (value === '') {
            // An empty simple element is an unset value: retrieved metadata is full of `<gender></gender>`.
            return;
        }
        const known = this.model.enums[type];
        if (known) {
            const allowed = [...known, ...(ENUM_VALUES_MISSING_FROM_WSDL[type] ?? [])];
            if (!allowed.includes(value)) {
                const hint =
                    allowed.find((a) => a.toLowerCase() === value.toLowerCase()) ?? suggest(value, allowed);
                const list =
                    allowed.length <= 12
                        ? `: ${allowed.join(', ')}`
                        : `: ${allowed.slice(0, 12).join(', ')}, ... (${allowed.length} values)`;
                this.report(
                    element,
                    'metadata-xml-enum',
                    `<${path}> has ${quote(value)}, which is not a ${type} value${hint ? ` (did you mean '${hint}'?)` : list}`
                );
            }
        } else if (type === 'boolean') {
            if (value !== 'true' && value !== 'false') {
                this.report(
                    element,
                    'metadata-xml-value',
                    `<${path}> must be true or false, not ${quote(value)}`
                );
            }
        } else if (type === 'number') {
            if (!NUMBER.test(value)) {
                this.report(element, 'metadata-xml-value', `<${path}> must be a number, not ${quote(value)}`);
            }
        } else if (type === 'Date') {
            if (!DATE.test(value) && !TIME.test(value)) {
                this.report(
                    element,
                    'metadata-xml-value',
                    `<${path}> must be a date (YYYY-MM-DD), a date-time or a time, not ${quote(value)}`
                );
            }
        }
    }
}
