/**
 * Replaces the build-time constants that the LWC engine and the base components read: `process.env.NODE_ENV`
 * (development warnings on or off) and `import.meta.env.SSR` (always false in the browser).
 */
import type { Plugin } from 'rollup';

export type BuildMode = 'development' | 'production';

export function definePlugin(mode: BuildMode): Plugin {
    const replacements: [RegExp, string][] = [
        [/\bprocess\.env\.NODE_ENV\b/g, JSON.stringify(mode)],
        [/\bimport\.meta\.env\.SSR\b/g, 'false']
    ];
    return {
        name: 'workbench-define',
        transform(source) {
            if (!source.includes('process.env.NODE_ENV') && !source.includes('import.meta.env')) {
                return null;
            }
            let code = source;
            for (const [pattern, value] of replacements) {
                code = code.replace(pattern, value);
            }
            return { code, map: null };
        }
    };
}
