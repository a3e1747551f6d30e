import { dayNumber, fromDayNumber, toReturnDate, type CalendarDate } from '../domain/calendarDate.js'
import { collectionYearSpan } from '../domain/period.js'
import type { CodedField } from '../ssda903/editions/codeHistory.js'
import { editionFor, type Edition } from '../ssda903/editions/edition.js'
import type { UsedTable } from '../ssda903/tableSpecs.js'
import type { LivedChild } from './childLives.js'

/** One table of a return as rows of cells, the header first. */
export interface TableRows {
  table: UsedTable
  file: string
  rows: string[][]
}

const FILE_NAMES: Record<UsedTable, string> = {
  Header: 'header.csv',
  Episodes: 'episodes.csv',
  AD1: 'ad1.csv',
  PlacedAdoption: 'placed_adoption.csv',
}

/**
 * The codes a later edition brought in, with the code an earlier edition had for the same thing: the lives are
 * recorded in the latest codes, and a year whose edition lacks one is written with the one it had. Foster placements
 * with relatives or friends (U1-U3) were Q1, with other foster carers (U4-U6) Q2; supported accommodation (K3) was
 * H5; the other placements Z11-Z14 were Z1; special guardianship to former foster carers (E45, E46) was E43, to other
 * carers (E47, E48) E44. The editions (editionFor) say which codes a year has; a code with no equivalent in a year
 * (P2 from 2025-26) is refused.
 */
const EARLIER_CODE: Readonly<Partial<Record<CodedField, Readonly<Record<string, string>>>>> = {
  PLACE: {
    U1: 'Q1',
    U2: 'Q1',
    U3: 'Q1',
    U4: 'Q2',
    U5: 'Q2',
    U6: 'Q2',
    K3: 'H5',
    Z11: 'Z1',
    Z12: 'Z1',
    Z13: 'Z1',
    Z14: 'Z1',
  },
  REC: { E45: 'E43', E46: 'E43', E47: 'E44', E48: 'E44' },
}

/** A code as the edition has it; throws when the edition has no code for it, rather than write an invalid return. */
export function codeIn(edition: Edition, field: CodedField, code: string): string {
  if (code === '' || edition.isValid(field, code)) return code
  const earlier = EARLIER_CODE[field]?.[code]
  if (earlier !== undefined && edition.isValid(field, earlier)) return earlier
  throw new Error(`the ${edition.name} return has no ${field} code for ${code}`)
}

/** The edition's code for a child's sex (1/2 to 2023-24, M/F from 2024-25). */
export function sexIn(edition: Edition, sex: 'male' | 'female'): string {
  const [code] = edition.tagged('SEX', sex)
  if (code === undefined) throw new Error(`the ${edition.name} return has no SEX code for ${sex}`)
  return code
}

const date = (day: number | null): string => (day === null ? '' : toReturnDate(fromDayNumber(day)))

/** The UPN a return of the year holds: UN1 before school age, UN3 while newly looked after, then the UPN. */
function upnIn(child: LivedChild, year: number, edition: Edition): string {
  const r = child.record
  if (year < r.upnFrom) return codeIn(edition, 'UPN_UNKNOWN', 'UN1')
  if (year === r.upnPending) return codeIn(edition, 'UPN_UNKNOWN', 'UN3')
  return r.upn.startsWith('UN') ? codeIn(edition, 'UPN_UNKNOWN', r.upn) : r.upn
}

/** A row in the edition's columns, from cells by column name (a column the edition lacks is left out). */
function rowOf(edition: Edition, table: UsedTable, cells: Readonly<Record<string, string>>): string[] {
  return edition.columns(table).map((c) => cells[c] ?? '')
}

/**
 * Cuts the children's lives into the return for one collection year, as the council would have submitted it on 31
 * March: in that year's edition (its columns, and its codes for each item), every item filled in as the case record
 * holds it; or, with `takenOn`, the in-year extract of that year taken on that day.
 */
export function returnForYear(children: readonly LivedChild[], year: number, takenOn?: CalendarDate): TableRows[] {
  const edition = editionFor(year)
  const code = (field: CodedField, value: string) => codeIn(edition, field, value)
  const span = collectionYearSpan(year)
  const yearStart = dayNumber(span.start)
  // An in-year extract is the year's return as it stands on the day it is taken: everything after is not yet known.
  const yearEnd = dayNumber(takenOn ?? span.end)
  const header = [[...edition.columns('Header')]]
  const episodes = [[...edition.columns('Episodes')]]
  const ad1 = [[...edition.columns('AD1')]]
  const placed = [[...edition.columns('PlacedAdoption')]]
  for (const child of children) {
    let held = false
    let adoptedThisYear = false
    const record = child.record
    for (const [i, e] of child.episodes.entries()) {
      if (e.start > yearEnd || (e.end !== null && e.end < yearStart)) continue
      const r = record.episodes[i]!
      // At 31 March an episode that ends later is still open.
      const end = e.end !== null && e.end <= yearEnd ? e.end : null
      held = true
      if (end !== null && (e.reasonEnded === 'E11' || e.reasonEnded === 'E12')) adoptedThisYear = true
      episodes.push(
        rowOf(edition, 'Episodes', {
          CHILD: child.id,
          DECOM: date(e.start),
          RNE: code('RNE', r.reasonNewEpisode),
          LS: code('LS', r.legalStatus),
          CIN: code('CIN', r.categoryOfNeed),
          PLACE: code('PLACE', r.placement),
          PLACE_PROVIDER: code('PLACE_PROVIDER', r.provider),
          DEC: date(end),
          REC: end === null ? '' : code('REC', e.reasonEnded),
          REASON_PLACE_CHANGE: end === null ? '' : code('REASON_PLACE_CHANGE', r.reasonPlaceChange),
          HOME_POST: record.homePostcode,
          PL_POST: r.placementPostcode,
          URN: r.urn,
        }),
      )
    }
    if (!held) continue
    const dob = date(child.birth)
    const mother = record.motherChildBirth !== null && record.motherChildBirth <= yearEnd
    header.push(
      rowOf(edition, 'Header', {
        CHILD: child.id,
        SEX: sexIn(edition, child.sex),
        DOB: dob,
        ETHNIC: code('ETHNIC', child.ethnicity),
        UPN: upnIn(child, year, edition),
        MOTHER: child.sex === 'female' ? code('MOTHER', mother ? '1' : '0') : '',
        MC_DOB: mother ? date(record.motherChildBirth) : '',
      }),
    )
    const a = child.adoption
    if (a && adoptedThisYear) {
      ad1.push(
        rowOf(edition, 'AD1', {
          CHILD: child.id,
          DOB: dob,
          DATE_INT: date(a.decision),
          DATE_MATCH: date(a.match),
          FOSTER_CARE: code('FOSTER_CARE', a.byFosterCarers ? '1' : '0'),
          NB_ADOPTR: code('NB_ADOPTR', a.adopterCount),
          SEX_ADOPTR: code('SEX_ADOPTR', a.adopterSex),
          LS_ADOPTR: code('LS_ADOPTR', a.adopterLegalStatus),
        }),
      )
    }
    // The decision to place is in every return from the year it was made while the child is looked after, until the
    // year it was reversed.
    const d = child.decision
    if (d && d.date <= yearEnd && (d.ceased === null || d.ceased >= yearStart)) {
      const ceased = d.ceased !== null && d.ceased <= yearEnd
      placed.push(
        rowOf(edition, 'PlacedAdoption', {
          CHILD: child.id,
          DOB: dob,
          DATE_PLACED: date(d.date),
          DATE_PLACED_CEASED: ceased ? date(d.ceased) : '',
          REASON_PLACED_CEASED: ceased ? code('REASON_PLACED_CEASED', d.reason) : '',
        }),
      )
    }
  }
  return [
    { table: 'Header', file: FILE_NAMES.Header, rows: header },
    { table: 'Episodes', file: FILE_NAMES.Episodes, rows: episodes },
    { table: 'AD1', file: FILE_NAMES.AD1, rows: ad1 },
    { table: 'PlacedAdoption', file: FILE_NAMES.PlacedAdoption, rows: placed },
  ]
}
