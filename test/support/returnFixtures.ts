import { stringify } from 'csv-stringify/sync'
import type { ReturnFile } from '../../src/ssda903/returnFiles.js'
import { TABLES, type UsedTable } from '../../src/ssda903/tableSpecs.js'

export type Row = Record<string, string>
export type Tables = Record<UsedTable, Row[]>

export const header = (child: string, dob: string, extra: Row = {}): Row =>
  ({ CHILD: child, SEX: '1', DOB: dob, ETHNIC: 'WBRI', UPN: '', MOTHER: '', MC_DOB: '', ...extra })

export const episode = (child: string, decom: string, rne: string, ls: string, place: string, dec = '', rec = '', extra: Row = {}): Row =>
  ({ CHILD: child, DECOM: decom, RNE: rne, LS: ls, CIN: 'N1', PLACE: place, PLACE_PROVIDER: 'PR1', DEC: dec, REC: rec,
    REASON_PLACE_CHANGE: '', HOME_POST: '', PL_POST: '', URN: '', ...extra })

export const ad1 = (child: string, dateInt: string, dateMatch: string, foster = '0', extra: Row = {}): Row =>
  ({ CHILD: child, DOB: '', DATE_INT: dateInt, DATE_MATCH: dateMatch, FOSTER_CARE: foster, NB_ADOPTR: '2', SEX_ADOPTR: 'MF', LS_ADOPTR: 'L11', ...extra })

export const placedAdoption = (child: string, datePlaced: string, ceased = '', reason = ''): Row =>
  ({ CHILD: child, DOB: '', DATE_PLACED: datePlaced, DATE_PLACED_CEASED: ceased, REASON_PLACED_CEASED: reason })

export const FILE_OF: Record<UsedTable, string> = {
  Header: 'header.csv', Episodes: 'episodes.csv', AD1: 'ad1.csv', PlacedAdoption: 'placed_adoption.csv',
}

export function tableCsv(table: UsedTable, rows: readonly Row[]): string {
  const columns = TABLES.find((t) => t.name === table)!.columns
  return stringify([[...columns], ...rows.map((r) => columns.map((c) => r[c] ?? ''))])
}

const encoder = new TextEncoder()
export const bytes = (text: string): Uint8Array => encoder.encode(text)

/** One council's return for one year as files. Tables left out are not written. */
export function returnFiles(council: string, year: number, tables: Partial<Tables>): ReturnFile[] {
  return (Object.keys(FILE_OF) as UsedTable[])
    .filter((t) => tables[t] !== undefined)
    .map((t) => ({ path: `${council}/${year}/${FILE_OF[t]}`, bytes: bytes(tableCsv(t, tables[t]!)) }))
}

/**
 * A clean return for Hampshire (850), 2013: child A adopted within the year
 * after a placement order; child B entered care and is still looked after.
 */
export function cleanReturn(): Tables {
  return {
    Header: [header('A', '01/01/2012'), header('B', '05/05/2005')],
    Episodes: [
      episode('A', '01/04/2012', 'S', 'C1', 'U6', '01/08/2012', 'X1'),
      episode('A', '01/08/2012', 'L', 'E1', 'U6', '01/10/2012', 'X1'),
      episode('A', '01/10/2012', 'P', 'E1', 'A6', '15/03/2013', 'E11'),
      episode('B', '10/10/2012', 'S', 'V2', 'U6'),
    ],
    AD1: [ad1('A', '01/07/2012', '15/09/2012')],
    PlacedAdoption: [placedAdoption('A', '01/07/2012', '15/03/2013', 'E11')],
  }
}
