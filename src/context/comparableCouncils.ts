import type { Council } from '../domain/council.js'
import type { Finding } from '../domain/finding.js'
import { ENGLISH_COUNCILS } from '../domain/englishCouncils.js'

/** Each council's comparison group: its statistical neighbours, or its region until a neighbour list is loaded. */
export type NeighbourGroups = ReadonlyMap<string, readonly string[]>

export function regionGroups(councils: readonly Council[] = ENGLISH_COUNCILS): NeighbourGroups {
  return new Map(
    councils.map((c) => [
      c.code,
      councils.filter((o) => o.region === c.region && o.code !== c.code).map((o) => o.code),
    ]),
  )
}

const KNOWN = new Set(ENGLISH_COUNCILS.map((c) => c.code))

/**
 * Reads the DfE statistical-neighbour list as CSV: a header row naming COUNCIL
 * (or LA_CODE) and NEIGHBOUR_1 ... NEIGHBOUR_10, one row per council, three-digit
 * codes. Bad rows are reported (file, row, column) and left out.
 */
export function parseNeighbourCsv(text: string, file: string): { groups: Map<string, string[]>; findings: Finding[] } {
  const findings: Finding[] = []
  const groups = new Map<string, string[]>()
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  const header = (lines[0] ?? '').split(',').map((h) => h.trim().toUpperCase())
  const councilColumn = header.findIndex((h) => h === 'COUNCIL' || h === 'LA_CODE')
  const neighbourColumns = header.map((h, i) => (/^NEIGHBOU?R_?\d+$/.test(h) ? i : -1)).filter((i) => i >= 0)
  const problem = (row: number, column: string, value: string, message: string) =>
    findings.push({ rule: 'SN01', severity: 'error', file, row, child: '', column, value, other: '', message })
  if (councilColumn < 0 || neighbourColumns.length === 0) {
    problem(1, '', lines[0] ?? '', 'The first line must name the columns COUNCIL and NEIGHBOUR_1 to NEIGHBOUR_10.')
    return { groups, findings }
  }
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return
    const cells = line.split(',').map((c) => c.trim())
    const code = cells[councilColumn] ?? ''
    if (!KNOWN.has(code))
      return problem(i + 2, header[councilColumn]!, code, 'Not a three-digit code of an English council.')
    const neighbours: string[] = []
    for (const c of neighbourColumns) {
      const n = cells[c] ?? ''
      if (n === '') continue
      if (!KNOWN.has(n) || n === code)
        problem(i + 2, header[c]!, n, 'Not a three-digit code of another English council.')
      else neighbours.push(n)
    }
    groups.set(code, neighbours)
  })
  return { groups, findings }
}

/** The mean of a figure over a group of councils, leaving out those without a value. */
export function groupMean(
  values: ReadonlyMap<string, number | null>,
  group: readonly string[],
): { mean: number | null; councils: number } {
  const present = group.map((c) => values.get(c) ?? null).filter((v): v is number => v !== null)
  return {
    mean: present.length ? Math.round(present.reduce((s, v) => s + v, 0) / present.length) : null,
    councils: present.length,
  }
}
