/**
 * The benchmark page: mounts one component many times and measures, in the browser, the time from
 * `createElement` to the moment its ready marker is in the DOM and laid out. Driven by bench/run.ts through
 * `window.keystoneBench`.
 */
import { createElement, type LightningElement } from 'lwc';
import { BENCH_COMPONENTS } from './registry';

export interface BenchRequest {
    component: string;
    props: Record<string, unknown>;
    /** CSS selector that appears when the component has rendered its data (searched through shadow roots). */
    ready: string;
    runs: number;
}

export interface BenchResult {
    ok: boolean;
    message?: string;
    /** Milliseconds per run, in run order (run 1 fetches its data; later runs get it from the wire cache). */
    times: number[];
    /**
     * Milliseconds per run from the moment the run's last Apex answer arrived to the ready marker: the
     * component's own work (layout and rendering), without the in-memory Apex. Equal to `times` when the run
     * made no Apex call (wired data from the cache).
     */
    afterData: number[];
}

/** When the latest Apex answer was read (the component gets it right after). */
let apexAnsweredAt = 0;

/** Notes when each Apex answer arrives, so that a run can tell its own rendering from waiting for Apex. */
function watchApexAnswers(): void {
    const fetchOriginal = window.fetch.bind(window);
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
        const response = await fetchOriginal(input, init);
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        if (url.includes('/apex/')) {
            const read = response.json.bind(response);
            response.json = async (): Promise<unknown> => {
                const value: unknown = await read();
                apexAnsweredAt = performance.now();
                return value;
            };
        }
        return response;
    };
}
watchApexAnswers();

function deepQuery(root: Element | ShadowRoot | Document, selector: string): Element | null {
    const direct = root.querySelector(selector);
    if (direct) {
        return direct;
    }
    for (const element of root.querySelectorAll('*')) {
        const inner = element.shadowRoot ? deepQuery(element.shadowRoot, selector) : null;
        if (inner) {
            return inner;
        }
    }
    return null;
}

function nextFrame(): Promise<void> {
    return new Promise((resolve) => {
        requestAnimationFrame(() => {
            setTimeout(resolve, 0);
        });
    });
}

const channel = new MessageChannel();
const yielded: (() => void)[] = [];
channel.port1.onmessage = () => {
    yielded.shift()?.();
};

/** Yields to the event loop without the 4 ms clamp of nested timers. */
function yieldOnce(): Promise<void> {
    return new Promise((resolve) => {
        yielded.push(resolve);
        channel.port2.postMessage(null);
    });
}

/**
 * Waits until `selector` is in the DOM under `host`. Polls: synthetic shadow hides mutations inside shadow
 * trees from MutationObservers outside them.
 */
async function whenReady(host: Element, selector: string, timeoutMs: number): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (!deepQuery(host, selector)) {
        if (performance.now() > deadline) {
            throw new Error(`${selector} did not appear within ${timeoutMs} ms`);
        }
        await yieldOnce();
    }
}

async function run(request: BenchRequest): Promise<BenchResult> {
    const constructor: typeof LightningElement | undefined = BENCH_COMPONENTS[request.component];
    if (!constructor) {
        return {
            ok: false,
            message: `${request.component} is not in bench/pages/registry.ts`,
            times: [],
            afterData: []
        };
    }
    const host = document.getElementById('wb-root') as HTMLElement;
    const times: number[] = [];
    const afterData: number[] = [];
    try {
        for (let i = 0; i < request.runs; i++) {
            host.replaceChildren();
            await nextFrame();
            const started = performance.now();
            apexAnsweredAt = 0;
            const element = createElement(
                request.component.replace('/', '-').replace(/([A-Z])/g, (c) => `-${c.toLowerCase()}`),
                {
                    is: constructor
                }
            );
            Object.assign(element, request.props);
            host.appendChild(element);
            await whenReady(host, request.ready, 60_000);
            element.getBoundingClientRect();
            const ready = performance.now();
            times.push(ready - started);
            afterData.push(ready - Math.max(started, apexAnsweredAt));
        }
        return { ok: true, times, afterData };
    } catch (error) {
        return {
            ok: false,
            message: error instanceof Error ? error.message : String(error),
            times,
            afterData
        };
    }
}

(window as unknown as { keystoneBench: { run: typeof run } }).keystoneBench = { run };
