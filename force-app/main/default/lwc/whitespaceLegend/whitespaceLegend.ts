import { LightningElement, api } from 'lwc';
import { STATUS_PRECEDENCE, type CellStatus } from 'c/whitespaceModel';
import { STATUS_CLASSES, STATUS_LABELS } from 'c/whitespaceFormat';
import legendLabel from '@salesforce/label/c.Whitespace_Legend';
import hintLabel from '@salesforce/label/c.Whitespace_Legend_Hint';
import showAllLabel from '@salesforce/label/c.Whitespace_Show_All';

/** Detail of `statuschange`: the statuses the grid shows (empty: all). */
export interface StatusChangeDetail {
    statuses: CellStatus[];
}

interface LegendItem {
    status: CellStatus;
    label: string;
    count: number;
    pressed: string;
    buttonClass: string;
    swatchClass: string;
}

/**
 * The grid's legend, which is also its status filter: each status with its swatch, label and number of cells;
 * pressing one shows only the cells with the pressed statuses (toggle buttons, `aria-pressed`).
 */
export default class WhitespaceLegend extends LightningElement {
    /** Cells per status. */
    @api counts: Partial<Record<CellStatus, number>> | undefined;
    /** The statuses pressed now. */
    @api selected: readonly CellStatus[] | undefined;

    labels = { legend: legendLabel, hint: hintLabel, showAll: showAllLabel };

    get items(): LegendItem[] {
        const selected = new Set(this.selected ?? []);
        return STATUS_PRECEDENCE.map((status) => {
            const pressed = selected.has(status);
            return {
                status,
                label: STATUS_LABELS[status],
                count: this.counts?.[status] ?? 0,
                pressed: String(pressed),
                buttonClass: `slds-button ws-legend-item${pressed ? ' ws-pressed' : ''}`,
                swatchClass: `ws-swatch ${STATUS_CLASSES[status]}`
            };
        });
    }

    get filtering(): boolean {
        return (this.selected ?? []).length > 0;
    }

    handleToggle(event: Event): void {
        const status = (event.currentTarget as HTMLElement).dataset.status as CellStatus;
        const selected = new Set(this.selected ?? []);
        if (selected.has(status)) {
            selected.delete(status);
        } else {
            selected.add(status);
        }
        this.emit(STATUS_PRECEDENCE.filter((candidate) => selected.has(candidate)));
    }

    handleShowAll(): void {
        this.emit([]);
    }

    private emit(statuses: CellStatus[]): void {
        this.dispatchEvent(new CustomEvent<StatusChangeDetail>('statuschange', { detail: { statuses } }));
    }
}
