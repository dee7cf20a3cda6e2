/**
 * The contract between the workbench and an in-memory Apex class: each `@AuraEnabled` method is a function
 * of the method's parameters (as declared in `types/apex/<Class>.d.ts`) and the call's context.
 */
import type { RecordStore } from '../../../scripts/workbench/store/record-store';

export interface ApexContext {
    /** The records: storage and queries only (every write of one call is all-or-nothing). */
    store: RecordStore;
    /** `UserInfo.getUserId()`. */
    userId: string;
    /** `Date.today()`, `YYYY-MM-DD`. */
    today: string;
    /** `System.Label.<name>`; unknown names throw. */
    label(name: string): string;
    /**
     * A custom metadata record as `Type__mdt.getInstance(record)` returns it (`customMetadata('Keystone_Setting',
     * 'Default')`), values typed by their fields (numbers, booleans, text, null); read from force-app.
     */
    customMetadata(type: string, record: string): Readonly<Record<string, string | number | boolean | null>>;
    /** The values of a picklist field, in metadata order (`Schema.DescribeFieldResult.getPicklistValues()`). */
    picklistValues(objectApiName: string, fieldApiName: string): readonly { label: string; value: string }[];
}

type ParamsOf<F> = F extends () => Promise<unknown>
    ? Record<string, never>
    : F extends (params: infer P) => Promise<unknown>
      ? P
      : never;

type ResultOf<F> = F extends (...args: never[]) => Promise<infer R> ? R : never;

/**
 * An in-memory implementation of the Apex method declared as `F`
 * (`typeof import('@salesforce/apex/Cls.method').default`): same parameters, same result.
 */
export type InMemoryApexMethod<F> = (
    params: ParamsOf<F>,
    context: ApexContext
) => ResultOf<F> | Promise<ResultOf<F>>;

/** Any in-memory method, as the registry holds it. */
export type AnyInMemoryApexMethod = (params: never, context: ApexContext) => unknown;

/** An in-memory Apex class: its `@AuraEnabled` methods by name. */
export type InMemoryApexClass = Readonly<Record<string, AnyInMemoryApexMethod>>;
