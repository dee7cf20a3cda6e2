import { ApexLexer } from '@apexdevtools/apex-parser';
import { type ApexToken } from './apex-tokens';
import { type Finding } from './finding';

/** Rule name of the gate's own DML access-mode check. */
export const USER_MODE_DML_RULE = 'UserModeDml';

const DML_KEYWORDS = new Set([
    ApexLexer.INSERT,
    ApexLexer.UPDATE,
    ApexLexer.UPSERT,
    ApexLexer.DELETE,
    ApexLexer.UNDELETE,
    ApexLexer.MERGE
]);

/** Tokens after which a DML keyword starts a statement (`FOR UPDATE`, `Database.insert(`, triggers' `before insert` do not). */
const STATEMENT_STARTS = new Set([
    ApexLexer.SEMI,
    ApexLexer.LBRACE,
    ApexLexer.RBRACE,
    ApexLexer.RPAREN,
    ApexLexer.ELSE,
    ApexLexer.DO
]);

/** True when the source's top-level type is annotated `@IsTest` (test data is set up in system mode). */
export function isTestClass(tokens: ApexToken[]): boolean {
    const code = tokens.filter((t) => !t.comment);
    const classAt = code.findIndex((t) => t.type === ApexLexer.CLASS);
    const header = classAt < 0 ? [] : code.slice(0, classAt);
    return header.some((t, i) => t.type === ApexLexer.ATSIGN && /^isTest$/i.test(header[i + 1]?.text ?? ''));
}

/**
 * DML statements (`insert x;`, `update as system x;`) that do not run in user mode (`insert as user x;`).
 * PMD cannot see a DML statement's access mode, and ApexCRUDViolation accepts `as system`; Keystone's
 * rule is that all DML outside tests runs as the user. A `// NOPMD` comment on the same line (with its
 * reason, checked separately) suppresses the finding, as it does for PMD rules.
 */
export function checkDmlUserMode(file: string, tokens: ApexToken[]): Finding[] {
    if (isTestClass(tokens)) {
        return [];
    }
    const nopmdLines = new Set(
        tokens.filter((t) => t.comment && /\bNOPMD\b/.test(t.text)).map((t) => t.line)
    );
    const code = tokens.filter((t) => !t.comment);
    const findings: Finding[] = [];
    code.forEach((token, i) => {
        if (!DML_KEYWORDS.has(token.type) || (i > 0 && !STATEMENT_STARTS.has(code[i - 1].type))) {
            return;
        }
        const mode = code[i + 1]?.type === ApexLexer.AS ? code[i + 2]?.text.toLowerCase() : undefined;
        if (mode === 'user' || nopmdLines.has(token.line)) {
            return;
        }
        const keyword = token.text.toLowerCase();
        findings.push({
            file,
            line: token.line,
            rule: USER_MODE_DML_RULE,
            message:
                mode === undefined
                    ? `'${keyword}' runs in system mode: write '${keyword} as user ...' (or Database.${keyword}(..., AccessLevel.USER_MODE))`
                    : `'${keyword} as ${mode}' bypasses the user's permissions: write '${keyword} as user ...', or justify it with '// NOPMD reason: ...'`
        });
    });
    return findings;
}
