/**
 * The workbench's router: page references ⇄ Lightning Experience URLs (`/lightning/r/Account/<id>/view`,
 * `/lightning/n/<tab>`), browser history, and subscribers (the shell and `CurrentPageReference` wires).
 */
import type { PageReference } from 'lightning/navigation';
import { workbenchContext } from './context';

type Listener = (pageReference: PageReference) => void;

const listeners = new Set<Listener>();

/** Test and benchmark pages live under `/workbench/pages/<name>`: their URLs keep that prefix. */
const basePath: string = workbenchContext().basePath ?? '';

function text(value: unknown): string {
    return typeof value === 'string' ? value : '';
}

function withState(url: string, state: Record<string, unknown> | undefined): string {
    const entries = Object.entries(state ?? {}).filter(([, value]) => value !== undefined && value !== null);
    if (entries.length === 0) {
        return url;
    }
    const query = new URLSearchParams(entries.map(([key, value]) => [key, String(value)]));
    return `${url}?${query.toString()}`;
}

/** The URL of a page reference, as Lightning Experience spells it. */
export function urlFor(pageReference: PageReference): string {
    const attributes = pageReference.attributes ?? {};
    const action = text(attributes.actionName) || 'view';
    let url: string;
    switch (pageReference.type) {
        case 'standard__recordPage': {
            const objectApiName = text(attributes.objectApiName);
            const recordId = text(attributes.recordId);
            url = objectApiName
                ? `/lightning/r/${objectApiName}/${recordId}/${action}`
                : `/lightning/r/${recordId}/${action}`;
            break;
        }
        case 'standard__recordRelationshipPage':
            url = `/lightning/r/${text(attributes.objectApiName) || 'sObject'}/${text(attributes.recordId)}/related/${text(
                attributes.relationshipApiName
            )}/view`;
            break;
        case 'standard__objectPage':
            url = `/lightning/o/${text(attributes.objectApiName)}/${text(attributes.actionName) || 'home'}`;
            break;
        case 'standard__navItemPage':
            url = `/lightning/n/${text(attributes.apiName)}`;
            break;
        case 'standard__namedPage':
            url = `/lightning/page/${text(attributes.pageName)}`;
            break;
        case 'standard__webPage':
            return text(attributes.url);
        default:
            url = `/lightning/page/unknown?type=${encodeURIComponent(pageReference.type)}`;
    }
    return withState(`${basePath}${url}`, pageReference.state);
}

/** The page reference of a workbench URL. */
export function pageReferenceOf(fullPathname: string, search = ''): PageReference {
    const pathname =
        basePath && fullPathname.startsWith(basePath) ? fullPathname.slice(basePath.length) : fullPathname;
    const state = Object.fromEntries(new URLSearchParams(search).entries());
    const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const withOptionalState = (reference: PageReference): PageReference => {
        return Object.keys(state).length > 0 ? { ...reference, state } : reference;
    };
    if (parts[0] === 'lightning') {
        const [, kind, a = '', b = '', c = '', d = ''] = parts;
        if (kind === 'r' && c === 'related') {
            return withOptionalState({
                type: 'standard__recordRelationshipPage',
                attributes: { objectApiName: a, recordId: b, relationshipApiName: d, actionName: 'view' }
            });
        }
        if (kind === 'r' && c) {
            return withOptionalState({
                type: 'standard__recordPage',
                attributes: { objectApiName: a, recordId: b, actionName: c }
            });
        }
        if (kind === 'r') {
            return withOptionalState({
                type: 'standard__recordPage',
                attributes: { recordId: a, actionName: b || 'view' }
            });
        }
        if (kind === 'n') {
            return withOptionalState({ type: 'standard__navItemPage', attributes: { apiName: a } });
        }
        if (kind === 'o') {
            return withOptionalState({
                type: 'standard__objectPage',
                attributes: { objectApiName: a, actionName: b || 'home' }
            });
        }
        if (kind === 'page') {
            return withOptionalState({ type: 'standard__namedPage', attributes: { pageName: a } });
        }
    }
    return withOptionalState({ type: 'standard__namedPage', attributes: { pageName: 'home' } });
}

export function currentPageReference(): PageReference {
    return pageReferenceOf(window.location.pathname, window.location.search);
}

function notify(): void {
    const reference = currentPageReference();
    for (const listener of [...listeners]) {
        listener(reference);
    }
}

/** Goes to a page: web pages open in a new tab, everything else changes the workbench's page. */
export function navigate(pageReference: PageReference, replace = false): void {
    const url = urlFor(pageReference);
    if (pageReference.type === 'standard__webPage') {
        window.open(url, '_blank', 'noopener');
        return;
    }
    if (replace) {
        window.history.replaceState(null, '', url);
    } else {
        window.history.pushState(null, '', url);
    }
    window.scrollTo(0, 0);
    notify();
}

export function onPageChange(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
}

window.addEventListener('popstate', notify);
