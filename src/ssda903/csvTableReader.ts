import { parse } from 'csv-parse/sync'
import type { FindingLog } from './findingLog.js'
import { normaliseColumnName, recogniseTable, type TableSpec } from './tableSpecs.js'

/** One data row of a table: its line in the file and its cells by SSDA903 column name. */
export interface RawRow {
  line: number
  cells: Map<string, string>
}

export interface RawTable {
  spec: TableSpec
  file: string
  rows: RawRow[]
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

  let records: { record: string[]; info: { lines: number } }[]
  try {
    records = parse(text, {
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      trim: false,
    }) as unknown as { record: string[]; info: { lines: number } }[]
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
    if (later) log.report('AS005', file, later.info.lines, '', '', `The header is on line ${later.info.lines}.`)
    else log.report('AS004', file, first.info.lines, '', first.record.slice(0, 8).join(',').slice(0, 200))
    return null
  }
  if (!spec.used) {
    log.report('AS009', file, 0, '', spec.name, `(Table ${spec.name}.)`)
    return null
  }
  const header = first.record.map(normaliseColumnName)
  const headerLine = first.info.lines
  const known = new Set(spec.columns)
  header.forEach((name) => {
    if (!known.has(name)) log.report('AS008', file, headerLine, name, name, `(Table ${spec.name}.)`)
  })
  const missing = spec.required.filter((c) => !header.includes(c))
  if (missing.length > 0) {
    for (const column of missing) log.report('AS007', file, headerLine, column, '', `(Table ${spec.name} needs ${column}.)`)
    return null
  }
  const wanted = header.map((name) => (known.has(name) ? name : null))
  const rows: RawRow[] = []
  for (let i = 1; i < records.length; i++) {
    const { record, info } = records[i]!
    if (record.length !== header.length) {
      log.report('AS011', file, info.lines, '', '', `(${record.length} fields, header has ${header.length}.)`)
    }
    const cells = new Map<string, string>()
    for (let c = 0; c < wanted.length; c++) {
      const name = wanted[c]
      if (name) cells.set(name, (record[c] ?? '').trim())
    }
    rows.push({ line: info.lines, cells })
  }
  return { spec, file, rows }
}
