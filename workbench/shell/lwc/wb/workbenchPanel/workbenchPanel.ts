import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from '../../../../platform/platformShowToastEvent';
import {
    resetDemoData,
    runAs,
    setFaults,
    type FaultRequest,
    type FaultState,
    type ShellContext
} from '../../../lib/workbenchApi';

interface Option {
    label: string;
    value: string;
}

const DEFAULT_VALIDATION_FIELD = 'Account_Plan__c.Renewal_Risk_Reason__c';

/**
 * The workbench's own controls (not part of the product): fault injection for trying error states, the user
 * the workbench runs as, and resetting the demo data.
 */
export default class WorkbenchPanel extends LightningElement {
    @api context: ShellContext | undefined;

    faults: FaultState | undefined;
    latency = '0';
    validationField = DEFAULT_VALIDATION_FIELD;
    busy = false;

    override connectedCallback(): void {
        this.faults = this.context?.faults;
        this.latency = String(this.faults?.latencyMs ?? 0);
    }

    get userOptions(): Option[] {
        return (this.context?.users ?? []).map((user) => ({
            label: `${user.name} — ${user.title}`,
            value: user.id
        }));
    }

    get userId(): string {
        return this.context?.user.id ?? '';
    }

    get pending(): string[] {
        const faults = this.faults;
        const out: string[] = [];
        if (faults?.latencyMs) {
            out.push(`Every call waits ${faults.latencyMs} ms.`);
        }
        if (faults?.failNextCall) {
            out.push('The next call fails with a server error.');
        }
        if (faults?.nextSave?.kind === 'validation') {
            out.push(`The next save fails on ${faults.nextSave.field}: "${faults.nextSave.message}"`);
        }
        if (faults?.nextSave?.kind === 'conflict') {
            out.push('The next save reports that someone else saved first.');
        }
        return out;
    }

    get hasPending(): boolean {
        return this.pending.length > 0;
    }

    handleClose(): void {
        this.dispatchEvent(new CustomEvent('close'));
    }

    handleLatencyChange(event: CustomEvent<{ value: string }>): void {
        this.latency = event.detail.value;
    }

    handleFieldChange(event: CustomEvent<{ value: string }>): void {
        this.validationField = event.detail.value;
    }

    async handleApplyLatency(): Promise<void> {
        await this.apply({ latencyMs: Number(this.latency) || 0 });
    }

    async handleFailNextCall(): Promise<void> {
        await this.apply({ failNextCall: true });
    }

    async handleValidationOnSave(): Promise<void> {
        await this.apply({ nextSave: { kind: 'validation', field: this.validationField } });
    }

    async handleConflictOnSave(): Promise<void> {
        await this.apply({ nextSave: { kind: 'conflict' } });
    }

    async handleClearFaults(): Promise<void> {
        await this.apply({ latencyMs: 0 });
        await this.apply({ failNextCall: false });
        await this.apply({ nextSave: null });
        this.latency = '0';
    }

    async handleUserChange(event: CustomEvent<{ value: string }>): Promise<void> {
        await this.run(async () => {
            await runAs(event.detail.value);
            window.location.reload();
        });
    }

    async handleReset(): Promise<void> {
        await this.run(async () => {
            await resetDemoData();
            this.dispatchEvent(
                new ShowToastEvent({
                    title: 'Demo data reset',
                    message: 'Reloading the page…',
                    variant: 'success'
                })
            );
            // Let the toast show before the page reloads with the fresh data.
            // eslint-disable-next-line @lwc/lwc/no-async-operation
            window.setTimeout(() => {
                window.location.reload();
            }, 600);
        });
    }

    private async apply(request: FaultRequest): Promise<void> {
        await this.run(async () => {
            this.faults = await setFaults(request);
        });
    }

    private async run(work: () => Promise<void>): Promise<void> {
        this.busy = true;
        try {
            await work();
        } catch (error) {
            this.dispatchEvent(
                new ShowToastEvent({
                    title: 'Workbench',
                    message: error instanceof Error ? error.message : String(error),
                    variant: 'error'
                })
            );
        } finally {
            this.busy = false;
        }
    }
}
