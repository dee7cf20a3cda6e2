import { LightningElement } from 'lwc';
import type { PageReference } from 'lightning/navigation';
import type { ToastEventDetail } from 'lightning/platformShowToastEvent';
import { SHOW_TOAST_EVENT } from '../../../../platform/platformShowToastEvent';
import { currentPageReference, navigate, onPageChange } from '../../../../platform/router';
import { objectOfId } from '../../../lib/objects';
import { loadContext, type ShellContext } from '../../../lib/workbenchApi';

/** A toast on screen. */
export interface ShownToast extends ToastEventDetail {
    id: number;
}

const DISMISS_AFTER_MS = 3000;

/**
 * The workbench's page shell, shaped like Lightning Experience: the global header and navigation, the page
 * the URL names (an Account record page with the Keystone components, the portfolio app page, other record
 * pages), toasts, and the workbench panel (faults, demo data, running user).
 */
export default class App extends LightningElement {
    pageReference: PageReference = currentPageReference();
    context: ShellContext | undefined;
    contextError: unknown;
    toasts: ShownToast[] = [];
    panelOpen = false;

    private nextToastId = 1;
    private stopRouting: (() => void) | undefined;

    private readonly handleShowToast = (event: Event): void => {
        const detail = (event as CustomEvent<ToastEventDetail>).detail;
        const toast: ShownToast = { ...detail, id: this.nextToastId++ };
        this.toasts = [...this.toasts, toast];
        if (detail.mode !== 'sticky') {
            // Toasts dismiss themselves after a while, as in Lightning Experience.
            // eslint-disable-next-line @lwc/lwc/no-async-operation
            window.setTimeout(() => {
                this.dismissToast(toast.id);
            }, DISMISS_AFTER_MS);
        }
    };

    override connectedCallback(): void {
        this.stopRouting = onPageChange((reference) => {
            this.pageReference = reference;
        });
        document.addEventListener(SHOW_TOAST_EVENT, this.handleShowToast);
        this.refreshContext().catch(() => undefined);
    }

    override disconnectedCallback(): void {
        this.stopRouting?.();
        document.removeEventListener(SHOW_TOAST_EVENT, this.handleShowToast);
    }

    async refreshContext(): Promise<void> {
        try {
            this.context = await loadContext();
            this.contextError = undefined;
            if (this.pageReference.type === 'standard__namedPage') {
                navigate(
                    {
                        type: 'standard__recordPage',
                        attributes: {
                            recordId: this.context.defaultRecordId,
                            objectApiName: 'Account',
                            actionName: 'view'
                        }
                    },
                    true
                );
            }
        } catch (error) {
            this.contextError = error;
        }
    }

    get loading(): boolean {
        return !this.context && !this.contextError;
    }

    get ready(): boolean {
        return Boolean(this.context);
    }

    private get attributes(): Record<string, unknown> {
        return this.pageReference.attributes ?? {};
    }

    get recordId(): string | undefined {
        const id = this.attributes.recordId;
        return typeof id === 'string' && id ? id : undefined;
    }

    get objectApiName(): string | undefined {
        const name = this.attributes.objectApiName;
        if (typeof name === 'string' && name && name !== 'sObject') {
            return name;
        }
        return this.recordId ? objectOfId(this.recordId) : undefined;
    }

    get isRecordPage(): boolean {
        return (
            this.pageReference.type === 'standard__recordPage' &&
            this.attributes.actionName === 'view' &&
            Boolean(this.recordId)
        );
    }

    get isPortfolioPage(): boolean {
        return (
            this.pageReference.type === 'standard__navItemPage' &&
            this.attributes.apiName === this.context?.portfolio.apiName
        );
    }

    get isOtherPage(): boolean {
        return (
            this.ready &&
            !this.isRecordPage &&
            !this.isPortfolioPage &&
            this.pageReference.type !== 'standard__namedPage'
        );
    }

    get otherPageUrl(): string {
        return `${window.location.pathname}${window.location.search}`;
    }

    get homeUrl(): string {
        return this.context?.defaultUrl ?? '/';
    }

    handleHome(event: Event): void {
        event.preventDefault();
        if (this.context) {
            navigate({
                type: 'standard__recordPage',
                attributes: {
                    recordId: this.context.defaultRecordId,
                    objectApiName: 'Account',
                    actionName: 'view'
                }
            });
        }
    }

    handleTogglePanel(): void {
        this.panelOpen = !this.panelOpen;
    }

    handleClosePanel(): void {
        this.panelOpen = false;
    }

    async handleContextChange(): Promise<void> {
        await this.refreshContext();
    }

    handleDismissToast(event: CustomEvent<{ id: number }>): void {
        this.dismissToast(event.detail.id);
    }

    private dismissToast(id: number): void {
        this.toasts = this.toasts.filter((toast) => toast.id !== id);
    }
}
