import type { Finding } from '../domain/finding.js'
import { collectionYearOf, collectionYearSpan } from '../domain/period.js'
import { compareEpisodes } from '../domain/periodOfCare.js'
import type { CouncilRecords } from '../domain/returnRecords.js'
import { readCsvTable } from './csvTableReader.js'
import { editionFor, isKnownYear } from './editions/edition.js'
import { checkEpisodeChains } from './episodeChainChecks.js'
import { FindingLog } from './findingLog.js'
import type { RawTable } from './rawTable.js'
import { parseTable, type Checks } from './recordParser.js'
import { checkReturn } from './returnChecks.js'
import { stitchReturns } from './returnStitcher.js'
import { ReturnUnderCheck, type YearReturn } from './rules/returnUnderCheck.js'
import type { UsedTable } from './tableSpecs.js'
import { looksLikeXml, readXmlReturn } from './xmlReturnReader.js'
import { isExtractPath, type InYearExtract } from './extractLayout.js'

/** A file of a data directory: its path relative to the directory, and its bytes. */
export interface ReturnFile {
  path: string
  bytes: Uint8Array
  /** Set when the file was too large to read; bytes is then empty. */
  tooLarge?: boolean
}

export interface ReadReturns {
  /** Stitched records per council code. */
  councils: Map<string, CouncilRecords>
  /** Each council's returns, one per collection year read. */
  returns: Map<string, YearReturn[]>
  findings: Finding[]
  /** Data rows read from the files given. */
  rows: number
}

/** Largest file read into memory (from a data directory, or chosen on the check page); bigger ones are reported. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024

/** DIR/<council code>/<collection year>/<file>. */
export const RETURN_LAYOUT = /^(\d{3})\/(\d{4})\/([^/]+)$/

/**
 * A file name safe to store and show: the last path segment, plain characters only. Never used as a path. Uploads and
 * the check page name chosen files with it.
 */
export function safeFileName(name: string, index: number): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  return /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}$/.test(base) && !base.includes('..') ? base : `file-${index + 1}.csv`
}

export function emptyRecords(council: string): CouncilRecords {
  return { council, children: [], episodes: [], adoptions: [], decisions: [] }
}

const inYear = (date: string, span: { start: string; end: string }) => date >= span.start && date <= span.end
const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
const byChildThen = <T extends { child: string }>(list: T[]): T[] =>
  list.sort((a, b) => (a.child < b.child ? -1 : a.child > b.child ? 1 : 0))

/** The files of one council's return for one year read into tables: CSV extracts, or one XML export. */
function readYearTables(files: readonly ReturnFile[], where: string, year: number, log: FindingLog): RawTable[] | null {
  const xml = files.filter((f) => !f.tooLarge && (f.path.toLowerCase().endsWith('.xml') || looksLikeXml(f.bytes)))
  for (const f of files.filter((f) => f.tooLarge)) {
    log.report('AS003', { file: f.path, row: 0 }, 'The file is too large to be one SSDA903 table.')
  }
  if (xml.length > 0 && xml.length < files.length) {
    log.report('AS017', { file: where, row: 0 }, `(XML: ${xml.map((f) => f.path).join(', ')}.)`)
    return null
  }
  if (xml.length > 1) {
    log.report('AS018', { file: where, row: 0 }, `(${xml.map((f) => f.path).join(', ')}.)`)
    return null
  }
  if (xml.length === 1) return readXmlReturn(xml[0]!.bytes, xml[0]!.path, log)
  const tables: RawTable[] = []
  const seen = new Map<string, string>()
  for (const file of files) {
    if (file.tooLarge) continue
    const table = readCsvTable(file.bytes, file.path, log, editionFor(year))
    if (!table) continue
    const other = seen.get(table.spec.name)
    if (other) {
      log.report('AS010', { file: file.path, row: 0, value: table.spec.name }, `(Also in ${other}.)`)
      continue
    }
    seen.set(table.spec.name, file.path)
    tables.push(table)
  }
  return tables
}

/**
 * Reads one council's return for one year: tables, typed records, and the checks on the return as a whole. An in-year
 * extract is read as its collection year's return, taken on `takenOn`: checks that run to 31 March run to that day.
 */
export function readYearReturn(
  council: string,
  year: number,
  files: readonly ReturnFile[],
  log: FindingLog,
  checks: Checks = 'all',
  takenOn?: string,
): YearReturn | null {
  const where = `${council}/${takenOn ?? year}`
  if (!isKnownYear(year)) {
    log.report('AS070', { file: where, row: 0, value: String(year) })
    return null
  }
  const edition = editionFor(year)
  const span = takenOn ? { start: collectionYearSpan(year).start, end: takenOn } : collectionYearSpan(year)
  const tables = readYearTables(files, where, year, log)
  if (!tables) return null
  const records = emptyRecords(council)
  const present = new Set<UsedTable>()
  let rows = 0
  for (const table of tables) {
    present.add(table.spec.name as UsedTable)
    rows += table.rows.length
    parseTable(table, { year, edition, start: span.start, end: span.end }, log, records, checks)
  }
  records.episodes.sort(compareEpisodes)
  byChildThen(records.children)
  byChildThen(records.adoptions)
  byChildThen(records.decisions)
  if (!present.has('Episodes') || records.episodes.length === 0) {
    log.report('AS071', { file: where, row: 0 }, present.has('Episodes') ? '' : '(No Episodes table was found.)')
  } else if (
    !records.episodes.some(
      (e) => inYear(e.start, span) || (e.end !== null ? inYear(e.end, span) : takenOn !== undefined),
    )
  ) {
    log.report('AS072', { file: where, row: 0, value: String(year) })
  }
  return { council, year, edition, start: span.start, end: span.end, records, tables: present, rows }
}

/** One council's returns read and stitched: its history, each year's return, and the data rows read. */
export interface CouncilReturns {
  records: CouncilRecords
  returns: YearReturn[]
  rows: number
}

/**
 * Groups the files of a data directory by council and collection year (DIR/<council>/<year>/<file>), councils and
 * years in order. A file laid out otherwise is reported (AS012); no council at all is reported (AS073).
 */
export function returnsByCouncil<F extends { path: string }>(
  files: readonly F[],
  log: FindingLog,
): Map<string, Map<number, F[]>> {
  const byCouncilYear = new Map<string, Map<number, F[]>>()
  for (const file of [...files].sort(byPath)) {
    const m = RETURN_LAYOUT.exec(file.path)
    if (!m) {
      // An in-year extract (DIR/<council>/<YYYY-MM-DD>/) is not an annual return: it is read for the pipeline only.
      if (!isExtractPath(file.path)) log.report('AS012', { file: file.path, row: 0 })
      continue
    }
    const years = byCouncilYear.get(m[1]!) ?? new Map<number, F[]>()
    byCouncilYear.set(m[1]!, years)
    const year = Number(m[2])
    years.set(year, [...(years.get(year) ?? []), file])
  }
  if (byCouncilYear.size === 0) log.report('AS073', { file: '', row: 0 })
  return new Map(
    [...byCouncilYear]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([council, years]) => [council, new Map([...years].sort(([a], [b]) => a - b))]),
  )
}

/**
 * Reads one council's returns, year by year, checks each against the year before when it is there, and stitches
 * them into one history; an in-year extract, when one is given, after them. With checks 'none' no rule is applied:
 * only what building journeys needs is read.
 */
export function readCouncilReturns(
  council: string,
  years: ReadonlyMap<number, readonly ReturnFile[]>,
  log: FindingLog,
  checks: Checks = 'all',
  extract?: InYearExtract<ReturnFile>,
): CouncilReturns {
  const read = new Map<number, YearReturn>()
  let rows = 0
  for (const [year, yearFiles] of years) {
    const r = readYearReturn(council, year, yearFiles, log, checks)
    if (!r) continue
    read.set(year, r)
    rows += r.rows
  }
  // The extract is read as the return of the year it falls in, after every annual return given with it.
  if (extract) {
    const year = collectionYearOf(extract.takenOn)
    const r = read.has(year) ? null : readYearReturn(council, year, extract.files, log, checks, extract.takenOn)
    if (r) {
      read.set(year, r)
      rows += r.rows
    }
  }
  if (checks === 'all') {
    for (const [year, r] of read) checkReturn(new ReturnUnderCheck(r, read.get(year - 1) ?? null), log)
  }
  const returns = [...read.values()]
  const records = stitchReturns(council, returns, log)
  if (checks === 'all') checkEpisodeChains(records.episodes, log)
  return { records, returns, rows }
}

/**
 * Reads every file of a data directory laid out as <council>/<year>/<file>: recognises each table (CSV, or the XML
 * export), parses and checks it, checks each year's return against the year before when it is there, and stitches
 * each council's years into one history. Pure: no file system.
 */
export function readReturns(files: readonly ReturnFile[], checks: Checks = 'all'): ReadReturns {
  const log = new FindingLog()
  const councils = new Map<string, CouncilRecords>()
  const returns = new Map<string, YearReturn[]>()
  let rows = 0
  for (const [council, years] of returnsByCouncil(files, log)) {
    const read = readCouncilReturns(council, years, log, checks)
    councils.set(council, read.records)
    returns.set(council, read.returns)
    rows += read.rows
  }
  return { councils, returns, findings: log.findings, rows }
}

export function sortFindings(findings: Finding[]): Finding[] {
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
  return findings.sort(
    (a, b) =>
      text(a.file, b.file) ||
      a.row - b.row ||
      text(a.column, b.column) ||
      text(a.rule, b.rule) ||
      text(a.message, b.message),
  )
}
