import { findingsJson } from '../cli/findingFormats.js'
import type { CheckResult, OwnFigures } from '../check/returnCheck.js'
import { editionName } from '../ssda903/editions/edition.js'
import { FINDING_TABLES } from './findingTables.js'
import { findingReport, ROWS_SHOWN, type FindingReport } from './findingReport.js'
import { childrenWaitingTable } from './pipelineTables.js'
import { tableCsv, type TableModel } from './tableModel.js'
import { tableXlsx } from './tableXlsx.js'

/** What the check page shows of a check: plain data (it crosses from the worker to the page), no markup. */
export interface CheckView {
  council: string
  councilName: string
  year: number
  /** "2012-13". */
  yearName: string
  /** Last year's files were chosen too. */
  withLastYear: boolean
  fileNames: string
  rows: number
  /** The same report as the upload page's. */
  report: FindingReport
  /** The council's own A1, A10, A2 and A3. */
  figures: TableModel
  waiting: { asAt: string; count: number; flagged: number; table: TableModel }
}

const yesNo = (meets: boolean | null) => (meets === null ? null : meets ? 'Meets' : 'Misses')

/** The council's own figures, period by period, with the years of each period that the files hold. */
export function ownFiguresTable(figures: readonly OwnFigures[], councilName: string): TableModel {
  return {
    caption: `${councilName}'s own figures from these files`,
    columns: [
      { key: 'period', label: 'Period' },
      { key: 'years', label: 'Years of the period in the files' },
      { key: 'adopted', label: 'Children adopted', numeric: true },
      { key: 'inA1', label: 'Children in A1', numeric: true },
      { key: 'a1', label: 'A1 days', numeric: true },
      { key: 'a1Threshold', label: 'A1 threshold', numeric: true },
      { key: 'a1Met', label: 'A1', status: true },
      { key: 'a10', label: 'A10 days', numeric: true },
      { key: 'a2', label: 'A2 days', numeric: true },
      { key: 'a2Threshold', label: 'A2 threshold', numeric: true },
      { key: 'a2Met', label: 'A2', status: true },
      { key: 'a3', label: 'A3 (%)', numeric: true },
      { key: 'a3Months', label: 'A3 cut-off (months)', numeric: true },
    ],
    rows: figures.map((f) => ({
      period: f.period,
      years: `${f.yearsInFiles.map(editionName).join(' and ')} (${f.yearsInFiles.length} of 3)`,
      adopted: f.adopted,
      inA1: f.indicators.A1.children,
      a1: f.indicators.A1.value,
      a1Threshold: f.indicators.A1.threshold,
      a1Met: yesNo(f.indicators.A1.meets),
      a10: f.indicators.A1_adjusted.value,
      a2: f.indicators.A2.value,
      a2Threshold: f.indicators.A2.threshold,
      a2Met: yesNo(f.indicators.A2.meets),
      a3: f.indicators.A3.percent,
      a3Months: f.indicators.A3.months,
    })),
  }
}

/** The page's view of a check. */
export function checkView(result: CheckResult): CheckView {
  const waiting = childrenWaitingTable(result.waiting)
  return {
    council: result.council.code,
    councilName: result.council.name,
    year: result.year,
    yearName: editionName(result.year),
    withLastYear: result.withLastYear,
    fileNames: result.files.join(', '),
    rows: result.rows,
    report: findingReport(result.findings),
    figures: ownFiguresTable(result.figures, result.council.name),
    waiting: {
      asAt: result.waiting.asAt,
      count: result.waiting.children.length,
      flagged: result.waiting.children.filter((c) => c.flags.length > 0).length,
      table: { ...waiting, rows: waiting.rows.slice(0, ROWS_SHOWN) },
    },
  }
}

export type CheckDownloadFormat = 'json' | 'csv' | 'xlsx'

/** The tables the check page offers, and in which formats: JSON for the findings only (`scorecard validate`'s). */
export const CHECK_DOWNLOADS: ReadonlyMap<string, readonly CheckDownloadFormat[]> = new Map([
  ['findings', ['json', 'csv', 'xlsx']],
  ['summary', ['csv', 'xlsx']],
  ['children', ['csv', 'xlsx']],
  ['figures', ['csv', 'xlsx']],
  ['waiting', ['csv', 'xlsx']],
])

export interface CheckDownload {
  fileName: string
  type: string
  bytes: Uint8Array
}

const TYPES: Record<CheckDownloadFormat, string> = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/**
 * A download, made where the check ran (in the browser): the findings as JSON are exactly what
 * `scorecard validate --format json` prints for the same files; CSV and XLSX come from the same table models as the
 * upload page's downloads. Null for a table or format not offered.
 */
export async function checkDownload(
  result: CheckResult,
  table: string,
  format: CheckDownloadFormat,
): Promise<CheckDownload | null> {
  if (!CHECK_DOWNLOADS.get(table)?.includes(format)) return null
  const fileName = `${table}-${result.council.code}-${result.year}.${format}`
  if (format === 'json') {
    return { fileName, type: TYPES.json, bytes: new TextEncoder().encode(findingsJson(result.findings) + '\n') }
  }
  const caption = `Checks on ${result.council.code} ${result.year}`
  const finding = FINDING_TABLES.get(table)
  const model =
    table === 'figures'
      ? ownFiguresTable(result.figures, result.council.name)
      : table === 'waiting'
        ? childrenWaitingTable(result.waiting)
        : finding!(result.findings, caption)
  const bytes = format === 'csv' ? new TextEncoder().encode(tableCsv(model)) : await tableXlsx(model)
  return { fileName, type: TYPES[format], bytes }
}
