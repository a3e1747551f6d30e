import { ALL_RULE_CASES } from '../ssda903/rules/allRuleCases.js'
import type { RuleCase } from '../ssda903/rules/ruleCase.js'
import { RULES } from '../ssda903/rules/ruleBook.js'
import { CASE_YEAR } from '../ssda903/rules/ruleCase.js'
import type { UsedTable } from '../ssda903/tableSpecs.js'
import type { Random } from './random.js'
import type { TableRows } from './returnWriter.js'

/**
 * Realistic slips, spread over a small share of rows at random so the validator has everyday mistakes to find: each
 * names the rule it should trip.
 */
export const SLIPS = [
  { rule: '141', table: 'Episodes', column: 'DECOM', apply: (v: string) => v.replace(/^\d\d\/(\d\d)/, '31/02') },
  { rule: '146', table: 'Episodes', column: 'PLACE', apply: () => 'A9' },
  { rule: '143', table: 'Episodes', column: 'RNE', apply: () => 'X' },
  { rule: '103', table: 'Header', column: 'ETHNIC', apply: () => 'White' },
  { rule: '102', table: 'Header', column: 'DOB', apply: (v: string) => v.replace(/\//g, '-') + 'x' },
  { rule: '120', table: 'PlacedAdoption', column: 'REASON_PLACED_CEASED', apply: () => 'RD9' },
  { rule: '114', table: 'AD1', column: 'FOSTER_CARE', apply: () => 'Y' },
] as const

/**
 * Rules whose faults cannot be rows of a council's return, so `--faults` does not make them: they are about files
 * (AS001-AS018), a whole return or a data directory (AS070-AS073), loading one council's return as another's (AS074),
 * and returns two years apart (AS062). Their hand-worked cases test them.
 */
export const NOT_ROW_FAULTS: ReadonlySet<string> = new Set(
  [...RULES.keys()].filter((id) => /^AS0(0\d|1\d|7\d)$/.test(id) || id === 'AS062'),
)

/** For each rule that can be a row fault, the first hand-worked case where it fires: the fault `--faults` writes. */
export function ruleFaults(): { index: number; fault: RuleCase }[] {
  const first = new Map<string, RuleCase>()
  for (const c of ALL_RULE_CASES) {
    if (c.fires.length > 0 && !c.files && c.tables && !first.has(c.rule) && !NOT_ROW_FAULTS.has(c.rule)) {
      first.set(c.rule, c)
    }
  }
  return [...RULES.keys()].filter((id) => first.has(id)).map((id, index) => ({ index, fault: first.get(id)! }))
}

export interface FaultOptions {
  /** Share of rows given an everyday slip. */
  rate: number
}

/** Spreads everyday slips over a share of rows, in place; also gives a Header row twice now and then (AS030). */
export function injectSlips(tables: TableRows[], r: Random, options: FaultOptions): void {
  for (const t of tables) {
    const header = t.rows[0]!
    for (let i = 1; i < t.rows.length; i++) {
      if (!r.chance(options.rate)) continue
      const candidates = SLIPS.filter((f) => f.table === t.table)
      if (candidates.length === 0) continue
      const slip = r.pick(candidates)
      const c = header.indexOf(slip.column)
      const row = t.rows[i]!
      row[c] = slip.apply(row[c] ?? '')
    }
    if (t.table === 'Header' && t.rows.length > 2 && r.chance(0.3))
      t.rows.push([...t.rows[1 + r.int(0, t.rows.length - 2)]!])
  }
}

/**
 * Adds the rows of rule faults (each a hand-worked case where its rule fires) to a council's returns, as children of
 * their own (ids made unique: `<council>F<n><id>`): this year's rows to the case's year, last year's to the year
 * before. Only faults whose years the returns hold are added. Returns the rules added and their children's ids.
 */
export function injectRuleFaults(
  returns: ReadonlyMap<number, TableRows[]>,
  council: string,
  faults: readonly { index: number; fault: RuleCase }[],
): { rule: string; year: number; children: string[] }[] {
  const added: { rule: string; year: number; children: string[] }[] = []
  for (const { index, fault } of faults) {
    const year = fault.year ?? CASE_YEAR
    const into = returns.get(year)
    const before = fault.lastYear ? returns.get(year - 1) : undefined
    if (!into || (fault.lastYear && !before)) continue
    const rename = (id: string) => (/^[A-Za-z0-9]+$/.test(id) ? `${council}F${index}${id}` : id)
    const children = new Set<string>()
    const append = (tables: TableRows[], rows: Partial<Record<UsedTable, readonly Record<string, string>[]>>) => {
      for (const t of tables) {
        const header = t.rows[0]!
        for (const row of rows[t.table] ?? []) {
          const child = rename(row.CHILD ?? '')
          if (child !== '') children.add(child)
          t.rows.push(header.map((column) => (column === 'CHILD' ? child : (row[column] ?? ''))))
        }
      }
    }
    append(into, fault.tables ?? {})
    if (before && fault.lastYear) append(before, fault.lastYear)
    added.push({ rule: fault.rule, year, children: [...children] })
  }
  return added
}
