/*
 * Platform modules that @salesforce/lightning-types does not declare. Shapes follow the LWC developer guide.
 */

declare module '@salesforce/label/*' {
    const label: string;
    export default label;
}

declare module '@salesforce/schema/*' {
    /** A field or object reference; the platform resolves it (and any namespace prefix) at deploy time. */
    const reference: { fieldApiName: string; objectApiName: string } & { objectApiName: string };
    export default reference;
}

declare module '@salesforce/user/Id' {
    const userId: string;
    export default userId;
}

declare module '@salesforce/apex' {
    /** Re-runs a wired Apex method and re-provisions its value. */
    export function refreshApex(wiredValue: unknown): Promise<void>;
    /** Prevents the client cache from serving a stale value for the wired call's configuration. */
    export function getSObjectValue(record: Record<string, unknown>, field: unknown): unknown;
}

declare module '@salesforce/i18n/locale' {
    /** The running user's locale, e.g. `en-US`. */
    const locale: string;
    export default locale;
}
