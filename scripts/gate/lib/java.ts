import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { GateSetupError } from './finding';

const MINIMUM_JAVA = 17;

/** Jar folder of the PMD engine package, which ships apex-ls, PMD and the AppExchange rules. */
export function javaLibDir(): string {
    const pkg = require.resolve('@salesforce/code-analyzer-pmd-engine/package.json');
    return path.join(path.dirname(pkg), 'dist', 'java-lib');
}

/** Classpath with every jar of the PMD engine package. */
export function javaLibClasspath(): string {
    return path.join(javaLibDir(), '*');
}

/**
 * Finds a Java runtime (JAVA_HOME first, then PATH) of at least version 17.
 * @throws GateSetupError with one line saying what to install when none is found.
 */
export function findJava(): string {
    const candidates: string[] = [];
    if (process.env.JAVA_HOME) {
        candidates.push(path.join(process.env.JAVA_HOME, 'bin', 'java'));
    }
    candidates.push('java');
    for (const candidate of candidates) {
        if (candidate !== 'java' && !fs.existsSync(candidate)) {
            continue;
        }
        const probe = spawnSync(candidate, ['-version'], { encoding: 'utf8' });
        if (probe.error || probe.status !== 0) {
            continue;
        }
        const match = /version "(\d+)(?:\.(\d+))?/.exec(probe.stderr + probe.stdout);
        const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : 0;
        if (major >= MINIMUM_JAVA) {
            return candidate;
        }
        throw new GateSetupError(
            `Java ${MINIMUM_JAVA} or newer is required for the Apex checks, found Java ${major}: install a JDK ${MINIMUM_JAVA}+ (e.g. 'apt-get install openjdk-17-jre-headless') or set JAVA_HOME.`
        );
    }
    throw new GateSetupError(
        `Java ${MINIMUM_JAVA} or newer is required for the Apex checks and none was found: install a JDK ${MINIMUM_JAVA}+ (e.g. 'apt-get install openjdk-17-jre-headless') or set JAVA_HOME.`
    );
}
