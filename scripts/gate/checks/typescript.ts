import path from 'node:path';
import ts from 'typescript';
import type { Finding } from '../lib/finding';
import { readTsConfig, toFinding } from '../lib/typescript-program';

/**
 * Strict type-check of one TypeScript project (components, pure modules, tests, declarations or scripts).
 * @param configFile the tsconfig to check, relative to `projectDir` (default `tsconfig.json`)
 */
export async function checkTypes(projectDir: string, configFile = 'tsconfig.json'): Promise<Finding[]> {
    const { parsed, findings } = readTsConfig(path.join(projectDir, configFile));
    if (!parsed) {
        return findings;
    }
    const program = ts.createProgram({
        rootNames: parsed.fileNames,
        options: { ...parsed.options, noEmit: true }
    });
    const diagnostics = ts.getPreEmitDiagnostics(program);
    return [...findings, ...diagnostics.map((d) => toFinding(d))];
}
