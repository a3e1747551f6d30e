import { parse } from 'csv-parse/sync'
import type { FindingLog } from './findingLog.js'
import { normaliseColumnName, recogniseTable, type TableSpec } from './tableSpecs.js'

/** One data row of a table: its line in the file and its cells, trimmed, in the table's column order. */
export interface RawRow {
  line: number
  cells: string[]
}

export interface RawTable {
  spec: TableSpec
  file: string
  /** Position of each SSDA903 column present, in a row's cells. */
  columns: Map<string, number>
  rows: RawRow[]
}

/** A cell by SSDA903 column name: '' when the column is absent or the row short. */
export function cellOf(table: RawTable, row: RawRow, column: string): string {
  const i = table.columns.get(column)
  return i === undefined ? '' : row.cells[i] ?? ''
}

interface Parsed {
  record: string[]
  line: number
}

function countLines(text: string): number {
  let n = 0
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++
  return text.length > 0 && !text.endsWith('\n') ? n + 1 : n
}

/**
 * CSV with no quote character at all has no escaping: every line is a record
 * and every comma separates fields (RFC 4180, section 2). Splitting such text
 * directly is several times faster than the general parser, which handles
 * every other file.
 */
function splitUnquoted(text: string): Parsed[] {
  const lines = text.split('\n')
  const out: Parsed[] = []
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!
    if (line.endsWith('\r')) line = line.slice(0, -1)
    if (line.trim() === '') continue
    out.push({ record: line.split(','), line: i + 1 })
  }
  return out
}

/**
 * Parses CSV text into records with the line each starts on. The fast way
 * first: when every record is one line, the record's index is its line.
 * Only when a quoted field spans lines does it ask the parser to count.
 */
function parseWithLines(text: string): Parsed[] {
  if (!text.includes('"') && !/\r(?!\n)/.test(text)) return splitUnquoted(text)
  const plain = parse(text, { relax_column_count: true, skip_empty_lines: false }) as string[][]
  if (plain.length === countLines(text)) {
    const out: Parsed[] = []
    for (let i = 0; i < plain.length; i++) {
      const record = plain[i]!
      if (record.length === 1 && record[0]!.trim() === '') continue
      out.push({ record, line: i + 1 })
    }
    return out
  }
  const withInfo = parse(text, { relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as
    { record: string[]; info: { lines: number } }[]
  return withInfo.map((r) => ({ record: r.record, line: r.info.lines }))
}

/** Longest line an SSDA903 extract could hold; anything longer is not one. */
export const MAX_LINE_BYTES = 64 * 1024
const HEADER_SEARCH_LINES = 10

function longestLine(bytes: Uint8Array): { length: number; line: number } {
  let start = 0
  let line = 1
  let worst = { length: 0, line: 1 }
  while (start <= bytes.length) {
    let end = bytes.indexOf(10, start)
    if (end === -1) end = bytes.length
    const length = end - start
    if (length > worst.length) worst = { length, line }
    if (length > MAX_LINE_BYTES) return worst
    start = end + 1
    line++
  }
  return worst
}

function looksBinary(bytes: Uint8Array): boolean {
  const probe = bytes.subarray(0, 65536)
  return probe.indexOf(0) !== -1
}

/**
 * Reads one CSV extract. Returns the table it holds, or null when the file
 * cannot be used (the reason is in the log). Never throws on any input.
 */
export function readCsvTable(bytes: Uint8Array, file: string, log: FindingLog): RawTable | null {
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) {
    log.report('AS001', file, 0, '', '')
    return null
  }
  if (looksBinary(bytes)) {
    log.report('AS002', file, 0, '', '', 'It contains binary data (is it a spreadsheet or an image?).')
    return null
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    log.report('AS002', file, 0, '', '', 'It contains bytes that are not UTF-8.')
    return null
  }
  const longest = longestLine(bytes)
  if (longest.length > MAX_LINE_BYTES) {
    log.report('AS003', file, longest.line, '', '', `Line ${longest.line} is longer than ${MAX_LINE_BYTES} bytes.`)
    return null
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)

  let records: Parsed[]
  try {
    records = parseWithLines(text)
  } catch (err) {
    const line = typeof (err as { lines?: unknown }).lines === 'number' ? (err as { lines: number }).lines : 0
    const reason = err instanceof Error ? err.message.replace(/^Invalid [^:]*: /, '') : String(err)
    log.report('AS006', file, line, '', '', `The CSV reader said: ${reason}`)
    return null
  }
  const first = records[0]
  if (!first) {
    log.report('AS001', file, 0, '', '')
    return null
  }
  const spec = recogniseTable(first.record)
  if (!spec) {
    const later = records.slice(1, HEADER_SEARCH_LINES).find((r) => recogniseTable(r.record))
    if (later) log.report('AS005', file, later.line, '', '', `The header is on line ${later.line}.`)
    else log.report('AS004', file, first.line, '', first.record.slice(0, 8).join(',').slice(0, 200))
    return null
  }
  if (!spec.used) {
    log.report('AS009', file, 0, '', spec.name, `(Table ${spec.name}.)`)
    return null
  }
  const header = first.record.map(normaliseColumnName)
  const headerLine = first.line
  const known = new Set(spec.columns)
  header.forEach((name) => {
    if (!known.has(name)) log.report('AS008', file, headerLine, name, name, `(Table ${spec.name}.)`)
  })
  const missing = spec.required.filter((c) => !header.includes(c))
  if (missing.length > 0) {
    for (const column of missing) log.report('AS007', file, headerLine, column, '', `(Table ${spec.name} needs ${column}.)`)
    return null
  }
  const columns = new Map<string, number>()
  header.forEach((name, i) => {
    if (known.has(name) && !columns.has(name)) columns.set(name, i)
  })
  const rows: RawRow[] = []
  for (let i = 1; i < records.length; i++) {
    const { record, line } = records[i]!
    if (record.length !== header.length) {
      log.report('AS011', file, line, '', '', `(${record.length} fields, header has ${header.length}.)`)
    }
    for (let c = 0; c < record.length; c++) record[c] = record[c]!.trim()
    rows.push({ line, cells: record })
  }
  return { spec, file, columns, rows }
}
