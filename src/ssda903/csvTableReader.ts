import { parse } from 'csv-parse/sync'
import type { FindingLog } from './findingLog.js'
import type { Edition } from './editions/edition.js'
import { normaliseColumnName, recogniseTable, type UsedTable } from './tableSpecs.js'
import type { RawRow, RawTable } from './rawTable.js'

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
  const out: Parsed[] = []
  let line = 1
  for (let start = 0; start < text.length; line++) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end
    const first = text.charCodeAt(start)
    // A line starting with a printable ASCII character is not blank; any other is trimmed to tell.
    if (stop > start && ((first > 32 && first < 127) || text.slice(start, stop).trim() !== '')) {
      out.push({ record: text.slice(start, stop).split(','), line })
    }
    start = end + 1
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
  const plain: string[][] = parse(text, { relax_column_count: true, skip_empty_lines: false })
  if (plain.length === countLines(text)) {
    const out: Parsed[] = []
    for (let i = 0; i < plain.length; i++) {
      const record = plain[i]!
      if (record.length === 1 && record[0]!.trim() === '') continue
      out.push({ record, line: i + 1 })
    }
    return out
  }
  const withInfo = parse(text, { relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as {
    record: string[]
    info: { lines: number }
  }[]
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
 * Reads one CSV extract of a return of the given edition. Returns the table it holds, or null when the file cannot
 * be used (the reason is in the log). A column of the edition missing from the file, or one that is not part of the
 * table, is one finding for the file. Never throws on any input.
 */
export function readCsvTable(bytes: Uint8Array, file: string, log: FindingLog, edition: Edition): RawTable | null {
  const whole = (rule: string, detail?: string, row = 0, value = '') => log.report(rule, { file, row, value }, detail)
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) {
    whole('AS001')
    return null
  }
  if (looksBinary(bytes)) {
    whole('AS002', 'It contains binary data (is it a spreadsheet or an image?).')
    return null
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    whole('AS002', 'It contains bytes that are not UTF-8.')
    return null
  }
  const longest = longestLine(bytes)
  if (longest.length > MAX_LINE_BYTES) {
    whole('AS003', `Line ${longest.line} is longer than ${MAX_LINE_BYTES} bytes.`, longest.line)
    return null
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)

  let records: Parsed[]
  try {
    records = parseWithLines(text)
  } catch (err) {
    const line = typeof (err as { lines?: unknown }).lines === 'number' ? (err as { lines: number }).lines : 0
    const reason = err instanceof Error ? err.message.replace(/^Invalid [^:]*: /, '') : String(err)
    whole('AS006', `The CSV reader said: ${reason}`, line)
    return null
  }
  const first = records[0]
  if (!first) {
    whole('AS001')
    return null
  }
  const spec = recogniseTable(first.record)
  if (!spec) {
    const later = records.slice(1, HEADER_SEARCH_LINES).find((r) => recogniseTable(r.record))
    if (later) whole('AS005', `The header is on line ${later.line}.`, later.line)
    else whole('AS004', undefined, first.line, first.record.slice(0, 8).join(',').slice(0, 200))
    return null
  }
  if (!spec.used) {
    whole('AS009', `(Table ${spec.name}.)`, 0, spec.name)
    return null
  }
  const table = spec.name as UsedTable
  const header = first.record.map(normaliseColumnName)
  const headerLine = first.line
  const known = new Set(edition.columns(table))
  // A column of the table in another edition (URN in a 2012-13 extract) is an SSDA903 column: ignored quietly.
  const ofTable = new Set(spec.columns)
  const columnFinding = (rule: string, column: string, detail: string) =>
    log.report(rule, { file, row: headerLine, column, value: rule === 'AS008' ? column : '' }, detail)
  for (const name of new Set(header)) {
    if (!ofTable.has(name)) columnFinding('AS008', name, `(Table ${spec.name}.)`)
  }
  const required = new Set(edition.required(table))
  const missing = [...known].filter((c) => !header.includes(c))
  for (const column of missing.filter((c) => required.has(c))) {
    columnFinding('AS007', column, `(Table ${spec.name} needs ${column}.)`)
  }
  const optional = missing.filter((c) => !required.has(c))
  if (optional.length > 0) {
    const list = optional.join(', ')
    columnFinding('AS016', optional[0]!, `(Table ${spec.name}, ${edition.name} edition: ${list}.)`)
  }
  if (missing.some((c) => required.has(c))) return null
  const columns = new Map<string, number>()
  header.forEach((name, i) => {
    if (known.has(name) && !columns.has(name)) columns.set(name, i)
  })
  const rows: RawRow[] = []
  let ragged = 0
  let firstRagged = 0
  for (let i = 1; i < records.length; i++) {
    const { record, line } = records[i]!
    if (record.length !== header.length && ragged++ === 0) firstRagged = line
    for (let c = 0; c < record.length; c++) record[c] = record[c]!.trim()
    rows.push({ line, cells: record })
  }
  if (ragged > 0) {
    whole(
      'AS011',
      `(${ragged} row${ragged === 1 ? '' : 's'}, the first on line ${firstRagged}; ` +
        `the header has ${header.length} fields.)`,
      firstRagged,
    )
  }
  return { spec, file, columns, rows }
}
