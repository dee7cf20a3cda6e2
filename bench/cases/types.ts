/** What a benchmark case is: a component, the sizes it is measured at, and the data for each size. */
import type { GeneratedData } from '../generate';

export interface BenchSize {
    label: string;
    /** The data the in-memory Apex serves at this size (default: the sample data). */
    data?: () => GeneratedData;
    /** The component's properties (record pages pass `recordId`). */
    props: (data: GeneratedData | undefined) => Record<string, unknown>;
}

/** What a case measured in Node gets: the in-memory Apex over the case's data, and the data. */
export interface NodeBenchContext {
    apex: (method: string, params: unknown) => Promise<unknown>;
    data: GeneratedData | undefined;
}

export interface BenchCase {
    id: string;
    title: string;
    /** Module name in bench/pages/registry.ts, e.g. `c/orgChart`. */
    component: string;
    /** The bundle that must exist under force-app/main/default/lwc (for `c/` components). */
    bundle?: string;
    /** What appears when the component has rendered its data. */
    ready: string;
    sizes: BenchSize[];
    /** The budget from the design, printed beside the figures (never asserted). */
    budget?: string;
    /**
     * Pure view logic measured in Node rather than a component in the browser: prepares the work from what the
     * in-memory Apex answers and returns it; each run times one call of the work (`ready` is then unused).
     */
    node?: (context: NodeBenchContext) => Promise<() => void>;
}
