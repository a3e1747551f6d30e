import { XML_ROOT } from '../ssda903/xmlReturnReader.js'
import type { TableRows } from './returnWriter.js'

/** Items of HEADER, in order, with the element name when it is not the column's (CHILD is CHILDID). */
const HEADER_ITEMS = ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB'] as const
const AD1_ITEMS = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'] as const
const PLACED_ITEMS = ['DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'] as const
const EPISODE_ITEMS = [
  'DECOM',
  'RNE',
  'LS',
  'CIN',
  'PLACE',
  'PLACE_PROVIDER',
  'DEC',
  'REC',
  'REASON_PLACE_CHANGE',
  'HOME_POST',
  'PL_POST',
  'URN',
] as const
const ELEMENT: Readonly<Record<string, string>> = { CHILD: 'CHILDID', PLACE: 'PL' }

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}
export const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!)

type Cells = ReadonlyMap<string, string>

/** A table's data rows as cells by column name. */
function rowsOf(tables: readonly TableRows[], table: TableRows['table']): Cells[] {
  const t = tables.find((x) => x.table === table)
  if (!t) return []
  const [columns, ...rows] = t.rows
  return rows.map((row) => new Map(columns!.map((c, i) => [c, row[i] ?? ''])))
}

/**
 * One year's return as the XML export (root EXPSSDA903), from the same tables the CSV files hold: one CHILD per
 * Header row, its HEADER holding the Header items, then the AD1 items and an AD_PLACED block per decision to place;
 * then its EPISODE blocks. Only the columns the tables have (the year's edition) are written; a blank item is an empty
 * element. A child with rows in other tables but none in Header still gets a CHILD block, so nothing is lost.
 */
export function xmlReturn(tables: readonly TableRows[]): string {
  const header = rowsOf(tables, 'Header')
  const byChild = (table: TableRows['table']) => {
    const m = new Map<string, Cells[]>()
    for (const cells of rowsOf(tables, table)) {
      const id = cells.get('CHILD') ?? ''
      m.set(id, [...(m.get(id) ?? []), cells])
    }
    return m
  }
  const episodes = byChild('Episodes')
  const ad1 = byChild('AD1')
  const placed = byChild('PlacedAdoption')
  const columns = (table: TableRows['table']) => new Set(tables.find((t) => t.table === table)?.rows[0] ?? [])
  const has = {
    Header: columns('Header'),
    Episodes: columns('Episodes'),
    AD1: columns('AD1'),
    PlacedAdoption: columns('PlacedAdoption'),
  }
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', `<${XML_ROOT}>`]
  const item = (indent: string, column: string, value: string) => {
    const name = ELEMENT[column] ?? column
    out.push(value === '' ? `${indent}<${name}/>` : `${indent}<${name}>${escapeXml(value)}</${name}>`)
  }
  const items = (indent: string, present: ReadonlySet<string>, names: readonly string[], cells: Cells) => {
    for (const c of names) if (present.has(c)) item(indent, c, cells.get(c) ?? '')
  }
  const written = new Set<string>()
  const child = (id: string, cells: Cells) => {
    out.push('  <CHILD>', '    <HEADER>')
    items('      ', has.Header, HEADER_ITEMS, cells)
    // Each child's AD1 row (the first, when a faulty return holds two), then its decisions to place.
    const adoption = written.has(id) ? undefined : ad1.get(id)?.[0]
    if (adoption) items('      ', has.AD1, AD1_ITEMS, adoption)
    for (const d of written.has(id) ? [] : (placed.get(id) ?? [])) {
      out.push('      <AD_PLACED>')
      items('        ', has.PlacedAdoption, PLACED_ITEMS, d)
      out.push('      </AD_PLACED>')
    }
    out.push('    </HEADER>')
    for (const e of written.has(id) ? [] : (episodes.get(id) ?? [])) {
      out.push('    <EPISODE>')
      items('      ', has.Episodes, EPISODE_ITEMS, e)
      out.push('    </EPISODE>')
    }
    out.push('  </CHILD>')
    written.add(id)
  }
  for (const cells of header) child(cells.get('CHILD') ?? '', cells)
  for (const id of new Set([...episodes.keys(), ...ad1.keys(), ...placed.keys()])) {
    if (!written.has(id)) child(id, new Map([['CHILD', id]]))
  }
  out.push(`</${XML_ROOT}>`, '')
  return out.join('\n')
}
