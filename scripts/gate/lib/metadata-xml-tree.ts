import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** One XML element with its position, attributes, child elements and text. */
export interface XmlElement {
    name: string;
    attributes: Record<string, string>;
    children: XmlElement[];
    /** Trimmed text content (text and CDATA directly inside the element). */
    text: string;
    /** 1-based line of the element's start tag. */
    line: number;
}

/** Outcome of parsing one file: the root element, or a well-formedness error with its line. */
export type XmlParseResult = { root: XmlElement } | { error: string; line?: number };

type OrderedNode = Record<string | symbol, unknown>;

const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    captureMetaData: true,
    cdataPropName: '#cdata',
    commentPropName: '#comment'
});
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;
const SPECIAL_KEYS = new Set([':@', '#text', '#cdata', '#comment', '?xml']);

function textOf(nodes: OrderedNode[]): string {
    let out = '';
    for (const node of nodes) {
        if ('#text' in node) {
            out += String(node['#text']);
        } else if ('#cdata' in node) {
            out += textOf(node['#cdata'] as OrderedNode[]);
        }
    }
    return out.trim();
}

/** Maps character offsets to 1-based lines (binary search over line starts; files can be large). */
function lineIndex(source: string): (offset: number) => number {
    const starts = [0];
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) {
        starts.push(i + 1);
    }
    return (offset: number): number => {
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (starts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low + 1;
    };
}

function toElement(node: OrderedNode, lineAt: (offset: number) => number): XmlElement | undefined {
    const name = Object.keys(node).find((k) => !SPECIAL_KEYS.has(k));
    if (name === undefined) {
        return undefined;
    }
    const content = (node[name] as OrderedNode[] | undefined) ?? [];
    const meta = node[META] as { startIndex?: number } | undefined;
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries((node[':@'] as Record<string, unknown> | undefined) ?? {})) {
        attributes[key] = String(value);
    }
    return {
        name,
        attributes,
        children: content
            .map((child) => toElement(child, lineAt))
            .filter((c): c is XmlElement => c !== undefined),
        text: textOf(content),
        line: meta?.startIndex === undefined ? 1 : lineAt(meta.startIndex)
    };
}

/** Validates and parses one metadata XML document into an element tree (a single root is required). */
export function parseXmlTree(source: string): XmlParseResult {
    const validation = XMLValidator.validate(source);
    if (validation !== true) {
        return { error: validation.err.msg, line: validation.err.line };
    }
    let nodes: OrderedNode[];
    try {
        nodes = parser.parse(source) as OrderedNode[];
    } catch (e) {
        return { error: e instanceof Error ? e.message : String(e) };
    }
    const lineAt = lineIndex(source);
    const roots = nodes.map((n) => toElement(n, lineAt)).filter((e): e is XmlElement => e !== undefined);
    if (roots.length !== 1) {
        return {
            error:
                roots.length === 0
                    ? 'the document has no root element'
                    : 'the document has more than one root element',
            line: roots[1]?.line
        };
    }
    return { root: roots[0] };
}

/** Child elements of `element` named `name`. */
export function childElements(element: XmlElement | undefined, name: string): XmlElement[] {
    return element ? element.children.filter((c) => c.name === name) : [];
}

/** Elements reached from `element` by following the path of child names (`['layoutSections', 'layoutColumns']`). */
export function descendants(element: XmlElement | undefined, names: string[]): XmlElement[] {
    let current = element ? [element] : [];
    for (const name of names) {
        current = current.flatMap((e) => childElements(e, name));
    }
    return current;
}

/** Text of the first child element `name`, when present. */
export function childText(element: XmlElement | undefined, name: string): string | undefined {
    return childElements(element, name)[0]?.text;
}
