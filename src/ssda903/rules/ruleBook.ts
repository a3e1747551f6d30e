import type { UsedTable } from '../tableSpecs.js'
import { DFE_RULES } from './dfeRules.js'
import { OUR_RULES } from './ourRules.js'
import type { CellRule, Rule } from './rule.js'

/** Every rule the product applies: the Department's, then this product's own. */
export const RULES: ReadonlyMap<string, Rule> = new Map([...DFE_RULES, ...OUR_RULES].map((r) => [r.id, r]))

export function ruleById(id: string): Rule {
  const rule = RULES.get(id)
  if (!rule) throw new Error(`unknown validation rule ${id}`)
  return rule
}

const inForce = new Map<number, readonly Rule[]>()

/** The rules in force in a collection year's edition. */
export function rulesInForce(year: number): readonly Rule[] {
  let list = inForce.get(year)
  if (!list) inForce.set(year, (list = [...RULES.values()].filter((r) => r.inForce(year))))
  return list
}

/** The rules that check returns as wholes, in force in a year. */
export function returnChecks(year: number): readonly Rule[] {
  return rulesInForce(year).filter((r) => r.check !== undefined)
}

const cellsByYear = new Map<string, ReadonlyMap<string, readonly { rule: Rule; cell: CellRule }[]>>()

/** The single-cell tests in force in a year for a table, by column. */
export function cellChecks(
  year: number,
  table: UsedTable,
): ReadonlyMap<string, readonly { rule: Rule; cell: CellRule }[]> {
  const key = `${year}/${table}`
  let byColumn = cellsByYear.get(key)
  if (!byColumn) {
    const m = new Map<string, { rule: Rule; cell: CellRule }[]>()
    for (const rule of rulesInForce(year)) {
      for (const cell of rule.cells ?? []) {
        if (cell.table !== table) continue
        m.set(cell.column, [...(m.get(cell.column) ?? []), { rule, cell }])
      }
    }
    cellsByYear.set(key, (byColumn = m))
  }
  return byColumn
}
