import type { Finding } from '../domain/finding.js'
import type { CouncilRecords } from '../domain/returnRecords.js'
import { readCsvTable } from './csvTableReader.js'
import { checkEpisodeChains } from './episodeChainChecks.js'
import { FindingLog } from './findingLog.js'
import { parseTable } from './recordParser.js'
import { checkReturn } from './returnChecks.js'
import { stitchReturns, type YearReturn } from './returnStitcher.js'

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
  findings: Finding[]
  rows: number
}

const LAYOUT = /^(\d{3})\/(\d{4})\/[^/]+$/

export function emptyRecords(council: string): CouncilRecords {
  return { council, children: [], episodes: [], adoptions: [], decisions: [] }
}

/**
 * Reads every file of a data directory laid out as <council>/<year>/<file>:
 * recognises each table, parses and checks it, checks each return, and
 * stitches each council's years into one history. Pure: no file system.
 */
export function readReturns(files: readonly ReturnFile[]): ReadReturns {
  const log = new FindingLog()
  const byCouncilYear = new Map<string, Map<number, CouncilRecords>>()
  const seenTables = new Map<string, string>()
  let rows = 0
  const ordered = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  for (const file of ordered) {
    const m = LAYOUT.exec(file.path)
    if (!m) {
      log.report('AS012', file.path, 0, '', '')
      continue
    }
    const council = m[1]!
    const year = Number(m[2])
    if (file.tooLarge) {
      log.report('AS003', file.path, 0, '', '', 'The file is too large to be one SSDA903 table.')
      continue
    }
    const table = readCsvTable(file.bytes, file.path, log)
    if (!table) continue
    const tableKey = `${council}/${year}/${table.spec.name}`
    const other = seenTables.get(tableKey)
    if (other) {
      log.report('AS010', file.path, 0, '', table.spec.name, `(Also in ${other}.)`)
      continue
    }
    seenTables.set(tableKey, file.path)
    rows += table.rows.length
    const years = byCouncilYear.get(council) ?? new Map<number, CouncilRecords>()
    byCouncilYear.set(council, years)
    const records = years.get(year) ?? emptyRecords(council)
    years.set(year, records)
    parseTable(table, year, log, records)
  }
  const councils = new Map<string, CouncilRecords>()
  for (const [council, years] of [...byCouncilYear].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const returns: YearReturn[] = []
    for (const [year, records] of years) {
      checkReturn(records, log)
      returns.push({ year, records })
    }
    const stitched = stitchReturns(council, returns, log)
    checkEpisodeChains(stitched.episodes, log)
    councils.set(council, stitched)
  }
  return { councils, findings: log.findings, rows }
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.row - b.row || (a.column < b.column ? -1 : a.column > b.column ? 1 : 0) ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0))
}
