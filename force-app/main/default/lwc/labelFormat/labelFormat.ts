/**
 * Fills the placeholders of a custom label: `{0}`, `{1}`… are replaced by the values in order, as Apex's
 * `String.format` does for the same label on the server. Placeholders without a value stay as they are.
 * Pure module: no DOM, no platform imports.
 */
export function formatLabel(template: string, ...values: readonly (string | number)[]): string {
    return template.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
        const value = values[Number(index)];
        return value === undefined ? placeholder : String(value);
    });
}
