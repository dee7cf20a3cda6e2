import { LightningElement, api } from 'lwc';
import type { ToastEventDetail } from 'lightning/platformShowToastEvent';

interface ToastInput extends ToastEventDetail {
    id: number;
}

interface MessagePart {
    key: string;
    text: string;
    url?: string;
}

interface ToastView {
    id: number;
    title: string;
    parts: MessagePart[];
    className: string;
    role: string;
    icon: string;
    variantLabel: string;
    closable: boolean;
}

const VARIANTS: Readonly<Record<string, { icon: string; theme: string }>> = {
    success: { icon: 'utility:success', theme: 'slds-theme_success' },
    warning: { icon: 'utility:warning', theme: 'slds-theme_warning' },
    error: { icon: 'utility:error', theme: 'slds-theme_error' },
    info: { icon: 'utility:info', theme: 'slds-theme_info' }
};

/** Splits `message` at `{0}`, `{1}`… and fills them from `messageData` (text or links). */
function partsOf(toast: ToastEventDetail): MessagePart[] {
    const message = toast.message ?? '';
    const data = toast.messageData ?? [];
    const parts: MessagePart[] = [];
    let index = 0;
    for (const match of message.matchAll(/\{(\d+)\}/g)) {
        const start = match.index;
        parts.push({ key: `t${parts.length}`, text: message.slice(index, start) });
        const item = data[Number(match[1])];
        if (typeof item === 'string') {
            parts.push({ key: `t${parts.length}`, text: item });
        } else if (item) {
            parts.push({ key: `l${parts.length}`, text: item.label, url: item.url });
        }
        index = start + match[0].length;
    }
    parts.push({ key: `t${parts.length}`, text: message.slice(index) });
    return parts.filter((part) => part.text.length > 0);
}

/** Shows toasts the way Lightning Experience does: on top of the page, newest last. */
export default class ToastHost extends LightningElement {
    @api toasts: ToastInput[] = [];

    get views(): ToastView[] {
        return this.toasts.map((toast) => {
            const variant = toast.variant ?? 'info';
            const look = VARIANTS[variant] ?? VARIANTS.info;
            return {
                id: toast.id,
                title: toast.title,
                parts: partsOf(toast),
                className: `slds-notify slds-notify_toast ${look?.theme ?? ''} toast`,
                role: variant === 'error' || variant === 'warning' ? 'alert' : 'status',
                icon: look?.icon ?? 'utility:info',
                variantLabel: variant,
                closable: toast.mode !== 'pester'
            };
        });
    }

    get hasToasts(): boolean {
        return this.toasts.length > 0;
    }

    handleClose(event: Event): void {
        const id = Number((event.currentTarget as HTMLElement).dataset.id);
        this.dispatchEvent(new CustomEvent('dismiss', { detail: { id } }));
    }
}
