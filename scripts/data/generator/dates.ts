/**
 * Dates of the sample data, all relative to the anchor date: the day the data set is written against. Loaders
 * shift every date by whole weeks so that the data looks as current on the day it is loaded.
 */
import { shiftDate } from '../sample-data-model';

export const ANCHOR_DATE = '2026-11-16';

/** The ISO date `offset` days from the anchor date (negative: in the past). */
export function day(offset: number): string {
    return shiftDate(ANCHOR_DATE, offset);
}

/** An ISO datetime (UTC) `offset` days from the anchor date at the given hour and minute. */
export function dateTime(offset: number, hour: number, minute = 0): string {
    const base = Date.parse(`${day(offset)}T00:00:00Z`);
    return new Date(base + (hour * 60 + minute) * 60_000).toISOString();
}

export function addMinutes(isoDatetime: string, minutes: number): string {
    return new Date(Date.parse(isoDatetime) + minutes * 60_000).toISOString();
}

/** Day of the week of an offset, 0 = Sunday … 6 = Saturday. */
export function weekday(offset: number): number {
    return new Date(Date.parse(`${day(offset)}T00:00:00Z`)).getUTCDay();
}

/** The nearest weekday on or before the offset (meetings and calls happen on working days). */
export function workday(offset: number): number {
    const dow = weekday(offset);
    if (dow === 6) {
        return offset - 1;
    }
    if (dow === 0) {
        return offset - 2;
    }
    return offset;
}
