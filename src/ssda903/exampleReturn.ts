import { stringify } from 'csv-stringify/sync'
import type { ReturnFile } from './returnFiles.js'
import { TABLES, type UsedTable } from './tableSpecs.js'

export type Row = Record<string, string>
export type Tables = Record<UsedTable, Row[]>

/** A Header row: a boy, White British, with a UPN, not a mother, unless `extra` says otherwise. */
export const header = (child: string, dob: string, extra: Row = {}): Row => ({
  CHILD: child,
  SEX: '1',
  DOB: dob,
  ETHNIC: 'WBRI',
  UPN: 'A123456789012',
  MOTHER: '',
  MC_DOB: '',
  ...extra,
})

export const episode = (
  child: string,
  decom: string,
  rne: string,
  ls: string,
  place: string,
  dec = '',
  rec = '',
  extra: Row = {},
): Row => ({
  CHILD: child,
  DECOM: decom,
  RNE: rne,
  LS: ls,
  CIN: 'N1',
  PLACE: place,
  PLACE_PROVIDER: 'PR1',
  DEC: dec,
  REC: rec,
  REASON_PLACE_CHANGE: '',
  HOME_POST: '',
  PL_POST: '',
  URN: '',
  ...extra,
})

export const ad1 = (child: string, dateInt: string, dateMatch: string, foster = '0', extra: Row = {}): Row => ({
  CHILD: child,
  DOB: extra.DOB ?? '',
  DATE_INT: dateInt,
  DATE_MATCH: dateMatch,
  FOSTER_CARE: foster,
  NB_ADOPTR: '2',
  SEX_ADOPTR: 'MF',
  LS_ADOPTR: 'L11',
  ...extra,
})

export const placedAdoption = (child: string, datePlaced: string, ceased = '', reason = '', dob = ''): Row => ({
  CHILD: child,
  DOB: dob,
  DATE_PLACED: datePlaced,
  DATE_PLACED_CEASED: ceased,
  REASON_PLACED_CEASED: reason,
})

export const FILE_OF: Record<UsedTable, string> = {
  Header: 'header.csv',
  Episodes: 'episodes.csv',
  AD1: 'ad1.csv',
  PlacedAdoption: 'placed_adoption.csv',
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
 * A clean return for Hampshire (850), 2013: child A adopted within the year after a placement order; child B entered
 * care and is still looked after. No rule fires on it. For another collection year the same return is moved by whole
 * years, in that year's codes: foster placements Q2 to 2014-15 and U6 after, sex 1 to 2023-24 and M after, a freeing
 * order (D1) rather than a placement order in 2005-06.
 */
export function cleanReturn(year = 2013): Tables {
  const shift = year - 2013
  const foster = year <= 2015 ? 'Q2' : 'U6'
  const t: Tables = {
    Header: [header('A', '01/01/2012', { UPN: 'UN1' }), header('B', '05/05/2005')],
    Episodes: [
      episode('A', '01/04/2012', 'S', 'C1', foster, '01/08/2012', 'X1'),
      episode('A', '01/08/2012', 'L', 'E1', foster, '01/10/2012', 'X1', { REASON_PLACE_CHANGE: 'CARPL' }),
      episode('A', '01/10/2012', 'P', 'E1', 'A6', '15/03/2013', 'E11'),
      episode('B', '10/10/2012', 'S', 'V2', foster),
    ],
    AD1: [ad1('A', '01/07/2012', '15/09/2012', '0', { DOB: '01/01/2012' })],
    PlacedAdoption: [placedAdoption('A', '01/07/2012', '', '', '01/01/2012')],
  }
  for (const rows of Object.values(t)) {
    for (const row of rows) {
      for (const [k, v] of Object.entries(row)) {
        const m = /^(\d\d)\/(\d\d)\/(\d{4})$/.exec(v)
        if (m) row[k] = `${m[1]}/${m[2]}/${Number(m[3]) + shift}`
      }
      if (year >= 2025 && row.SEX === '1') row.SEX = 'M'
      // Before December 2005 the court's authority to place was a freeing order (D1), placed under it as A4.
      if (year <= 2006 && row.LS === 'E1') row.LS = 'D1'
      if (year <= 2006 && row.PLACE === 'A6') row.PLACE = 'A4'
    }
  }
  return t
}
