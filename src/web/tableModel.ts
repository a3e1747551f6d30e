import { writeCsv } from '../export/csvWriter.js'
import { displayDate } from './displayDate.js'

export type Cell = string | number | boolean | null

export interface Column {
  key: string
  label: string
  numeric?: boolean
  /** Values "Meets" / "Misses" shown as GOV.UK tags in HTML. */
  status?: boolean
}

/**
 * A table of numbers as a page shows it: the same model renders the HTML table (on the server, and in the browser on
 * the check page), the CSV and the XLSX (tableXlsx.ts), so downloads hold exactly what is shown. No Node-only code: the
 * check page bundles this module.
 */
export interface TableModel {
  caption: string
  columns: Column[]
  rows: Record<string, Cell>[]
  /** Optional link for a cell, by column key; HTML only. */
  links?: Record<string, string>[]
}

/** A cell's text in a download: booleans as Yes / No, blanks empty. */
export const cellText = (c: Cell): string => (c === null ? '' : typeof c === 'boolean' ? (c ? 'Yes' : 'No') : String(c))

export function tableCsv(t: TableModel): string {
  return writeCsv([
    t.columns.map((c) => c.label),
    ...t.rows.map((r) => t.columns.map((c) => cellText(r[c.key] ?? null))),
  ])
}

/** How one cell is shown: plain text, a link, a suppressed figure, or a Meets / Misses tag. */
export type ShownCell =
  | { kind: 'text'; text: string; numeric: boolean }
  | { kind: 'link'; text: string; href: string; numeric: boolean }
  | { kind: 'suppressed'; numeric: boolean }
  | { kind: 'tag'; text: 'Meets' | 'Misses' }

/** One cell as every HTML rendering shows it: dates the GOV.UK way, blanks as a dash. */
export function shownCell(t: TableModel, rowIndex: number, column: Column): ShownCell {
  const numeric = column.numeric === true
  const href = t.links?.[rowIndex]?.[column.key]
  const v = displayDate(cellText(t.rows[rowIndex]?.[column.key] ?? null))
  if (href) return { kind: 'link', text: v, href, numeric }
  if (v === '[c]') return { kind: 'suppressed', numeric }
  if (column.status && (v === 'Meets' || v === 'Misses')) return { kind: 'tag', text: v }
  return { kind: 'text', text: v === '' ? '–' : v, numeric }
}

/** The GOV.UK tag colour of a threshold status. */
export const tagClass = (status: 'Meets' | 'Misses'): string =>
  status === 'Meets' ? 'govuk-tag--green' : 'govuk-tag--red'

/** The GOV.UK table macro's parameters for a model. */
export function govukTableParams(
  t: TableModel,
  sort?: { key: string; dir: 'asc' | 'desc'; href: (key: string, dir: 'asc' | 'desc') => string },
) {
  return {
    caption: t.caption,
    captionClasses: 'govuk-table__caption--m',
    firstCellIsHeader: true,
    head: t.columns.map((c) => {
      const label = c.label
      if (!sort) return { text: label, format: c.numeric ? 'numeric' : undefined }
      const active = sort.key === c.key
      const next = active && sort.dir === 'asc' ? 'desc' : 'asc'
      const ariaSort = active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'
      return {
        html:
          `<a class="govuk-link" href="${escapeHtml(sort.href(c.key, next))}">${escapeHtml(label)}<span ` +
          `class="govuk-visually-hidden"> (sort ${next === 'asc' ? 'ascending' : 'descending'})</span></a>`,
        format: c.numeric ? 'numeric' : undefined,
        attributes: { 'aria-sort': ariaSort },
      }
    }),
    rows: t.rows.map((_r, i) =>
      t.columns.map((c) => {
        const cell = shownCell(t, i, c)
        const format = 'numeric' in cell && cell.numeric ? 'numeric' : undefined
        if (cell.kind === 'link')
          return { html: `<a class="govuk-link" href="${escapeHtml(cell.href)}">${escapeHtml(cell.text)}</a>`, format }
        if (cell.kind === 'suppressed')
          return { html: '<abbr title="suppressed: resting on few children">[c]</abbr>', format }
        if (cell.kind === 'tag')
          return { html: `<strong class="govuk-tag ${tagClass(cell.text)}">${cell.text}</strong>` }
        return { text: cell.text, format }
      }),
    ),
  }
}

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** Sorts rows by a column: numbers numerically, blanks last, ties in original order. */
export function sortRows(t: TableModel, key: string, dir: 'asc' | 'desc'): TableModel {
  const indexed = t.rows.map((r, i) => ({ r, i, link: t.links?.[i] }))
  const sign = dir === 'asc' ? 1 : -1
  indexed.sort((a, b) => {
    const x = a.r[key] ?? null
    const y = b.r[key] ?? null
    if (x === null || x === '') return y === null || y === '' ? a.i - b.i : 1
    if (y === null || y === '') return -1
    const cmp = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))
    return cmp !== 0 ? sign * cmp : a.i - b.i
  })
  return { ...t, rows: indexed.map((x) => x.r), links: t.links ? indexed.map((x) => x.link ?? {}) : undefined }
}
