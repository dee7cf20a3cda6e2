/**
 * Mounts the page shell, and, while `npm start` watches the sources, reloads the page after every successful
 * rebuild (or shows why the build failed).
 */
import { createElement } from 'lwc';
import { workbenchContext } from '../platform/context';
import App from './lwc/wb/app/app';

const FAULT_PARAMETERS = ['wb-latency', 'wb-fault'];

/** The server applied `wb-*` fault parameters when it served the page: drop them from the address. */
function dropFaultParameters(): void {
    const url = new URL(window.location.href);
    if (FAULT_PARAMETERS.some((name) => url.searchParams.has(name))) {
        for (const name of FAULT_PARAMETERS) {
            url.searchParams.delete(name);
        }
        window.history.replaceState(null, '', `${url.pathname}${url.search}${url.hash}`);
    }
}

function showBuildError(message: string): void {
    let banner = document.getElementById('wb-build-error');
    if (!banner) {
        banner = document.createElement('pre');
        banner.id = 'wb-build-error';
        banner.setAttribute('role', 'alert');
        banner.style.cssText =
            'position:fixed;left:1rem;right:1rem;bottom:1rem;z-index:10000;max-height:40vh;overflow:auto;' +
            'margin:0;padding:1rem;background:#3e3e3c;color:#fff;border-radius:.25rem;white-space:pre-wrap;font-size:12px';
        document.body.appendChild(banner);
    }
    banner.textContent = `The workbench build failed:\n\n${message}`;
}

function liveReload(version: number): void {
    const events = new EventSource('/workbench/events');
    events.onmessage = (message: MessageEvent<string>) => {
        const event = JSON.parse(message.data) as { ok: boolean; version?: number; error?: string };
        if (event.ok && (event.version ?? 0) > version) {
            window.location.reload();
        } else if (!event.ok) {
            showBuildError(event.error ?? 'unknown error');
        }
    };
}

export function bootShell(): void {
    dropFaultParameters();
    const context = workbenchContext();
    if (context.liveReload) {
        liveReload(context.buildVersion ?? 0);
    }
    document.getElementById('wb-root')?.appendChild(createElement('wb-app', { is: App }));
}
