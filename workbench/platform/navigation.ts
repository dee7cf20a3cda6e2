/**
 * `lightning/navigation`: `NavigationMixin` (Navigate, GenerateUrl) and the `CurrentPageReference` wire, over
 * the workbench's router. Record pages, app pages (nav items) and object pages route inside the workbench.
 */
import type * as Navigation from 'lightning/navigation';
import type { PageReference } from 'lightning/navigation';
import { currentPageReference, navigate, onPageChange, urlFor } from './router';

const Navigate = Symbol('NavigationMixin.Navigate');
const GenerateUrl = Symbol('NavigationMixin.GenerateUrl');

// TypeScript requires a mixin's base constructor to take `any[]`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor = abstract new (...args: any[]) => object;

function mixin<T extends Constructor>(Base: T): T {
    abstract class Navigating extends Base {
        [Navigate](pageReference: PageReference, replace?: boolean): void {
            navigate(pageReference, replace);
        }

        [GenerateUrl](pageReference: PageReference): Promise<string> {
            return Promise.resolve(urlFor(pageReference));
        }
    }
    return Navigating;
}

export const NavigationMixin = Object.assign(mixin, {
    Navigate,
    GenerateUrl
}) as unknown as typeof Navigation.NavigationMixin;

type DataCallback = (value: PageReference) => void;

/** Wire adapter: the current page reference, pushed again on every navigation. */
export class CurrentPageReference {
    private stop: (() => void) | undefined;

    constructor(private readonly dataCallback: DataCallback) {}

    connect(): void {
        this.dataCallback(currentPageReference());
        this.stop = onPageChange((reference) => {
            this.dataCallback(reference);
        });
    }

    update(): void {
        // No configuration.
    }

    disconnect(): void {
        this.stop?.();
    }
}
