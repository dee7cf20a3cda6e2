/*
 * lightning/* modules used by Keystone that @salesforce/lightning-types does not declare.
 */

declare module 'lightning/platformShowToastEvent' {
    export type ToastVariant = 'info' | 'success' | 'warning' | 'error';
    export interface ToastEventDetail {
        title: string;
        message?: string;
        messageData?: (string | { url: string; label: string })[];
        variant?: ToastVariant;
        mode?: 'dismissible' | 'pester' | 'sticky';
    }
    export class ShowToastEvent extends CustomEvent<ToastEventDetail> {
        constructor(detail: ToastEventDetail);
    }
}

declare module 'lightning/navigation' {
    export interface PageReference {
        type: string;
        attributes?: Record<string, unknown>;
        state?: Record<string, unknown>;
    }
    const Navigate: unique symbol;
    const GenerateUrl: unique symbol;
    export interface NavigationHost {
        [Navigate](pageReference: PageReference, replace?: boolean): void;
        [GenerateUrl](pageReference: PageReference): Promise<string>;
    }
    /**
     * Mixin that adds `this[NavigationMixin.Navigate](pageRef)` and `[NavigationMixin.GenerateUrl]`. The `any[]`
     * constructors are the form TypeScript requires of a mixin, so that `class X extends NavigationMixin(LightningElement)`
     * gets both instance types.
     */
    export const NavigationMixin: {
        <T extends abstract new (...args: any[]) => object>(
            base: T
        ): T & (abstract new (...args: any[]) => NavigationHost);
        readonly Navigate: typeof Navigate;
        readonly GenerateUrl: typeof GenerateUrl;
    };
}

declare module 'lightning/uiRecordApi' {
    export interface FieldValue {
        value: unknown;
        displayValue: string | null;
    }
    export interface RecordRepresentation {
        id: string;
        apiName: string;
        fields: Record<string, FieldValue>;
        lastModifiedDate?: string;
    }
    export interface GetRecordConfig {
        recordId: string | undefined;
        fields?: unknown[];
        optionalFields?: unknown[];
    }
    export const getRecord: (config: GetRecordConfig) => RecordRepresentation;
    export function getFieldValue(record: RecordRepresentation | undefined, field: unknown): unknown;
    export function getFieldDisplayValue(
        record: RecordRepresentation | undefined,
        field: unknown
    ): string | null;
    export function notifyRecordUpdateAvailable(items: { recordId: string }[]): Promise<void>;
}
