/**
 * `npm start`: builds the workbench and serves it on localhost (PORT, default 3000), rebuilding and
 * reloading the page when a component changes. A change to the workbench's own Node code, the in-memory
 * Apex or the sample data restarts the server (the vendor bundle stays cached).
 *
 *   npm start                 PORT=4000 npm start
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './paths';
import { startWorkbench } from './workbench';

const CHILD_FLAG = '--serve';
/** Code the server process runs: a change here needs a new process. */
const RESTART_ON = ['scripts/workbench', 'scripts/data', 'workbench/apex', 'data', 'test/formulas'];

async function serve(): Promise<void> {
    const started = Date.now();
    const port = Number(process.env.PORT ?? 3000);
    const workbench = await startWorkbench({ port, watch: true, host: process.env.HOST ?? '127.0.0.1' });
    const build = workbench.firstBuild;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (build) {
        const vendor = build.vendorBuilt
            ? `vendor bundle built in ${(build.vendorMs / 1000).toFixed(1)} s`
            : 'vendor bundle from cache';
        console.log(
            `Keystone workbench: app built in ${(build.appMs / 1000).toFixed(1)} s, ${vendor}, ready in ${seconds} s`
        );
    } else {
        console.error(
            `Keystone workbench: the build failed (fix it and the page reloads):\n${workbench.build.lastError ?? ''}`
        );
    }
    console.log(`  ${workbench.url}/  (record page of the demo key account)`);
    console.log(`  ${workbench.url}/lightning/n/Keystone_Portfolio  (portfolio page)`);
    console.log('  Watching components; changes rebuild and reload the page. Ctrl+C to stop.');
    workbench.build.onBuild((result) => {
        if (result.ok) {
            const extra = result.output.vendorBuilt
                ? `, vendor bundle rebuilt in ${(result.output.vendorMs / 1000).toFixed(1)} s`
                : '';
            console.log(`rebuilt in ${(result.output.appMs / 1000).toFixed(1)} s${extra}`);
        } else {
            console.error(`build failed:\n${result.error}`);
        }
    });
}

/** Runs the server in a child process and restarts it when the server's own code changes. */
function supervise(): void {
    let child: ChildProcess | undefined;
    let restarting = false;
    const start = (): void => {
        child = spawn(process.execPath, [...process.execArgv, __filename, CHILD_FLAG], {
            stdio: 'inherit',
            env: process.env
        });
        child.on('exit', (code) => {
            if (!restarting) {
                process.exit(code ?? 0);
            }
        });
    };
    let timer: NodeJS.Timeout | undefined;
    const restart = (file: string): void => {
        clearTimeout(timer);
        timer = setTimeout(() => {
            console.log(`${file} changed: restarting the workbench server…`);
            restarting = true;
            child?.once('exit', () => {
                restarting = false;
                start();
            });
            child?.kill('SIGTERM');
        }, 150);
    };
    for (const relative of RESTART_ON) {
        const dir = path.join(PROJECT_ROOT, relative);
        if (fs.existsSync(dir)) {
            fs.watch(dir, { recursive: true }, (_event, file) => restart(path.join(relative, file ?? '')));
        }
    }
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.on(signal, () => {
            restarting = true;
            child?.kill(signal);
            process.exit(0);
        });
    }
    start();
}

if (process.argv.includes(CHILD_FLAG)) {
    serve().catch((error: unknown) => {
        console.error(error instanceof Error ? error.message : error);
        process.exit(1);
    });
} else {
    supervise();
}
