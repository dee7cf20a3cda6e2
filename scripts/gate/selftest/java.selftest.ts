import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { GateSetupError } from '../lib/finding';
import { findJava } from '../lib/java';

describe('Java detection for the Apex checks', () => {
    const saved = { PATH: process.env.PATH, JAVA_HOME: process.env.JAVA_HOME };
    afterEach(() => {
        process.env.PATH = saved.PATH;
        if (saved.JAVA_HOME === undefined) {
            delete process.env.JAVA_HOME;
        } else {
            process.env.JAVA_HOME = saved.JAVA_HOME;
        }
    });

    it('finds Java 17 or newer on this machine', () => {
        assert.ok(findJava().length > 0);
    });

    it('fails with one line saying what to install when no Java is found', () => {
        process.env.PATH = '/nonexistent';
        process.env.JAVA_HOME = '/nonexistent/jdk';
        assert.throws(findJava, (error: unknown) => {
            assert.ok(error instanceof GateSetupError);
            assert.equal(error.message.split('\n').length, 1);
            assert.match(error.message, /Java 17 or newer is required.*install/);
            return true;
        });
    });
});
