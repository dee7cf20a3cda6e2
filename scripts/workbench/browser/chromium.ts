/**
 * Chromium for the browser tests, screenshots and benchmarks: the binary shipped in the
 * `@sparticuz/chromium` npm package (so `npm install` is enough), driven by playwright-core, headless, with a
 * fresh profile and no background traffic.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_ARGS = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--no-default-browser-check'
];

interface SparticuzChromium {
    executablePath(): Promise<string>;
}

/** The Chromium executable: `CHROMIUM_PATH` if set, else the one inside `@sparticuz/chromium`. */
export async function chromiumExecutable(): Promise<string> {
    if (process.env.CHROMIUM_PATH) {
        return process.env.CHROMIUM_PATH;
    }
    const loaded = (await import('@sparticuz/chromium')) as {
        default?: SparticuzChromium;
    } & Partial<SparticuzChromium>;
    const sparticuz = (loaded.default ?? loaded) as SparticuzChromium;
    return sparticuz.executablePath();
}

/** A headless Chromium with a fresh profile (playwright's default context is a new, empty profile). */
export async function launchChromium(): Promise<Browser> {
    return chromium.launch({
        executablePath: await chromiumExecutable(),
        headless: true,
        args: CHROMIUM_ARGS
    });
}
