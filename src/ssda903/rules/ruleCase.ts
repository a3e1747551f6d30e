import { returnFiles, type Tables } from '../exampleReturn.js'
import type { ReturnFile } from '../returnFiles.js'
import type { UsedTable } from '../tableSpecs.js'

/** Where a rule must fire: a row of one of the case's tables (0-based), or a line of a file given outright. */
export type Hit =
  | { table: UsedTable; row: number; column?: string; lastYear?: boolean }
  | { file: string; line: number; column?: string }

/**
 * One case of a rule, worked out by hand from the rule's wording: a return (this year's tables, and last year's when
 * the rule compares them) and exactly where the rule must fire. `fires: []` says it must not fire at all.
 */
export interface RuleCase {
  rule: string
  /** What the case shows, in words: "fires when DEC is before DECOM", "passes on the same day". */
  name: string
  /** Collection year of the return (2013 = 2012-13 unless said). */
  year?: number
  council?: string
  tables?: Partial<Tables>
  lastYear?: Partial<Tables>
  /** Files given outright, for rules about files themselves. */
  files?: () => ReturnFile[]
  fires: Hit[]
}

export const CASE_COUNCIL = '850'
export const CASE_YEAR = 2013

/** The files a case stands for. */
export function caseFiles(c: RuleCase): ReturnFile[] {
  if (c.files) return c.files()
  const council = c.council ?? CASE_COUNCIL
  const year = c.year ?? CASE_YEAR
  return [
    ...(c.lastYear ? returnFiles(council, year - 1, c.lastYear) : []),
    ...returnFiles(council, year, c.tables ?? {}),
  ]
}
