import { spawn } from 'node:child_process';
import { GateSetupError } from './finding';
import { findJava, javaLibClasspath } from './java';

/** What a Java tool printed and how it ended. */
export interface JavaResult {
    status: number;
    stdout: string;
    stderr: string;
    /** Wall-clock milliseconds of the run. */
    millis: number;
}

/** JVM flags for short batch runs: quick start-up (C1 only), serial GC (the machines have 2 cores). */
const JVM_FLAGS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Dfile.encoding=UTF-8'];

/** Ten minutes: far above any expected run, only there so a hung JVM cannot hang the gate. */
const TIMEOUT_MS = 10 * 60 * 1000;

/**
 * Runs `mainClass` from the PMD engine's jars (apex-ls, PMD, the AppExchange rules) with the first
 * suitable Java runtime; never throws for a non-zero exit, only for a missing Java, a missing main
 * class (broken install) or a timeout.
 * @throws GateSetupError when Java or the jars are missing.
 */
export function runJavaTool(mainClass: string, args: string[], cwd: string): Promise<JavaResult> {
    const java = findJava();
    let classpath: string;
    try {
        classpath = javaLibClasspath();
    } catch {
        throw new GateSetupError(
            `@salesforce/code-analyzer-pmd-engine is not installed (it ships apex-ls and PMD): run 'npm ci'.`
        );
    }
    const started = Date.now();
    return new Promise((resolve, reject) => {
        const child = spawn(java, [...JVM_FLAGS, '-cp', classpath, mainClass, ...args], { cwd });
        let stdout = '';
        let stderr = '';
        const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(new GateSetupError(`Could not start Java (${java}): ${error.message}`));
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            const millis = Date.now() - started;
            if (signal === 'SIGKILL' && millis >= TIMEOUT_MS) {
                reject(new Error(`${mainClass} did not finish within ${TIMEOUT_MS / 60000} minutes`));
            } else if (/Could not find or load main class/.test(stderr)) {
                reject(
                    new GateSetupError(
                        `Java class ${mainClass} is missing from ${classpath}: run 'npm ci' to reinstall @salesforce/code-analyzer-pmd-engine.`
                    )
                );
            } else {
                resolve({ status: code ?? 1, stdout, stderr, millis });
            }
        });
    });
}
