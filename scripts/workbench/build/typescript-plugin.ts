/**
 * Strips TypeScript types from component and module sources before the LWC compiler sees them, with
 * `ts.transpileModule` and the project's compiler settings: decorators stay verbatim for the LWC compiler
 * (esbuild and @rollup/plugin-typescript rewrite them, which the LWC compiler rejects).
 */
import type { Plugin } from 'rollup';
import ts from 'typescript';

const COMPILER_OPTIONS: ts.CompilerOptions = {
    target: ts.ScriptTarget.ESNext,
    module: ts.ModuleKind.ESNext,
    useDefineForClassFields: true,
    experimentalDecorators: false,
    isolatedModules: true,
    verbatimModuleSyntax: false,
    sourceMap: false,
    removeComments: false
};

/** The file path of a module id (rollup ids may carry a `?query`). */
export function fileOf(id: string): string {
    return id.split('?', 1)[0] ?? id;
}

export function isTypeScript(id: string): boolean {
    const file = fileOf(id);
    return file.endsWith('.ts') && !file.endsWith('.d.ts') && !id.startsWith('\0');
}

/** Types stripped from a TypeScript source, as the project's tsc build emits it. */
export function stripTypes(source: string, fileName: string): string {
    const result = ts.transpileModule(source, {
        compilerOptions: COMPILER_OPTIONS,
        fileName,
        reportDiagnostics: true
    });
    const errors = (result.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
    if (errors.length > 0) {
        const messages = errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
        throw new Error(`${fileName}: ${messages.join('; ')}`);
    }
    return result.outputText;
}

export function typescriptPlugin(): Plugin {
    return {
        name: 'workbench-typescript',
        transform(source, id) {
            return isTypeScript(id) ? { code: stripTypes(source, fileOf(id)), map: null } : null;
        }
    };
}
