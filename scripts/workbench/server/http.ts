/** Small helpers for the workbench's Node http server. */
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.html': 'text/html; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.gif': 'image/gif',
    '.woff': 'font/woff',
    '.woff2': 'font/woff2',
    '.ico': 'image/x-icon'
};

export function sendJson(response: http.ServerResponse, status: number, value: unknown): void {
    const body = JSON.stringify(value ?? null);
    response.writeHead(status, { 'content-type': CONTENT_TYPES['.json'], 'cache-control': 'no-store' });
    response.end(body);
}

export function sendText(
    response: http.ServerResponse,
    status: number,
    text: string,
    type = 'text/plain; charset=utf-8'
): void {
    response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(text);
}

export async function readJsonBody(request: http.IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) {
        chunks.push(chunk as Buffer);
    }
    const text = Buffer.concat(chunks).toString('utf8');
    return text ? (JSON.parse(text) as unknown) : {};
}

/**
 * Serves `relative` from `dir`, refusing paths that leave it.
 * @returns false when there is no such file
 */
export function sendFile(
    response: http.ServerResponse,
    dir: string,
    relative: string,
    immutable = false
): boolean {
    const file = path.resolve(dir, `.${path.posix.normalize(`/${decodeURIComponent(relative)}`)}`);
    if (
        !file.startsWith(path.resolve(dir) + path.sep) ||
        !fs.existsSync(file) ||
        !fs.statSync(file).isFile()
    ) {
        return false;
    }
    response.writeHead(200, {
        'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache'
    });
    fs.createReadStream(file).pipe(response);
    return true;
}
