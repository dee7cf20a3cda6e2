/** The workbench server's own endpoints, for the page shell (not product Apex). */
export interface UserSummary {
    id: string;
    name: string;
    title: string;
}

export interface KeyAccountSummary {
    id: string;
    name: string;
    industry: string;
}

export interface FaultState {
    latencyMs: number;
    failNextCall: boolean;
    nextSave:
        | { kind: 'validation'; field: string; message: string }
        | { kind: 'conflict'; message: string }
        | null;
}

export interface ShellContext {
    user: UserSummary;
    users: UserSummary[];
    keyAccounts: KeyAccountSummary[];
    defaultRecordId: string;
    defaultUrl: string;
    portfolio: { apiName: string; label: string; url: string };
    seed: { source: string; today: string };
    faults: FaultState;
    liveReload: boolean;
}

export type FaultRequest =
    | { latencyMs: number }
    | { failNextCall: boolean }
    | { nextSave: { kind: 'validation'; field: string } | { kind: 'conflict' } | null };

async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
    const response = await fetch(url, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body)
    });
    const parsed = (await response.json()) as T & { message?: string };
    if (!response.ok) {
        throw new Error(parsed.message ?? `${method} ${url}: ${response.status}`);
    }
    return parsed;
}

export function loadContext(): Promise<ShellContext> {
    return request<ShellContext>('GET', '/workbench/context');
}

export function setFaults(fault: FaultRequest): Promise<FaultState> {
    return request<FaultState>('POST', '/workbench/faults', fault);
}

export function resetDemoData(): Promise<ShellContext> {
    return request<ShellContext>('POST', '/workbench/reset', {});
}

export function runAs(userId: string): Promise<ShellContext> {
    return request<ShellContext>('POST', '/workbench/user', { userId });
}
