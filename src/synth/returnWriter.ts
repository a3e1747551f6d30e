import { dayNumber, fromDayNumber, toReturnDate } from '../domain/calendarDate.js'
import { collectionYearSpan } from '../domain/period.js'
import { TABLES, type UsedTable } from '../ssda903/tableSpecs.js'
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

const date = (day: number | null): string => (day === null ? '' : toReturnDate(fromDayNumber(day)))
const columns = (table: UsedTable): string[] => [...TABLES.find((t) => t.name === table)!.columns]

/** Cuts the children's lives into the return for one collection year, as the council would have submitted it on 31 March. */
export function returnForYear(children: readonly LivedChild[], year: number): TableRows[] {
  const span = collectionYearSpan(year)
  const yearStart = dayNumber(span.start)
  const yearEnd = dayNumber(span.end)
  const header = [columns('Header')]
  const episodes = [columns('Episodes')]
  const ad1 = [columns('AD1')]
  const placed = [columns('PlacedAdoption')]
  for (const child of children) {
    let held = false
    let adoptedThisYear = false
    for (const e of child.episodes) {
      if (e.start > yearEnd || (e.end !== null && e.end < yearStart)) continue
      // At 31 March an episode that ends later is still open.
      const end = e.end !== null && e.end <= yearEnd ? e.end : null
      held = true
      if (end !== null && (e.reasonEnded === 'E11' || e.reasonEnded === 'E12')) adoptedThisYear = true
      episodes.push([
        child.id, date(e.start), e.reasonNewEpisode, e.legalStatus, 'N1', e.placement, e.provider,
        date(end), end === null ? '' : e.reasonEnded, '', '', '', '',
      ])
    }
    if (!held) continue
    header.push([child.id, child.sex, date(child.birth), child.ethnicity, '', child.sex === '2' ? '0' : '', ''])
    const a = child.adoption
    if (a && adoptedThisYear) {
      ad1.push([child.id, date(child.birth), date(a.decision), date(a.match), a.byFosterCarers ? '1' : '0', a.adopterCount, a.adopterSex, a.adopterLegalStatus])
    }
    const d = child.decision
    if (d && d.date <= yearEnd && (d.ceased === null || d.ceased >= yearStart)) {
      const ceased = d.ceased !== null && d.ceased <= yearEnd
      placed.push([child.id, date(child.birth), date(d.date), ceased ? date(d.ceased) : '', ceased ? d.reason : ''])
    }
  }
  return [
    { table: 'Header', file: FILE_NAMES.Header, rows: header },
    { table: 'Episodes', file: FILE_NAMES.Episodes, rows: episodes },
    { table: 'AD1', file: FILE_NAMES.AD1, rows: ad1 },
    { table: 'PlacedAdoption', file: FILE_NAMES.PlacedAdoption, rows: placed },
  ]
}
