import { ApexErrorListener, ApexLexer, ApexParserFactory } from '@apexdevtools/apex-parser';

/** One token of an Apex source (comments included, whitespace left out). */
export interface ApexToken {
    /** Token type, compare with the `ApexLexer` constants (e.g. `ApexLexer.LINE_COMMENT`). */
    type: number;
    text: string;
    /** 1-based line of the token's first character. */
    line: number;
    /** 0-based column of the token's first character. */
    column: number;
    /** True for `//`, `/* *\/` and `/** *\/` comments. */
    comment: boolean;
}

/** A character sequence the Apex lexer could not turn into a token (stray `#`, bad escape...). */
export interface ApexLexError {
    line: number;
    column: number;
    message: string;
}

class LexErrorCollector extends ApexErrorListener {
    readonly errors: ApexLexError[] = [];

    apexSyntaxError(line: number, column: number, message: string): void {
        this.errors.push({ line, column, message });
    }
}

const COMMENT_TYPES = new Set([ApexLexer.LINE_COMMENT, ApexLexer.COMMENT, ApexLexer.DOC_COMMENT]);

/** Splits an Apex source into tokens (no parse): comments are kept, whitespace is dropped. */
export function lexApex(source: string): { tokens: ApexToken[]; errors: ApexLexError[] } {
    const lexer = ApexParserFactory.createLexer(source);
    const collector = new LexErrorCollector();
    lexer.removeErrorListeners();
    lexer.addErrorListener(collector);
    const tokens: ApexToken[] = [];
    for (const token of lexer.getAllTokens()) {
        if (token.type === ApexLexer.WS) {
            continue;
        }
        tokens.push({
            type: token.type,
            text: token.text,
            line: token.line,
            column: token.column,
            comment: COMMENT_TYPES.has(token.type)
        });
    }
    return { tokens, errors: collector.errors };
}
