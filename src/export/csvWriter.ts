import { stringify } from 'csv-stringify/sync'

/** A cell a spreadsheet would run as a formula: it starts with = + - @ (or a tab or carriage return before one). */
const FORMULA = /^[=+\-@\t\r]/
const NUMBER = /^[+-]?\d+(\.\d+)?$/

/**
 * A cell as written to CSV: text a spreadsheet would take for a formula is prefixed with an apostrophe, so that a
 * child id loaded as `=HYPERLINK(...)` or an e-mail typed at sign-in reaches an analyst's spreadsheet as text (OWASP,
 * CSV injection). Numbers, negative ones too, are left as they are.
 */
export function spreadsheetSafe(value: string): string {
  return FORMULA.test(value) && !NUMBER.test(value) ? `'${value}` : value
}

/** CSV of rows of text, every cell made spreadsheet-safe. Every CSV the product writes goes through here. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return stringify(rows.map((r) => r.map(spreadsheetSafe)))
}
