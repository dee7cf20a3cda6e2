import {
    ApexErrorListener,
    ApexParserFactory,
    type ApexParserRuleContext,
    type ApexParseTree,
    type QueryContext,
    SoqlLiteralContext
} from '@apexdevtools/apex-parser';

/** A syntax error the Apex parser reported. */
export interface ApexSyntaxProblem {
    line: number;
    column: number;
    message: string;
}

/** The inline SOQL of one Apex source: every `[SELECT ...]` query plus any syntax errors. */
export interface ApexSoql {
    queries: QueryContext[];
    syntaxErrors: ApexSyntaxProblem[];
}

class CollectingErrorListener extends ApexErrorListener {
    readonly problems: ApexSyntaxProblem[] = [];

    apexSyntaxError(line: number, column: number, message: string): void {
        this.problems.push({ line, column, message });
    }
}

/** ANTLR prediction modes (`PredictionMode.SLL` / `PredictionMode.LL` of the antlr4 runtime). */
const PREDICTION_SLL = 0;
const PREDICTION_LL = 1;

function parse(
    source: string,
    isTrigger: boolean,
    predictionMode: number,
    listener: CollectingErrorListener
): ApexParserRuleContext {
    const { parser } = ApexParserFactory.createLexerAndParser(source, listener);
    parser._interp.predictionMode = predictionMode;
    return isTrigger ? parser.triggerUnit() : parser.compilationUnit();
}

/** Depth-first list of the rule contexts of type `type` below `root` (not below a match). */
export function findContexts<T extends ApexParserRuleContext>(
    root: ApexParseTree,
    type: abstract new (...args: never[]) => T,
    stopAt: (abstract new (...args: never[]) => ApexParserRuleContext)[] = []
): T[] {
    const out: T[] = [];
    const walk = (node: ApexParseTree): void => {
        if (node instanceof type) {
            out.push(node);
            return;
        }
        if (stopAt.some((stop) => node instanceof stop)) {
            return;
        }
        const children = (node as ApexParserRuleContext).children;
        if (children) {
            for (const child of children) {
                walk(child);
            }
        }
    };
    const rootChildren = (root as ApexParserRuleContext).children;
    for (const child of rootChildren ?? []) {
        walk(child);
    }
    return out;
}

/**
 * Parses an Apex class (`.cls`) or trigger (`.trigger`) with `@apexdevtools/apex-parser` and returns
 * the query of every inline SOQL literal (`[SELECT ...]`), outermost first, in source order.
 * Semi-join and child sub-queries stay inside their query's tree.
 */
export function extractSoql(source: string, isTrigger: boolean): ApexSoql {
    if (!/select/i.test(source)) {
        // No SELECT keyword anywhere: no inline query to find, skip the (slow) parse.
        return { queries: [], syntaxErrors: [] };
    }
    // Two-stage parse: the fast SLL prediction mode is exact whenever it reports no error; only then
    // fall back to full LL, which also gives the accurate syntax error.
    let listener = new CollectingErrorListener();
    let tree = parse(source, isTrigger, PREDICTION_SLL, listener);
    if (listener.problems.length > 0) {
        listener = new CollectingErrorListener();
        tree = parse(source, isTrigger, PREDICTION_LL, listener);
    }
    const literals = findContexts(tree, SoqlLiteralContext);
    const queries: QueryContext[] = [];
    // A bound expression may itself hold a SOQL literal (`:[SELECT ...]`): collect those too.
    const pending = [...literals];
    while (pending.length > 0) {
        const literal = pending.shift() as SoqlLiteralContext;
        const query = literal.query();
        if (query) {
            queries.push(query);
            pending.push(...findContexts(query, SoqlLiteralContext));
        }
    }
    return { queries, syntaxErrors: listener.problems };
}
