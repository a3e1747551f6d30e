import type { Severity } from '../../domain/finding.js'
import type { CodedField } from '../editions/codeHistory.js'
import type { TableName, UsedTable } from '../tableSpecs.js'
import type { Report, ReturnUnderCheck } from './returnUnderCheck.js'

/** Collection years are named by the year in which their 31 March falls: 2013 is 2012-13. */
export interface EditionRange {
  from: number
  /** null: still in force in the latest edition. */
  to: number | null
}

/**
 * One validation rule: the Department's (numbered as the Department numbers it, its wording kept) or this product's
 * own (numbered AS...), for what no Department rule checks. Severity may change with the edition.
 */
export interface RuleDefinition {
  id: string
  origin: 'dfe' | 'ours'
  severity: Severity
  /** Editions whose severity differs from `severity`. */
  severityByEdition?: readonly { from: number; to: number | null; severity: Severity }[]
  editions: EditionRange
  tables: readonly TableName[]
  fields: readonly string[]
  /** The rule as worded by the Department, or this product's own wording. */
  wording: string
  /** What a data officer reads: the wording, and for this product's own rules what to do about it. */
  message: string
}

/**
 * A test of one cell on its own, run as the row is read. A blank cell passes every test but 'required': a blank is
 * reported once, by the rule for a missing value.
 */
export type CellTest =
  | { kind: 'code'; field: CodedField; blankFails?: boolean }
  | { kind: 'date'; blankFails?: boolean }
  | { kind: 'required' }
  | { kind: 'pattern'; pattern: RegExp }

export interface CellRule {
  table: UsedTable
  column: string
  test: CellTest
}

/** What a rule checks: single cells as rows are read, and/or whole returns once read. */
export interface RuleChecks {
  cells?: readonly CellRule[]
  /** Checks one council's return for one year (with last year's, when the data holds it). */
  check?: (r: ReturnUnderCheck, report: Report) => void
}

export interface Rule extends RuleDefinition, RuleChecks {
  severityIn(year: number): Severity
  inForce(year: number): boolean
}

export function inRange(range: EditionRange, year: number): boolean {
  return year >= range.from && (range.to === null || year <= range.to)
}

/** The earliest and latest collection years the product knows: 2005-06 to 2026-27. */
export const FIRST_COLLECTION_YEAR = 2006
export const LAST_COLLECTION_YEAR = 2027
export const ALL_EDITIONS: EditionRange = { from: FIRST_COLLECTION_YEAR, to: null }

export function defineRule(def: Omit<RuleDefinition, 'message'> & { message?: string } & RuleChecks): Rule {
  const rule = { ...def, message: def.message ?? def.wording }
  return {
    ...rule,
    severityIn: (year) => rule.severityByEdition?.find((s) => inRange(s, year))?.severity ?? rule.severity,
    inForce: (year) => inRange(rule.editions, year),
  }
}

/** A Department rule: its number, wording and editions as the Department gives them (docs/sources/dfe-rules.json). */
export const dfeRule = (def: Omit<Parameters<typeof defineRule>[0], 'origin'>): Rule =>
  defineRule({ ...def, origin: 'dfe' })

/** One of this product's own rules (AS...), for what no Department rule checks. */
export const ourRule = (
  def: Omit<Parameters<typeof defineRule>[0], 'origin' | 'editions'> & { editions?: EditionRange },
) => defineRule({ editions: ALL_EDITIONS, ...def, origin: 'ours' })
