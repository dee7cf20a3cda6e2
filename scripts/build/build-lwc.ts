/**
 * npm run build: emits the deployable .js beside every component .ts, then proves it with the LWC compiler.
 */
import { checkLwcCompile } from '../gate/checks/lwc-compile';
import { formatFinding } from '../gate/lib/finding';
import { emitLwc } from './emit-lwc';

async function main(): Promise<void> {
    const root = process.cwd();
    const findings = emitLwc(root);
    if (findings.length === 0) {
        findings.push(...(await checkLwcCompile(root)));
    }
    for (const finding of findings) {
        console.error(formatFinding(finding, root));
    }
    if (findings.length > 0) {
        console.error(`build failed: ${findings.length} problem(s)`);
        process.exit(1);
    }
    console.log('build: components emitted and compiled with the LWC compiler');
}

void main();
