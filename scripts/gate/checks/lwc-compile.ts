import fs from 'node:fs';
import path from 'node:path';
import { transformSync } from '@lwc/compiler';
import { findLwcBundles } from '../../build/lwc-bundles';
import type { Finding } from '../lib/finding';

/** @lwc/errors DiagnosticLevel values that mean the bundle will not deploy (Fatal, Error). */
const FATAL = 0;
const ERROR = 1;

/** Helpers that TypeScript emits when decorators are down-levelled; the platform's LWC compiler rejects them. */
const DECORATOR_HELPERS = [
    '__decorate',
    '__esDecorate',
    '__runInitializers',
    '_applyDecoratedDescriptor',
    '__metadata('
];

/**
 * Proves the built output deploys: every bundle's `.ts` has its emitted `.js`, the `.js` carries no decorator
 * helpers, and every `.js`, `.html` and `.css` of the bundle compiles with the real LWC compiler.
 */
export async function checkLwcCompile(projectDir: string): Promise<Finding[]> {
    const findings: Finding[] = [];
    for (const bundle of findLwcBundles(projectDir)) {
        const files = fs.readdirSync(bundle.dir).map((f) => path.join(bundle.dir, f));
        for (const tsFile of files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))) {
            const jsFile = tsFile.replace(/\.ts$/, '.js');
            if (!fs.existsSync(jsFile)) {
                findings.push({
                    file: tsFile,
                    rule: 'not-built',
                    message: `${path.basename(jsFile)} is missing: run npm run build`
                });
            } else if (fs.statSync(jsFile).mtimeMs + 1 < fs.statSync(tsFile).mtimeMs) {
                findings.push({
                    file: jsFile,
                    rule: 'stale-build',
                    message: `older than its .ts: run npm run build`
                });
            }
        }
        const main = path.join(bundle.dir, `${bundle.name}.js`);
        if (!fs.existsSync(main) && !files.some((f) => f.endsWith('.ts'))) {
            findings.push({
                file: bundle.dir,
                rule: 'no-entry',
                message: `bundle ${bundle.name} has no ${bundle.name}.ts or .js`
            });
        }
        for (const file of files.filter((f) => /\.(js|html|css)$/.test(f))) {
            const source = fs.readFileSync(file, 'utf8');
            if (file.endsWith('.js')) {
                const helper = DECORATOR_HELPERS.find((h) => source.includes(h));
                if (helper) {
                    findings.push({
                        file,
                        rule: 'decorator-helper',
                        message: `emitted code contains the decorator helper ${helper}; LWC needs decorators kept verbatim (tsconfig: target ESNext, experimentalDecorators false)`
                    });
                    continue;
                }
            }
            try {
                const result = transformSync(source, path.basename(file), {
                    name: bundle.name,
                    namespace: 'c',
                    enableDynamicComponents: true
                });
                for (const w of result.warnings ?? []) {
                    const level: number | undefined = w.level;
                    if (level === FATAL || level === ERROR) {
                        findings.push({
                            file,
                            line: w.location?.line,
                            rule: 'lwc-compile',
                            message: w.message
                        });
                    }
                }
            } catch (error) {
                const e = error as { message?: string; location?: { line?: number }; code?: number };
                findings.push({
                    file,
                    line: e.location?.line,
                    rule: e.code ? `LWC${e.code}` : 'lwc-compile',
                    message: (e.message ?? String(error)).split('\n')[0] ?? 'compile error'
                });
            }
        }
    }
    return findings;
}
