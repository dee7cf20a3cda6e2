import path from 'node:path';
import ts from 'typescript';
import type { Finding } from '../gate/lib/finding';
import { readTsConfig, toFinding } from '../gate/lib/typescript-program';
import { writeLwcPaths } from './lwc-bundles';

/**
 * Emits the deployable `.js` beside every component `.ts` using `tsconfig.build.json` (types are stripped,
 * LWC decorators are kept). Regenerates the `c/<component>` path map first.
 * @returns type or emit errors; the `.js` files are written only when there are none.
 */
export function emitLwc(projectDir: string, configFile = 'tsconfig.build.json'): Finding[] {
    if (path.basename(configFile) === 'tsconfig.build.json') {
        writeLwcPaths(projectDir);
    }
    const { parsed, findings } = readTsConfig(path.join(projectDir, configFile));
    if (!parsed || findings.length > 0) {
        return findings;
    }
    const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
    const diagnostics = ts.getPreEmitDiagnostics(program);
    if (diagnostics.length > 0) {
        return diagnostics.map((d) => toFinding(d));
    }
    const result = program.emit();
    return result.diagnostics.map((d) => toFinding(d));
}
