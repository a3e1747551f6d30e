import { parseReturnDate, type CalendarDate } from '../domain/calendarDate.js'
import type { FindingPlace } from '../domain/finding.js'
import type { CouncilRecords, SourceRow } from '../domain/returnRecords.js'
import type { Edition } from './editions/edition.js'
import type { FindingLog } from './findingLog.js'
import { cellOf, type RawRow, type RawTable } from './rawTable.js'
import { cellChecks } from './rules/ruleBook.js'
import type { CellRule, Rule } from './rules/rule.js'
import type { UsedTable } from './tableSpecs.js'

/** Columns that hold codes: compared upper-cased, as the Department's rules compare them. */
const CODED = new Set([
  'SEX',
  'ETHNIC',
  'MOTHER',
  'UPN',
  'RNE',
  'LS',
  'CIN',
  'PLACE',
  'PLACE_PROVIDER',
  'REC',
  'REASON_PLACE_CHANGE',
  'HOME_POST',
  'PL_POST',
  'FOSTER_CARE',
  'NB_ADOPTR',
  'SEX_ADOPTR',
  'LS_ADOPTR',
  'REASON_PLACED_CEASED',
])
/** A child identifier: letters, digits and - _ . / only, at most 40 characters (AS022). */
export const CHILD_ID = /^[A-Za-z0-9][A-Za-z0-9_./-]{0,39}$/
/** Columns the journey cannot do without: blank is reported by AS021 (the Department has no rule for them). */
const NEEDED: Readonly<Partial<Record<UsedTable, readonly string[]>>> = { Episodes: ['DECOM', 'RNE', 'LS', 'PLACE'] }
/** Dates that cannot fall after the end of the collection year, where no Department rule says so (AS027). */
const NOT_AFTER_YEAR_END: Readonly<Partial<Record<UsedTable, readonly string[]>>> = {
  Episodes: ['DECOM'],
  AD1: ['DATE_INT', 'DATE_MATCH'],
}

function failsTest(cell: CellRule, value: string, edition: Edition): boolean {
  const test = cell.test
  if (value === '') return test.kind === 'required' || ('blankFails' in test && test.blankFails === true)
  switch (test.kind) {
    case 'code':
      return !edition.isValid(test.field, value)
    case 'date':
      return parseReturnDate(value) === null
    case 'pattern':
      return !test.pattern.test(value)
    case 'required':
      return false
  }
}

/** How much of the rule book a read applies: every rule, or none (reading only to build journeys). */
export type Checks = 'all' | 'none'

const NO_CHECKS: ReadonlyMap<string, readonly { rule: Rule; cell: CellRule }[]> = new Map()

/** Coded columns whose values are free text (identifiers, postcodes): upper-cased, but each value is different. */
const FREE_TEXT = new Set(['UPN', 'HOME_POST', 'PL_POST'])

/** One canonical string per code seen: codes repeat on every row, so each is upper-cased and stored once. */
const canonicalCodes = new Map<string, string>()
function canonicalCode(value: string): string {
  let code = canonicalCodes.get(value)
  if (code === undefined) {
    if (canonicalCodes.size > 50_000) canonicalCodes.clear()
    code = value.toUpperCase()
    canonicalCodes.set(value, code)
  }
  return code
}

/**
 * Turns the rows of one table of one year's return into typed records, reporting every cell that breaks a rule of
 * the edition. `end` is the last day the return covers (31 March, or the day an in-year extract was taken).
 */
export function parseTable(
  table: RawTable,
  r: { year: number; edition: Edition; end: CalendarDate; start: CalendarDate },
  log: FindingLog,
  into: CouncilRecords,
  checks: Checks = 'all',
): void {
  const name = table.spec.name as UsedTable
  const file = table.file
  const { year, edition } = r
  const cellRules = checks === 'none' ? NO_CHECKS : cellChecks(year, name)
  const needed = NEEDED[name] ?? []
  const notAfterEnd = new Set(NOT_AFTER_YEAR_END[name] ?? [])
  const report = (rule: string, at: FindingPlace, detail?: string) => log.report(rule, at, detail, year)

  // Each column the table holds, once: where its cell is in a row, whether it is a code, and the rules on it.
  const columns = [...table.columns].filter(([c]) => c !== 'CHILD')
  const at = new Map(columns.map(([column], i) => [column, i]))
  const cellIndex = columns.map(([, index]) => index)
  const coded = columns.map(([column]) => (CODED.has(column) ? (FREE_TEXT.has(column) ? 'text' : 'code') : null))
  const tests = columns.map(([column]) => cellRules.get(column) ?? [])
  const neededAt = needed.map((column) => [column, at.get(column)] as const)

  /** The cells of a row, one per column of the table, checked; codes upper-cased. */
  const read = (row: RawRow, child: string): string[] => {
    const cells: string[] = new Array<string>(columns.length)
    for (let i = 0; i < columns.length; i++) {
      let value = row.cells[cellIndex[i]!] ?? ''
      if (value !== '' && coded[i] !== null) value = coded[i] === 'code' ? canonicalCode(value) : value.toUpperCase()
      cells[i] = value
      for (const t of tests[i]!) {
        if (failsTest(t.cell, value, edition)) {
          report(t.rule.id, { file, row: row.line, child, column: columns[i]![0], value })
        }
      }
    }
    for (const [column, i] of neededAt) {
      if (i === undefined || cells[i] === '') report('AS021', { file, row: row.line, child, column })
    }
    return cells
  }
  /** A cell of a row read, by column name ('' when the table does not have the column). */
  const cell = (cells: readonly string[], column: string): string => {
    const i = at.get(column)
    return i === undefined ? '' : cells[i]!
  }
  const dateOf = (cells: readonly string[], column: string, row: RawRow, child: string): CalendarDate | null => {
    const text = cell(cells, column)
    if (text === '') return null
    const parsed = parseReturnDate(text)
    if (parsed !== null && parsed > r.end && notAfterEnd.has(column)) {
      report('AS027', { file, row: row.line, child, column, value: text })
    }
    return parsed
  }
  const source = (row: RawRow): SourceRow => ({ file, row: row.line, year })
  const idOf = (row: RawRow): string | null => {
    const id = cellOf(table, row, 'CHILD')
    if (id === '') report('AS020', { file, row: row.line, column: 'CHILD' })
    else if (!CHILD_ID.test(id)) report('AS022', { file, row: row.line, column: 'CHILD', value: id })
    return id === '' ? null : id
  }

  switch (name) {
    case 'Header': {
      const seen = new Map<string, number>()
      for (const row of table.rows) {
        const child = idOf(row)
        if (child === null) continue
        const c = read(row, child)
        const earlier = seen.get(child)
        if (earlier !== undefined) {
          report('AS030', { file, row: row.line, child, column: 'CHILD', value: child }, `(Also on line ${earlier}.)`)
          continue
        }
        seen.set(child, row.line)
        into.children.push({
          child,
          sex: cell(c, 'SEX'),
          birth: dateOf(c, 'DOB', row, child),
          ethnicity: cell(c, 'ETHNIC'),
          upn: cell(c, 'UPN'),
          mother: cell(c, 'MOTHER'),
          motherChildBirth: dateOf(c, 'MC_DOB', row, child),
          source: source(row),
        })
      }
      return
    }
    case 'Episodes': {
      for (const row of table.rows) {
        const child = idOf(row)
        if (child === null) continue
        const c = read(row, child)
        const start = dateOf(c, 'DECOM', row, child)
        const end = dateOf(c, 'DEC', row, child)
        if (end !== null && end < r.start) {
          report('AS028', { file, row: row.line, child, column: 'DEC', value: cell(c, 'DEC') })
        }
        if (start === null) continue
        into.episodes.push({
          child,
          start,
          reasonNewEpisode: cell(c, 'RNE'),
          legalStatus: cell(c, 'LS'),
          categoryOfNeed: cell(c, 'CIN'),
          placement: cell(c, 'PLACE'),
          placementProvider: cell(c, 'PLACE_PROVIDER'),
          end,
          reasonEnded: cell(c, 'REC'),
          reasonPlacementChanged: cell(c, 'REASON_PLACE_CHANGE'),
          homePostcode: cell(c, 'HOME_POST'),
          placementPostcode: cell(c, 'PL_POST'),
          urn: cell(c, 'URN'),
          source: source(row),
        })
      }
      return
    }
    case 'AD1': {
      const seen = new Map<string, number>()
      for (const row of table.rows) {
        const child = idOf(row)
        if (child === null) continue
        const c = read(row, child)
        const earlier = seen.get(child)
        if (earlier !== undefined) {
          report('AS039', { file, row: row.line, child, column: 'CHILD', value: child }, `(Also on line ${earlier}.)`)
        } else seen.set(child, row.line)
        const fosterCare = cell(c, 'FOSTER_CARE')
        into.adoptions.push({
          child,
          decisionDate: dateOf(c, 'DATE_INT', row, child),
          matchDate: dateOf(c, 'DATE_MATCH', row, child),
          fosterCare,
          byFosterCarers: edition.is('FOSTER_CARE', fosterCare, 'by-foster-carers'),
          birth: dateOf(c, 'DOB', row, child),
          adopterCount: cell(c, 'NB_ADOPTR'),
          adopterSex: cell(c, 'SEX_ADOPTR'),
          adopterLegalStatus: cell(c, 'LS_ADOPTR'),
          source: source(row),
        })
      }
      return
    }
    case 'PlacedAdoption': {
      for (const row of table.rows) {
        const child = idOf(row)
        if (child === null) continue
        const c = read(row, child)
        into.decisions.push({
          child,
          decisionDate: dateOf(c, 'DATE_PLACED', row, child),
          ceasedDate: dateOf(c, 'DATE_PLACED_CEASED', row, child),
          reasonCeased: cell(c, 'REASON_PLACED_CEASED'),
          birth: dateOf(c, 'DOB', row, child),
          source: source(row),
        })
      }
      return
    }
  }
}
