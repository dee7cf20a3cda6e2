import { LightningElement, api, wire } from 'lwc';
import {
    getFieldDisplayValue,
    getFieldValue,
    getRecord,
    type RecordRepresentation
} from 'lightning/uiRecordApi';
import { navigate, urlFor } from '../../../../platform/router';
import { presentationOf, type ObjectPresentation } from '../../../lib/objects';
import { placedIn, type PlacedView } from '../../../registry';

interface WiredRecord {
    data: RecordRepresentation | undefined;
    error: unknown;
}

interface HighlightView {
    key: string;
    label: string;
    value: string;
    url: string | undefined;
    recordId: string | undefined;
}

/**
 * A record page as Lightning Experience lays it out: the highlights panel (from `getRecord`, like the
 * compact layout) and the regions holding the Keystone components registered for the object's record page.
 */
export default class RecordPage extends LightningElement {
    @api recordId: string | undefined;
    @api objectApiName: string | undefined;

    record: WiredRecord = { data: undefined, error: undefined };

    get presentation(): ObjectPresentation {
        return presentationOf(this.objectApiName ?? '');
    }

    get fields(): string[] {
        const objectApiName = this.objectApiName ?? '';
        const presentation = this.presentation;
        const paths = [
            presentation.nameField,
            ...presentation.highlights.flatMap((h) => (h.linkField ? [h.path, h.linkField] : [h.path]))
        ];
        return paths.map((path) => `${objectApiName}.${path}`);
    }

    // @ts-expect-error -- types/platform declares getRecord as a function, not as a wire adapter.
    @wire(getRecord, { recordId: '$recordId', optionalFields: '$fields' })
    wiredRecord(value: WiredRecord): void {
        this.record = value;
        if (value.data) {
            document.title = `${this.recordName} | ${this.presentation.label} | Keystone`;
        }
    }

    get loading(): boolean {
        return !this.record.data && !this.record.error;
    }

    get recordName(): string {
        const name = getFieldValue(
            this.record.data,
            `${this.objectApiName ?? ''}.${this.presentation.nameField}`
        );
        return typeof name === 'string' ? name : '';
    }

    get highlights(): HighlightView[] {
        const objectApiName = this.objectApiName ?? '';
        return this.presentation.highlights.map((highlight) => {
            const field = `${objectApiName}.${highlight.path}`;
            const raw = getFieldValue(this.record.data, field);
            const display = getFieldDisplayValue(this.record.data, field);
            const linkedId = highlight.linkField
                ? getFieldValue(this.record.data, `${objectApiName}.${highlight.linkField}`)
                : undefined;
            const recordId = typeof linkedId === 'string' && linkedId ? linkedId : undefined;
            return {
                key: highlight.path,
                label: highlight.label,
                value: display ?? (typeof raw === 'string' ? raw : ''),
                recordId,
                url: recordId
                    ? urlFor({ type: 'standard__recordPage', attributes: { recordId, actionName: 'view' } })
                    : undefined
            };
        });
    }

    private placed(region: 'main' | 'sidebar'): PlacedView[] {
        const page = { type: 'record' as const, objectApiName: this.objectApiName ?? '' };
        return placedIn(page, region, { recordId: this.recordId, objectApiName: this.objectApiName });
    }

    get mainComponents(): PlacedView[] {
        return this.placed('main');
    }

    get sidebarComponents(): PlacedView[] {
        return this.placed('sidebar');
    }

    get hasSidebar(): boolean {
        return this.sidebarComponents.length > 0;
    }

    get mainClass(): string {
        return this.hasSidebar
            ? 'slds-col slds-size_1-of-1 slds-large-size_8-of-12'
            : 'slds-col slds-size_1-of-1';
    }

    get showsKeystoneRegions(): boolean {
        return this.objectApiName === 'Account' || this.mainComponents.length > 0;
    }

    handleLink(event: Event): void {
        event.preventDefault();
        const recordId = (event.currentTarget as HTMLElement).dataset.recordId;
        if (recordId) {
            navigate({ type: 'standard__recordPage', attributes: { recordId, actionName: 'view' } });
        }
    }
}
