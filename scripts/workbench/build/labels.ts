/**
 * Custom label values for `@salesforce/label/c.<Name>` imports, read from the labels file that deploys.
 */
import fs from 'node:fs';
import { XMLParser } from 'fast-xml-parser';

interface LabelNode {
    fullName?: unknown;
    value?: unknown;
}

const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    trimValues: true,
    isArray: (name) => name === 'labels'
});

/** Every custom label by API name; an empty map when the project has no labels file. */
export function readCustomLabels(labelsFile: string): Map<string, string> {
    if (!fs.existsSync(labelsFile)) {
        return new Map();
    }
    const doc = parser.parse(fs.readFileSync(labelsFile, 'utf8')) as {
        CustomLabels?: { labels?: LabelNode[] };
    };
    const labels = new Map<string, string>();
    for (const label of doc.CustomLabels?.labels ?? []) {
        if (typeof label.fullName === 'string') {
            labels.set(label.fullName, typeof label.value === 'string' ? label.value : '');
        }
    }
    return labels;
}
