import type { Random } from './random.js'
import type { TableRows } from './returnWriter.js'

/**
 * Realistic mistakes, injected into a small share of rows so the validator
 * has something to find: each names the rule it should trip.
 */
export const FAULTS = [
  { rule: '141', table: 'Episodes', column: 'DECOM', apply: (v: string) => v.replace(/^\d\d\/(\d\d)/, '31/02') },
  { rule: '146', table: 'Episodes', column: 'PLACE', apply: () => 'A9' },
  { rule: '143', table: 'Episodes', column: 'RNE', apply: () => 'X' },
  { rule: '103', table: 'Header', column: 'ETHNIC', apply: () => 'White' },
  { rule: '102', table: 'Header', column: 'DOB', apply: (v: string) => v.replace(/\//g, '-') + 'x' },
  { rule: '120', table: 'PlacedAdoption', column: 'REASON_PLACED_CEASED', apply: (v: string) => (v === '' ? v : 'RD9') },
  { rule: 'AS025', table: 'AD1', column: 'FOSTER_CARE', apply: () => 'Y' },
] as const

export interface FaultOptions {
  /** Share of rows given a fault. */
  rate: number
}

/** Injects faults in place; also drops an AD1 row or duplicates a Header row now and then. */
export function injectFaults(tables: TableRows[], r: Random, options: FaultOptions): void {
  for (const t of tables) {
    const header = t.rows[0]!
    for (let i = 1; i < t.rows.length; i++) {
      if (!r.chance(options.rate)) continue
      const candidates = FAULTS.filter((f) => f.table === t.table)
      if (candidates.length === 0) continue
      const fault = r.pick(candidates)
      const c = header.indexOf(fault.column)
      const row = t.rows[i]!
      row[c] = fault.apply(row[c] ?? '')
    }
    if (t.table === 'AD1' && t.rows.length > 2 && r.chance(0.3)) t.rows.splice(1 + r.int(0, t.rows.length - 2), 1)
    if (t.table === 'Header' && t.rows.length > 2 && r.chance(0.3)) t.rows.push([...t.rows[1 + r.int(0, t.rows.length - 2)]!])
  }
}
