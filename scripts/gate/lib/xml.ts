import fs from 'node:fs';
import { XMLParser } from 'fast-xml-parser';

/** A parsed XML element: child elements by name (always arrays) and text under `#text`. */
export type XmlNode = { [name: string]: XmlNode[] | string | undefined };

const parser = new XMLParser({
    ignoreAttributes: true,
    isArray: () => true,
    parseTagValue: false,
    trimValues: true
});

/** Parses an XML document; every child element is an array, leaf text stays a string. */
export function parseXml(text: string): XmlNode {
    return parser.parse(text) as XmlNode;
}

/** Reads and parses an XML file. */
export function readXml(file: string): XmlNode {
    return parseXml(fs.readFileSync(file, 'utf8'));
}

/** The element children named `name` of `node` (empty when absent). */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
    const value = node?.[name];
    return Array.isArray(value) ? value : [];
}

/** Text of the first child element `name` (leaf elements parse to strings or `{ '#text': ... }`). */
export function text(node: XmlNode | undefined, name: string): string | undefined {
    const first = children(node, name)[0] as XmlNode | string | undefined;
    if (first === undefined) {
        return undefined;
    }
    if (typeof first === 'string') {
        return first;
    }
    const inner = first['#text'];
    return typeof inner === 'string' ? inner : '';
}
