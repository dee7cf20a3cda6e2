import { ApexLexer } from '@apexdevtools/apex-parser';
import { type ApexToken } from './apex-tokens';
import { type Finding } from './finding';

/** Rule name of the gate's own suppression check. */
export const SUPPRESSION_RULE = 'SuppressionWithoutReason';

const REASON_EXAMPLE =
    "write the reason after the marker ('// NOPMD reason: ...') or in a // comment on the line above";

/**
 * True when a comment says why something is suppressed: after dropping comment delimiters, the NOPMD
 * marker and a leading label ("reason:", "because"), at least two words and ten letters remain.
 */
export function hasReason(comment: string): boolean {
    const text = comment
        .replace(/^\/\*+|\*+\/$|^\/\/+/g, '')
        .replace(/\bNOPMD\b/g, '')
        .replace(/^[\s\-:*,.]*(reason|because|justification|why)?[\s\-:,.]*/i, '');
    const words = text.match(/[A-Za-z]{2,}/g) ?? [];
    return words.length >= 2 && words.join('').length >= 10;
}

/** Comment tokens by the line they start on (a line's comments, in order). */
function commentsByLine(tokens: ApexToken[]): Map<number, ApexToken[]> {
    const byLine = new Map<number, ApexToken[]>();
    for (const token of tokens.filter((t) => t.comment)) {
        byLine.set(token.line, [...(byLine.get(token.line) ?? []), token]);
    }
    return byLine;
}

/** Lines that hold at least one code (non-comment) token. */
function codeLines(tokens: ApexToken[]): Set<number> {
    return new Set(tokens.filter((t) => !t.comment).map((t) => t.line));
}

/** Text of a plain comment (`//` or `/* *\/`, not ApexDoc) that is alone on `line`, if any. */
function standaloneComment(line: number, comments: Map<number, ApexToken[]>, code: Set<number>): string {
    if (code.has(line)) {
        return '';
    }
    return (comments.get(line) ?? [])
        .filter((t) => t.type !== ApexLexer.DOC_COMMENT)
        .map((t) => t.text)
        .join(' ');
}

/** The PMD rule names of one `@SuppressWarnings('...')` value (`PMD` alone = every rule). */
function pmdNames(literal: string): string[] {
    return literal
        .replace(/^'|'$/g, '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => /^PMD(\.|$)/i.test(s));
}

/**
 * Checks every PMD suppression of one Apex source:
 * - `// NOPMD` needs a reason in the same comment or in a // comment alone on the line above;
 * - `@SuppressWarnings('PMD.Rule')` needs a reason in a comment on the same line or alone on the line
 *   above, must name a rule (not the blanket `'PMD'`) and the rule must be one the ruleset runs.
 * @param knownRules Apex rule names of the project ruleset; when empty, names are not checked.
 */
export function checkSuppressions(file: string, tokens: ApexToken[], knownRules: Set<string>): Finding[] {
    const findings: Finding[] = [];
    const comments = commentsByLine(tokens);
    const code = codeLines(tokens);
    const reasonAbove = (line: number): boolean => hasReason(standaloneComment(line - 1, comments, code));

    for (const token of tokens) {
        if (token.comment && /\bNOPMD\b/.test(token.text)) {
            if (!hasReason(token.text) && !reasonAbove(token.line)) {
                findings.push({
                    file,
                    line: token.line,
                    rule: SUPPRESSION_RULE,
                    message: `NOPMD without a reason: ${REASON_EXAMPLE}`
                });
            }
        }
    }

    for (let i = 0; i + 3 < tokens.length; i++) {
        const [at, name, open, value] = tokens.slice(i, i + 4);
        if (
            at.type !== ApexLexer.ATSIGN ||
            !/^SuppressWarnings$/i.test(name.text) ||
            open.type !== ApexLexer.LPAREN ||
            value.type !== ApexLexer.StringLiteral
        ) {
            continue;
        }
        const names = pmdNames(value.text);
        if (names.length === 0) {
            continue;
        }
        const sameLine = (comments.get(at.line) ?? []).map((t) => t.text).join(' ');
        if (!hasReason(sameLine) && !reasonAbove(at.line)) {
            findings.push({
                file,
                line: at.line,
                rule: SUPPRESSION_RULE,
                message: `@SuppressWarnings(${value.text}) without a reason: put a // comment saying why on the line above the annotation`
            });
        }
        for (const suppressed of names) {
            const rule = suppressed.slice(4);
            if (rule === '') {
                findings.push({
                    file,
                    line: at.line,
                    rule: SUPPRESSION_RULE,
                    message: `@SuppressWarnings('PMD') silences every rule, security rules included: name the rule ('PMD.RuleName')`
                });
            } else if (knownRules.size > 0 && !knownRules.has(rule)) {
                findings.push({
                    file,
                    line: at.line,
                    rule: SUPPRESSION_RULE,
                    message: `@SuppressWarnings names '${suppressed}', which is not a rule of the PMD ruleset (names are case-sensitive)`
                });
            }
        }
    }
    return findings;
}
