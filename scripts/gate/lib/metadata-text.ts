import type { XmlElement } from './metadata-xml-tree';

/**
 * Elements whose text users read as one line: a line break inside them (for instance from a formatter that
 * re-flows long text) reaches the user as a break plus indentation in an error message, a help bubble or a
 * label.
 */
const SINGLE_LINE_TEXT = new Set([
    'errorMessage',
    'inlineHelpText',
    'label',
    'pluralLabel',
    'shortDescription',
    'masterLabel',
    'relationshipLabel'
]);

/** Root types whose `<value>` elements are user-facing text (custom labels). */
const LABEL_VALUE_ROOTS = new Set(['CustomLabels']);

export interface TextProblem {
    line: number;
    message: string;
}

/**
 * Finds user-facing, single-line texts that contain a line break.
 * @param root the parsed document's root element
 */
export function multiLineUserTexts(root: XmlElement): TextProblem[] {
    const problems: TextProblem[] = [];
    const labelValues = LABEL_VALUE_ROOTS.has(root.name);
    const visit = (element: XmlElement, parent: XmlElement | undefined): void => {
        const userFacing =
            SINGLE_LINE_TEXT.has(element.name) ||
            (labelValues && element.name === 'value' && parent?.name === 'labels');
        if (userFacing && /[\r\n]/.test(element.text)) {
            problems.push({
                line: element.line,
                message: `<${element.name}> is shown to users on one line but contains a line break: write it on one line`
            });
        }
        for (const child of element.children) {
            visit(child, element);
        }
    };
    visit(root, undefined);
    return problems;
}
