/**
 * How the whitespace grid reads: each status's label and style (a text label and a pattern besides the colour,
 * so a status never depends on colour alone), amounts in the grid's currency (compact in cells, full in the
 * cell panel), coverage percentages and dates in the user's locale. Formatters are built once per locale and
 * currency: the grid formats thousands of cells. Pure module: no DOM.
 */
import LOCALE from '@salesforce/i18n/locale';
import type { CellStatus } from 'c/whitespaceModel';
import wonLabel from '@salesforce/label/c.Whitespace_Status_Won';
import pipelineLabel from '@salesforce/label/c.Whitespace_Status_Pipeline';
import competitorLabel from '@salesforce/label/c.Whitespace_Status_Competitor';
import notFitLabel from '@salesforce/label/c.Whitespace_Status_Not_Fit';
import targetedLabel from '@salesforce/label/c.Whitespace_Status_Targeted';
import openLabel from '@salesforce/label/c.Whitespace_Status_Open';

/** The label of each status. */
export const STATUS_LABELS: Readonly<Record<CellStatus, string>> = {
    won: wonLabel,
    pipeline: pipelineLabel,
    competitor: competitorLabel,
    notFit: notFitLabel,
    targeted: targetedLabel,
    open: openLabel
};

/** The CSS class of each status (colour and pattern, defined by the grid's and legend's styles). */
export const STATUS_CLASSES: Readonly<Record<CellStatus, string>> = {
    won: 'ws-won',
    pipeline: 'ws-pipeline',
    competitor: 'ws-competitor',
    notFit: 'ws-not-fit',
    targeted: 'ws-targeted',
    open: 'ws-open'
};

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
    let format = formatters.get(key);
    if (!format) {
        try {
            format = new Intl.NumberFormat(LOCALE, options);
        } catch {
            // An unknown currency code: the number without a currency.
            format = new Intl.NumberFormat(LOCALE, { ...options, style: 'decimal', currency: undefined });
        }
        formatters.set(key, format);
    }
    return format;
}

/** An amount as a cell shows it: short (€120K). Blank shows nothing; zero too, unless `showZero` (totals). */
export function compactAmount(
    value: number | null | undefined,
    currencyCode: string,
    showZero = false
): string {
    if (typeof value !== 'number' || !Number.isFinite(value) || (value === 0 && !showZero)) {
        return '';
    }
    return numberFormat(`compact|${currencyCode}`, {
        style: 'currency',
        currency: currencyCode,
        notation: 'compact',
        minimumFractionDigits: 0,
        maximumFractionDigits: 1
    }).format(value);
}

/** An amount in full (€120,000). Blank shows nothing; zero shows as zero. */
export function fullAmount(value: number | null | undefined, currencyCode: string): string {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
        return '';
    }
    return numberFormat(`full|${currencyCode}`, {
        style: 'currency',
        currency: currencyCode,
        maximumFractionDigits: 2
    }).format(value);
}

/** A whole percentage (33 %); blank for no value. */
export function percent(value: number | null | undefined): string {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
        return '';
    }
    return numberFormat('percent', { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);
}

let dateFormat: Intl.DateTimeFormat | undefined;

/** An ISO date (YYYY-MM-DD) in the user's locale, as a calendar date; blank or invalid shows nothing. */
export function formatDate(value: string | null | undefined): string {
    const match = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
    if (!match) {
        return '';
    }
    dateFormat ??= new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeZone: 'UTC' });
    return dateFormat.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

/** Today in the browser's time zone, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
    const pad = (n: number): string => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
