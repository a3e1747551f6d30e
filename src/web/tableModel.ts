import { stringify } from 'csv-stringify/sync'
import ExcelJS from 'exceljs'
import { displayDate } from './displayDate.js'

export type Cell = string | number | boolean | null

export interface Column {
  key: string
  label: string
  numeric?: boolean
  /** Values "Meets" / "Misses" shown as GOV.UK tags in HTML. */
  status?: boolean
}

/** A table of numbers as a page shows it: the same model renders the HTML table, the CSV and the XLSX, so downloads hold exactly what is shown. */
export interface TableModel {
  caption: string
  columns: Column[]
  rows: Record<string, Cell>[]
  /** Optional link for a cell, by column key; HTML only. */
  links?: Record<string, string>[]
}

const text = (c: Cell): string => (c === null ? '' : typeof c === 'boolean' ? (c ? 'Yes' : 'No') : String(c))

export function tableCsv(t: TableModel): string {
  return stringify([t.columns.map((c) => c.label), ...t.rows.map((r) => t.columns.map((c) => text(r[c.key] ?? null)))])
}

export async function tableXlsx(t: TableModel): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.creator = 'adoption-scorecard'
  const sheet = book.addWorksheet(t.caption.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '))
  sheet.addRow(t.columns.map((c) => c.label)).font = { bold: true }
  for (const r of t.rows) sheet.addRow(t.columns.map((c) => {
    const v = r[c.key] ?? null
    return typeof v === 'boolean' ? (v ? 'Yes' : 'No') : v
  }))
  sheet.columns.forEach((col, i) => {
    col.width = Math.min(50, Math.max(10, t.columns[i]!.label.length + 2))
  })
  return Buffer.from(await book.xlsx.writeBuffer())
}

/** The GOV.UK table macro's parameters for a model. */
export function govukTableParams(t: TableModel, sort?: { key: string; dir: 'asc' | 'desc'; href: (key: string, dir: 'asc' | 'desc') => string }) {
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
        html: `<a class="govuk-link" href="${escapeHtml(sort.href(c.key, next))}">${escapeHtml(label)}<span class="govuk-visually-hidden"> (sort ${next === 'asc' ? 'ascending' : 'descending'})</span></a>`,
        format: c.numeric ? 'numeric' : undefined,
        attributes: { 'aria-sort': ariaSort },
      }
    }),
    rows: t.rows.map((r, i) => t.columns.map((c) => {
      const href = t.links?.[i]?.[c.key]
      const v = displayDate(text(r[c.key] ?? null))
      if (href) return { html: `<a class="govuk-link" href="${escapeHtml(href)}">${escapeHtml(v)}</a>`, format: c.numeric ? 'numeric' : undefined }
      if (v === '[c]') return { html: '<abbr title="suppressed: resting on few children">[c]</abbr>', format: c.numeric ? 'numeric' : undefined }
      if (c.status && (v === 'Meets' || v === 'Misses')) {
        return { html: `<strong class="govuk-tag govuk-tag--${v === 'Meets' ? 'green' : 'red'}">${v}</strong>` }
      }
      return { text: v === '' ? '–' : v, format: c.numeric ? 'numeric' : undefined }
    })),
  }
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
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
