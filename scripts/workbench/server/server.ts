/**
 * The workbench's HTTP server (Node's http module): pages, the app and vendor builds, SLDS assets, the
 * in-memory Apex and UI API endpoints, and the workbench's own endpoints (context, faults, reset, running
 * user, call log, live reload).
 */
import http from 'node:http';
import path from 'node:path';
import type { WorkbenchBuild } from '../build/workbench-build';
import type { WorkbenchPaths } from '../paths';
import type { RecordStore } from '../store/record-store';
import type { ApexEndpoint } from './apex-endpoint';
import type { FaultRequest, Faults } from './faults';
import { readJsonBody, sendFile, sendJson, sendText } from './http';
import { renderBuildProblem, renderPage } from './page';
import { serverError, uiApiServerError } from './platform-errors';
import { getRecord, type GetRecordRequest } from './ui-api';

export interface ServerDependencies {
    paths: WorkbenchPaths;
    store: RecordStore;
    faults: Faults;
    apex: ApexEndpoint;
    build: WorkbenchBuild;
    /** Page name → entry output name; `shell` serves `/lightning/*`. */
    pages: Readonly<Record<string, string>>;
    /** What the shell needs to know (users, key accounts, …). */
    shellContext: () => Record<string, unknown> & { defaultUrl: string; user: { id: string; name: string } };
    liveReload: boolean;
}

const DESIGN_SYSTEM_ASSETS = ['node_modules', '@salesforce-ux', 'design-system', 'assets'];

export function createServer(deps: ServerDependencies): http.Server {
    const assetsDir = path.join(deps.paths.root, ...DESIGN_SYSTEM_ASSETS);
    const liveClients = new Set<http.ServerResponse>();
    deps.build.onBuild((result) => {
        const event = result.ok
            ? { ok: true, version: result.output.version }
            : { ok: false, error: result.error };
        for (const client of liveClients) {
            client.write(`data: ${JSON.stringify(event)}\n\n`);
        }
    });

    const page = (response: http.ServerResponse, entryName: string, url: URL, basePath: string): void => {
        const output = deps.build.current;
        if (!output) {
            sendText(
                response,
                200,
                renderBuildProblem(
                    deps.build.lastError ?? 'The first build is running.',
                    !deps.build.lastError
                ),
                'text/html; charset=utf-8'
            );
            return;
        }
        // Faults named in the URL (wb-latency, wb-fault) apply to the calls this page makes.
        deps.faults.applyQuery(url.searchParams);
        const context = deps.shellContext();
        sendText(
            response,
            200,
            renderPage({
                title: 'Keystone',
                importMap: output.importMap,
                syntheticShadow: output.importMap['synthetic-shadow'] ?? '',
                entry: `/build/${entryName}.js?v=${output.version}`,
                context: {
                    userId: context.user.id,
                    userName: context.user.name,
                    basePath,
                    buildVersion: output.version,
                    liveReload: deps.liveReload
                }
            }),
            'text/html; charset=utf-8'
        );
    };

    const handle = async (request: http.IncomingMessage, response: http.ServerResponse): Promise<void> => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        const { pathname } = url;
        const method = request.method ?? 'GET';

        if (method === 'POST' && pathname.startsWith('/apex/')) {
            const body = (await readJsonBody(request)) as { params?: unknown };
            const outcome = await deps.apex.call(
                decodeURIComponent(pathname.slice('/apex/'.length)),
                body.params
            );
            sendJson(
                response,
                200,
                'value' in outcome ? { ok: true, value: outcome.value } : { ok: false, error: outcome.error }
            );
            return;
        }
        if (method === 'POST' && pathname === '/ui-api/record') {
            const body = (await readJsonBody(request)) as GetRecordRequest;
            const started = Date.now();
            await deps.faults.delay();
            const result = deps.faults.takeCallFailure()
                ? { ok: false as const, error: uiApiServerError() }
                : getRecord(deps.store, {
                      recordId: body.recordId,
                      fields: body.fields ?? [],
                      optionalFields: body.optionalFields ?? []
                  });
            const status = result.ok ? 200 : result.error.status;
            deps.apex.calls.push({
                at: new Date(started).toISOString(),
                method: 'uiRecordApi.getRecord',
                params: body,
                status,
                ms: Date.now() - started
            });
            sendJson(
                response,
                200,
                result.ok ? { ok: true, value: result.record } : { ok: false, error: result.error }
            );
            return;
        }
        if (pathname === '/workbench/context' && method === 'GET') {
            sendJson(response, 200, { ...deps.shellContext(), faults: deps.faults.current });
            return;
        }
        if (pathname === '/workbench/faults') {
            if (method === 'POST') {
                try {
                    sendJson(response, 200, deps.faults.set((await readJsonBody(request)) as FaultRequest));
                } catch (error) {
                    sendJson(response, 400, {
                        message: error instanceof Error ? error.message : String(error)
                    });
                }
                return;
            }
            sendJson(response, 200, deps.faults.current);
            return;
        }
        if (pathname === '/workbench/reset' && method === 'POST') {
            deps.store.reset();
            deps.faults.clear();
            deps.apex.calls.length = 0;
            sendJson(response, 200, deps.shellContext());
            return;
        }
        if (pathname === '/workbench/user' && method === 'POST') {
            const { userId } = (await readJsonBody(request)) as { userId?: string };
            if (!userId || deps.store.get(userId)?.attributes.type !== 'User') {
                sendJson(response, 400, { message: `No user ${String(userId)}` });
                return;
            }
            deps.store.userId = userId;
            sendJson(response, 200, deps.shellContext());
            return;
        }
        if (pathname === '/workbench/calls') {
            if (method === 'DELETE') {
                deps.apex.calls.length = 0;
            }
            sendJson(response, 200, deps.apex.calls);
            return;
        }
        if (pathname === '/workbench/events') {
            response.writeHead(200, {
                'content-type': 'text/event-stream',
                'cache-control': 'no-store',
                connection: 'keep-alive'
            });
            response.write(': connected\n\n');
            liveClients.add(response);
            request.on('close', () => liveClients.delete(response));
            return;
        }
        if (method !== 'GET' && method !== 'HEAD') {
            sendJson(response, 405, { message: `${method} ${pathname} is not supported` });
            return;
        }
        if (pathname === '/') {
            response.writeHead(302, { location: `${deps.shellContext().defaultUrl}${url.search}` });
            response.end();
            return;
        }
        if (pathname.startsWith('/lightning/')) {
            page(response, deps.pages.shell ?? 'app', url, '');
            return;
        }
        if (pathname.startsWith('/workbench/pages/')) {
            const name = pathname.split('/')[3] ?? '';
            const entry = deps.pages[name];
            if (entry) {
                page(response, entry, url, `/workbench/pages/${name}`);
                return;
            }
        }
        const output = deps.build.current;
        if (
            pathname.startsWith('/build/') &&
            output &&
            sendFile(response, output.appDir, pathname.slice('/build/'.length))
        ) {
            return;
        }
        if (pathname.startsWith('/vendor/') && output) {
            const [, , key, ...rest] = pathname.split('/');
            if (key === output.vendorKey && sendFile(response, output.vendorDir, rest.join('/'), true)) {
                return;
            }
        }
        if (
            pathname.startsWith('/assets/') &&
            sendFile(response, assetsDir, pathname.slice('/assets/'.length), true)
        ) {
            return;
        }
        if (pathname === '/favicon.ico') {
            response.writeHead(204);
            response.end();
            return;
        }
        sendText(response, 404, `Not found: ${pathname}`);
    };

    return http.createServer((request, response) => {
        handle(request, response).catch((error: unknown) => {
            console.error('workbench:', error);
            if (!response.headersSent) {
                sendJson(response, 500, serverError());
            } else {
                response.end();
            }
        });
    });
}
