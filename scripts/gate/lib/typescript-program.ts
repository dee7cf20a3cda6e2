import path from 'node:path';
import ts from 'typescript';
import type { Finding } from './finding';

/** Parses a tsconfig file into compiler options and root files; config errors become findings. */
export function readTsConfig(configFile: string): { parsed?: ts.ParsedCommandLine; findings: Finding[] } {
    const findings: Finding[] = [];
    const parsed = ts.getParsedCommandLineOfConfigFile(configFile, undefined, {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
            findings.push(toFinding(diagnostic, 'tsconfig'));
        }
    });
    if (parsed) {
        findings.push(...parsed.errors.map((d) => toFinding(d, 'tsconfig')));
    }
    return { parsed, findings };
}

/** Converts a TypeScript diagnostic into a finding (file, 1-based line, TS code, flattened message). */
export function toFinding(diagnostic: ts.Diagnostic, rule = `TS${diagnostic.code}`): Finding {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (diagnostic.file && diagnostic.start !== undefined) {
        const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
        return { file: path.resolve(diagnostic.file.fileName), line: line + 1, rule, message };
    }
    return { file: 'tsconfig', rule, message };
}
