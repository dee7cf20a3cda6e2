import { spawn } from 'node:child_process';

export interface CommandResult {
    status: number;
    output: string;
}

/** Runs a command (no shell), collecting stdout and stderr together; never throws for a non-zero exit. */
export function runCommand(
    command: string,
    args: string[],
    options: { cwd: string; env?: NodeJS.ProcessEnv }
): Promise<CommandResult> {
    return new Promise((resolve) => {
        const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env } });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.on('error', (error) => resolve({ status: 127, output: `${output}${error.message}` }));
        child.on('close', (code) => resolve({ status: code ?? 1, output }));
    });
}

/** Path of a package's bin script, resolved from the project's node_modules. */
export function binOf(projectDir: string, relative: string): string {
    return require.resolve(relative, { paths: [projectDir] });
}
