import { parseReturnDate, type CalendarDate } from '../domain/calendarDate.js'
import { collectionYearSpan } from '../domain/period.js'
import type { AdoptionRecord, ChildRecord, CouncilRecords, Episode, PlacementDecision, SourceRow } from '../domain/returnRecords.js'
import * as codes from './codeLists.js'
import { cellOf, type RawRow, type RawTable } from './csvTableReader.js'
import type { FindingLog } from './findingLog.js'

/** Turns the rows of one table into typed records, reporting every field that breaks a rule. */
export function parseTable(table: RawTable, year: number, log: FindingLog, into: CouncilRecords): void {
  const span = collectionYearSpan(year)
  const file = table.file
  const field = (row: RawRow, column: string): string => cellOf(table, row, column)

  const code = (row: RawRow, column: string, list: codes.CodeList, rule: string, blankAllowed: boolean): string => {
    const value = field(row, column)
    if (value === '' ? !blankAllowed : !list.has(value)) log.report(rule, file, row.line, column, value)
    return value
  }
  const date = (row: RawRow, column: string, rule: string, blankAllowed: boolean): CalendarDate | null => {
    const value = field(row, column)
    if (value === '') {
      if (!blankAllowed) log.report(rule, file, row.line, column, value)
      return null
    }
    const parsed = parseReturnDate(value)
    if (parsed === null) log.report(rule, file, row.line, column, value)
    else if (parsed > span.end) log.report('AS027', file, row.line, column, value, `(Collection year ${year} ends on 31/03/${year}.)`)
    return parsed
  }
  const child = (row: RawRow): string | null => {
    const id = field(row, 'CHILD')
    if (id === '') {
      log.report('AS020', file, row.line, 'CHILD', '')
      return null
    }
    return id
  }
  const source = (row: RawRow): SourceRow => ({ file, row: row.line, year })

  switch (table.spec.name) {
    case 'Header': {
      const seen = new Map<string, number>()
      for (const row of table.rows) {
        const id = child(row)
        if (id === null) continue
        const earlier = seen.get(id)
        if (earlier !== undefined) {
          log.report('AS030', file, row.line, 'CHILD', id, `(Also on line ${earlier}.)`)
          continue
        }
        seen.set(id, row.line)
        const record: ChildRecord = {
          child: id,
          sex: code(row, 'SEX', codes.SEX, '101', false),
          birth: date(row, 'DOB', '102', false),
          ethnicity: code(row, 'ETHNIC', codes.ETHNICITY, '103', false),
          upn: field(row, 'UPN'),
          mother: field(row, 'MOTHER'),
          source: source(row),
        }
        into.children.push(record)
      }
      return
    }
    case 'Episodes': {
      for (const row of table.rows) {
        const id = child(row)
        if (id === null) continue
        const start = date(row, 'DECOM', '141', false)
        const reasonNewEpisode = code(row, 'RNE', codes.REASON_NEW_EPISODE, '143', false)
        const legalStatus = code(row, 'LS', codes.LEGAL_STATUS, '144', false)
        const categoryOfNeed = code(row, 'CIN', codes.CATEGORY_OF_NEED, '145', true)
        const placement = code(row, 'PLACE', codes.PLACEMENT, '146', false)
        const placementProvider = code(row, 'PLACE_PROVIDER', codes.PLACEMENT_PROVIDER, '178', true)
        const end = date(row, 'DEC', '147', true)
        const reasonEnded = code(row, 'REC', codes.REASON_EPISODE_CEASED, '149', true)
        const decText = field(row, 'DEC')
        if ((decText === '') !== (reasonEnded === '')) {
          log.report('AS026', file, row.line, decText === '' ? 'DEC' : 'REC', '')
        }
        if (end !== null && end < span.start) log.report('AS028', file, row.line, 'DEC', decText)
        if (start === null) continue
        if (end !== null && end < start) {
          log.report('AS031', file, row.line, 'DEC', decText, `(DECOM ${field(row, 'DECOM')}.)`)
        }
        const episode: Episode = {
          child: id, start, reasonNewEpisode, legalStatus, categoryOfNeed, placement, placementProvider,
          end, reasonEnded: end === null ? '' : reasonEnded,
          reasonPlacementChanged: field(row, 'REASON_PLACE_CHANGE'),
          source: source(row),
        }
        into.episodes.push(episode)
      }
      return
    }
    case 'AD1': {
      for (const row of table.rows) {
        const id = child(row)
        if (id === null) continue
        const foster = field(row, 'FOSTER_CARE')
        if (!codes.FOSTER_CARE.has(foster)) log.report('AS025', file, row.line, 'FOSTER_CARE', foster)
        const record: AdoptionRecord = {
          child: id,
          decisionDate: date(row, 'DATE_INT', 'AS021', false),
          matchDate: date(row, 'DATE_MATCH', 'AS022', false),
          byFosterCarers: foster === '1',
          adopterCount: code(row, 'NB_ADOPTR', codes.NUMBER_OF_ADOPTERS, '175', true),
          adopterSex: code(row, 'SEX_ADOPTR', codes.ADOPTER_SEX, '176', true),
          adopterLegalStatus: code(row, 'LS_ADOPTR', codes.ADOPTER_LEGAL_STATUS, '177', true),
          source: source(row),
        }
        into.adoptions.push(record)
      }
      return
    }
    case 'PlacedAdoption': {
      for (const row of table.rows) {
        const id = child(row)
        if (id === null) continue
        const decisionDate = date(row, 'DATE_PLACED', 'AS023', false)
        const ceasedDate = date(row, 'DATE_PLACED_CEASED', 'AS024', true)
        const reasonCeased = code(row, 'REASON_PLACED_CEASED', codes.REASON_PLACED_CEASED, '120', true)
        const ceasedText = field(row, 'DATE_PLACED_CEASED')
        if ((ceasedText === '') !== (reasonCeased === '')) {
          log.report('AS050', file, row.line, ceasedText === '' ? 'DATE_PLACED_CEASED' : 'REASON_PLACED_CEASED', '')
        }
        if (decisionDate === null) continue
        if (ceasedDate !== null && ceasedDate < decisionDate) {
          log.report('AS049', file, row.line, 'DATE_PLACED_CEASED', ceasedText, `(DATE_PLACED ${field(row, 'DATE_PLACED')}.)`)
        }
        const record: PlacementDecision = { child: id, decisionDate, ceasedDate, reasonCeased, source: source(row) }
        into.decisions.push(record)
      }
      return
    }
    default:
      return
  }
}
