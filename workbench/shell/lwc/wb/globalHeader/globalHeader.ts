import { LightningElement, api } from 'lwc';
import type { PageReference } from 'lightning/navigation';
import { navigate, urlFor } from '../../../../platform/router';
import type { ShellContext } from '../../../lib/workbenchApi';

interface NavItem {
    key: string;
    label: string;
    url: string;
    pageReference: PageReference;
    className: string;
    current: string | null;
}

/** The Lightning-like global header: the app's name, its navigation items, the workbench button, the user. */
export default class GlobalHeader extends LightningElement {
    @api context: ShellContext | undefined;
    @api pageReference: PageReference | undefined;
    @api panelOpen = false;

    private item(key: string, label: string, pageReference: PageReference, active: boolean): NavItem {
        return {
            key,
            label,
            url: urlFor(pageReference),
            pageReference,
            className: `slds-context-bar__item${active ? ' slds-is-active' : ''}`,
            current: active ? 'page' : null
        };
    }

    get navItems(): NavItem[] {
        const context = this.context;
        if (!context) {
            return [];
        }
        const attributes = this.pageReference?.attributes ?? {};
        const portfolio: PageReference = {
            type: 'standard__navItemPage',
            attributes: { apiName: context.portfolio.apiName }
        };
        const items = [
            this.item(
                'portfolio',
                context.portfolio.label,
                portfolio,
                attributes.apiName === context.portfolio.apiName
            )
        ];
        for (const account of context.keyAccounts) {
            const reference: PageReference = {
                type: 'standard__recordPage',
                attributes: { recordId: account.id, objectApiName: 'Account', actionName: 'view' }
            };
            items.push(this.item(account.id, account.name, reference, attributes.recordId === account.id));
        }
        return items;
    }

    get userName(): string {
        return this.context?.user.name ?? '';
    }

    get userTitle(): string {
        return this.context?.user.title ?? '';
    }

    get userInitials(): string {
        return this.userName
            .split(' ')
            .map((part) => part.charAt(0))
            .join('')
            .slice(0, 2)
            .toUpperCase();
    }

    get panelExpanded(): string {
        return this.panelOpen ? 'true' : 'false';
    }

    handleNavigate(event: Event): void {
        event.preventDefault();
        const key = (event.currentTarget as HTMLElement).dataset.key;
        const item = this.navItems.find((candidate) => candidate.key === key);
        if (item) {
            navigate(item.pageReference);
        }
    }

    handleTogglePanel(): void {
        this.dispatchEvent(new CustomEvent('togglepanel'));
    }
}
