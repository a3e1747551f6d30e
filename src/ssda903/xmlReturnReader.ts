import { SaxesParser } from 'saxes'
import type { FindingLog } from './findingLog.js'
import { NotPlain, PlainXmlScanner } from './plainXmlScanner.js'
import type { RawRow, RawTable } from './rawTable.js'
import { TABLES, type TableSpec, type UsedTable } from './tableSpecs.js'

/**
 * The XML export of an SSDA903 return (root EXPSSDA903): one CHILD per child, holding a HEADER (the Header items,
 * the AD1 items and AD_PLACED blocks for the decisions to place) and EPISODE blocks. Element names are the CSV
 * column names but for CHILDID (CHILD) and PL (PLACE). See docs/methodology.md, "The XML export".
 */
export const XML_ROOT = 'EXPSSDA903'
const RENAMED: Readonly<Record<string, string>> = { CHILDID: 'CHILD', PL: 'PLACE' }

/** Blocks of other SSDA903 tables inside HEADER: read past, not used by the scorecard. */
const OTHER_BLOCKS = new Set(['AREVIEW', 'AMISSING', 'OC2', 'PERMANENCE', 'SW_EPISODE', 'SWEPISODE', 'DOLO', 'OC3'])
/** Leaf items of other tables that sit directly in HEADER (UASC, the care leaver items). */
const OTHER_ITEMS = new Set(['UASC', 'DUC', 'IN_TOUCH', 'ACTIV', 'ACCOM'])

const spec = (name: UsedTable): TableSpec => TABLES.find((t) => t.name === name)!
const HEADER = spec('Header')
const EPISODES = spec('Episodes')
const AD1 = spec('AD1')
const PLACED = spec('PlacedAdoption')
const HEADER_ITEMS = new Set(HEADER.columns)
const AD1_ITEMS = new Set(AD1.columns.filter((c) => c !== 'CHILD' && c !== 'DOB'))
const EPISODE_ITEMS = new Set(EPISODES.columns.filter((c) => c !== 'CHILD'))
const PLACED_ITEMS = new Set(PLACED.columns.filter((c) => c !== 'CHILD' && c !== 'DOB'))

/** Thrown inside the parser's handlers to stop at the first fault; never leaves this module. */
class StopReading extends Error {}

/** Bytes decoded a slice at a time, so a large export is never one string. */
const CHUNK_BYTES = 1 << 20

/** The encoding named in the XML declaration, read from the first bytes; UTF-8 when none is named. */
function declaredEncoding(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200))
  const m = /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)
  const name = (m?.[1] ?? 'utf-8').toLowerCase()
  if (name === 'us-ascii' || name === 'ascii' || name === 'utf8') return 'utf-8'
  if (name === 'iso-8859-1' || name === 'latin1' || name === 'latin-1') return 'windows-1252'
  return name
}

interface ChildBlock {
  line: number
  header: Map<string, string>
  ad1Line: number
  episodes: { line: number; items: Map<string, string> }[]
  placed: { line: number; items: Map<string, string> }[]
}

/** True when the bytes look like an XML document rather than CSV: the first non-blank character is '<'. */
export function looksLikeXml(bytes: Uint8Array): boolean {
  let i = 0
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++
  return bytes[i] === 0x3c
}

/**
 * Reads the XML export of one return into the tables the scorecard uses, with the line of each element. Returns
 * null when the file cannot be used (the reason is in the log: one finding, with line and column). Never throws,
 * never expands entities, refuses a DOCTYPE. Plain exports are read by the fast reader; anything else, or anything
 * wrong, by the general XML parser, which names the fault.
 */
export function readXmlReturn(bytes: Uint8Array, file: string, log: FindingLog): RawTable[] | null {
  try {
    return readXmlWith('plain', bytes, file, log)
  } catch (e) {
    if (e instanceof NotPlain) return readXmlWith('general', bytes, file, log)
    throw e
  }
}

/** Reads with the fast reader (which gives up with NotPlain) or the general parser. */
export function readXmlWith(
  reader: 'plain' | 'general',
  bytes: Uint8Array,
  file: string,
  log: FindingLog,
): RawTable[] | null {
  const parser = new SaxesParser({ position: true })
  let line = 1
  const path: string[] = []
  let text = ''
  let child: ChildBlock | null = null
  let block: { kind: 'episode' | 'placed' | 'other'; line: number; items: Map<string, string> } | null = null
  let sawRoot = false
  const unknown = new Map<string, number>()
  const header: RawRow[] = []
  const episodes: RawRow[] = []
  const ad1: RawRow[] = []
  const placed: RawRow[] = []
  let fault: { rule: string; line: number; detail: string } | null = null
  const stop = (rule: string, detail: string, at = parser.line): never => {
    // The fast reader leaves every fault to the general parser, so a finding is always the parser's own.
    if (reader === 'plain') throw new NotPlain(rule)
    fault ??= { rule, line: at, detail }
    throw new StopReading()
  }

  const row = (table: TableSpec, line: number, items: Map<string, string>, id: string, dob: string): RawRow => ({
    line,
    cells: table.columns.map((c) =>
      c === 'CHILD' ? id : c === 'DOB' && table !== HEADER ? dob : (items.get(c) ?? ''),
    ),
  })
  const flushChild = (c: ChildBlock): void => {
    const id = c.header.get('CHILD') ?? ''
    const dob = c.header.get('DOB') ?? ''
    header.push(row(HEADER, c.line, c.header, id, dob))
    if ([...AD1_ITEMS].some((k) => (c.header.get(k) ?? '') !== '')) ad1.push(row(AD1, c.ad1Line, c.header, id, dob))
    for (const e of c.episodes) episodes.push(row(EPISODES, e.line, e.items, id, dob))
    for (const p of c.placed) placed.push(row(PLACED, p.line, p.items, id, dob))
  }
  const noteUnknown = (name: string): void => {
    if (!unknown.has(name)) unknown.set(name, line)
  }

  parser.on('doctype', () => stop('AS014', 'The file has a DOCTYPE declaration.'))
  parser.on('error', (err) => {
    const where = /^[^:]*:(\d+):(\d+): (.*)$/.exec(err.message)
    stop(
      'AS013',
      `Line ${where?.[1] ?? parser.line}, column ${where?.[2] ?? parser.column}: ${where?.[3] ?? err.message}.`,
    )
  })
  const upper = new Map<string, string>()
  const opened = (written: string): void => {
    let name = upper.get(written)
    if (name === undefined) upper.set(written, (name = written.toUpperCase()))
    const depth = path.length
    path.push(name)
    text = ''
    if (depth === 0) {
      if (name !== XML_ROOT) stop('AS015', `The root element is <${written}>, not <${XML_ROOT}>.`)
      sawRoot = true
      return
    }
    if (depth === 1) {
      if (name === 'CHILD') child = { line, header: new Map(), ad1Line: 0, episodes: [], placed: [] }
      else noteUnknown(name)
      return
    }
    if (!child) return
    if (depth === 2 && name === 'EPISODE') block = { kind: 'episode', line, items: new Map() }
    else if (name === 'AD_PLACED') block = { kind: 'placed', line, items: new Map() }
    else if (OTHER_BLOCKS.has(name)) block = { kind: 'other', line, items: new Map() }
    else if (depth === 2 && name !== 'HEADER') noteUnknown(name)
  }
  const closed = (): void => {
    const name = path.pop()!
    const value = text.trim()
    text = ''
    const c = child
    if (!c) return
    if (name === 'CHILD' && path.length === 1) {
      flushChild(c)
      child = null
      return
    }
    if (block && (name === 'EPISODE' || name === 'AD_PLACED' || OTHER_BLOCKS.has(name))) {
      if (block.kind === 'episode') c.episodes.push({ line: block.line, items: block.items })
      if (block.kind === 'placed') c.placed.push({ line: block.line, items: block.items })
      block = null
      return
    }
    const column = RENAMED[name] ?? name
    if (block) {
      if (block.kind === 'other') return
      const known = block.kind === 'episode' ? EPISODE_ITEMS : PLACED_ITEMS
      if (known.has(column)) block.items.set(column, value)
      else noteUnknown(name)
      return
    }
    if (name === 'HEADER' || name === 'EPISODE') return
    if (HEADER_ITEMS.has(column) || AD1_ITEMS.has(column)) {
      if (AD1_ITEMS.has(column) && c.ad1Line === 0) c.ad1Line = line
      c.header.set(column, value)
    } else if (!OTHER_ITEMS.has(name)) noteUnknown(name)
  }
  parser.on('opentag', (tag) => {
    line = parser.line
    opened(tag.name)
  })
  parser.on('text', (t) => {
    text += t
  })
  parser.on('cdata', (t) => {
    text += t
  })
  parser.on('closetag', () => {
    line = parser.line
    closed()
  })
  const plain = new PlainXmlScanner({
    open: (name, at) => {
      line = at
      opened(name)
    },
    text: (t) => {
      text += t
    },
    close: (_name, at) => {
      line = at
      closed()
    },
  })

  try {
    const decoder = new TextDecoder(declaredEncoding(bytes), { fatal: true })
    for (let at = 0; at < bytes.length; at += CHUNK_BYTES) {
      const last = at + CHUNK_BYTES >= bytes.length
      const piece = decoder.decode(bytes.subarray(at, at + CHUNK_BYTES), { stream: !last })
      if (reader === 'plain') plain.write(piece)
      else parser.write(piece)
    }
    if (reader === 'plain') plain.close()
    else parser.close()
  } catch (err) {
    if (err instanceof NotPlain) throw err
    if (!(err instanceof StopReading)) {
      const reason =
        err instanceof RangeError ? `The encoding it names is not known.` : 'It is not text in the encoding it names.'
      fault ??= { rule: 'AS002', line: 0, detail: reason }
    }
  }
  if (fault) {
    const f: { rule: string; line: number; detail: string } = fault
    log.report(f.rule, { file, row: f.line }, f.detail)
    return null
  }
  if (!sawRoot) {
    log.report('AS001', { file, row: 0 })
    return null
  }
  for (const [name, line] of unknown) {
    log.report('AS008', { file, row: line, column: name, value: name }, '(An XML element.)')
  }
  const table = (s: TableSpec, rows: RawRow[]): RawTable => ({
    spec: s,
    file,
    columns: new Map(s.columns.map((c, i) => [c, i])),
    rows,
  })
  return [table(HEADER, header), table(EPISODES, episodes), table(AD1, ad1), table(PLACED, placed)]
}
