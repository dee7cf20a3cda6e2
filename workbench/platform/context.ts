/**
 * What the server tells the page when it serves it: the running user and the workbench's routes. Read
 * from the `wb-context` JSON block of the page.
 */
export interface WorkbenchContext {
    userId: string;
    userName: string;
    /** Prefix of the page's URLs (`/workbench/pages/<name>` for test and benchmark pages). */
    basePath?: string;
    buildVersion?: number;
    liveReload?: boolean;
}

let cached: WorkbenchContext | undefined;

export function workbenchContext(): WorkbenchContext {
    if (!cached) {
        const element = document.getElementById('wb-context');
        cached = JSON.parse(element?.textContent ?? '{}') as WorkbenchContext;
    }
    return cached;
}
