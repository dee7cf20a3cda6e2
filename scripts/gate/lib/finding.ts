import path from 'node:path';

/** One problem a gate found: where it is and what is wrong, in words a contributor can act on. */
export interface Finding {
    /** Path of the offending file (absolute or relative to the project root). */
    file: string;
    /** 1-based line, when the tool knows it. */
    line?: number;
    /** Short rule or category name, e.g. `unknown-field`, `ApexCRUDViolation`. */
    rule: string;
    message: string;
}

/** Formats a finding as `path:line rule: message`, relative to `root`. */
export function formatFinding(finding: Finding, root: string): string {
    const rel = path.isAbsolute(finding.file) ? path.relative(root, finding.file) : finding.file;
    const where = finding.line === undefined ? rel : `${rel}:${finding.line}`;
    return `${where} [${finding.rule}] ${finding.message}`;
}

/** Thrown when a gate cannot run at all (missing tool, missing Java); its message is one line saying what to do. */
export class GateSetupError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'GateSetupError';
    }
}
