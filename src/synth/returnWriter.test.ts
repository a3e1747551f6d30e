import { describe, it } from 'node:test'
import { expect } from 'expect'
import { dayNumber } from '../domain/calendarDate.js'
import { councilByCode } from '../domain/englishCouncils.js'
import { editionFor } from '../ssda903/editions/edition.js'
import { UPN_SHAPE } from '../ssda903/rules/dfeCellRules.js'
import { postcode, recordChildren, upn } from './caseRecord.js'
import type { LivedChild } from './childLives.js'
import { synthesiseCouncil } from './nationalSynth.js'
import { Random } from './random.js'
import { codeIn, returnForYear, sexIn, type TableRows } from './returnWriter.js'
import { parse } from 'csv-parse/sync'

const day = (iso: string) => dayNumber(iso)

/** Cells of a table's rows by column name. */
const rowsOf = (tables: TableRows[], table: TableRows['table']): Record<string, string>[] => {
  const [columns, ...rows] = tables.find((t) => t.table === table)!.rows
  return rows.map((r) => Object.fromEntries(columns!.map((c, i) => [c, r[i]!])))
}

/**
 * A girl born 1 May 2008 in foster care with relatives from 1 June 2010 (U3), with other foster carers from 1 June
 * 2014 (U4), who leaves care on `left` under a special guardianship order to those former foster carers (E46).
 */
function fosterChild(left: string): LivedChild {
  const child: LivedChild = {
    id: '850000001',
    sex: 'female',
    birth: day('2008-05-01'),
    ethnicity: 'WBRI',
    family: '850000001',
    episodes: [
      {
        start: day('2010-06-01'),
        reasonNewEpisode: 'S',
        legalStatus: 'C1',
        placement: 'U3',
        end: day('2014-06-01'),
        reasonEnded: 'X1',
      },
      {
        start: day('2014-06-01'),
        reasonNewEpisode: 'P',
        legalStatus: 'C1',
        placement: 'U4',
        end: day(left),
        reasonEnded: 'E46',
      },
    ],
    decision: null,
    adoption: null,
    record: { upn: '', upnFrom: 0, upnPending: null, motherChildBirth: null, homePostcode: '', episodes: [] },
  }
  recordChildren([child], councilByCode('850'), 1)
  return child
}

/** One council's synthetic returns, read back as rows by column, per year and table. */
function synthesised(first: number, last: number): (year: number, file: string) => Record<string, string>[] {
  const files = synthesiseCouncil(councilByCode('856'), {
    councils: [councilByCode('856')],
    firstYear: first,
    lastYear: last,
    seed: 3,
    scale: 0.4,
    faultRate: 0,
  })
  return (year, file) => parse<Record<string, string>>(files.get(`856/${year}/${file}`)!, { columns: true })
}

describe('synthetic returns in each year’s edition', () => {
  it('writes foster placements as Q1/Q2 before 2014-15 and as U1-U6 from then on', () => {
    const child = fosterChild('2018-03-01')
    const places = (year: number) => rowsOf(returnForYear([child], year), 'Episodes').map((e) => e.PLACE)
    expect(places(2011)).toEqual(['Q1']) // 2010-11: with relatives
    expect(places(2014)).toEqual(['Q1']) // 2013-14: still open at 31 March 2014
    expect(places(2015)).toEqual(['U3', 'U4']) // 2014-15: the relatives' placement ended, other carers from June
    expect(places(2017)).toEqual(['U4']) // 2016-17
  })

  it('writes special guardianship to former foster carers as E43 until 2017-18 and as E46 from 2018-19', () => {
    const reasons = (left: string, year: number) =>
      rowsOf(returnForYear([fosterChild(left)], year), 'Episodes').map((e) => e.REC)
    expect(reasons('2018-03-01', 2018)).toEqual(['E43'])
    expect(reasons('2018-05-01', 2019)).toEqual(['E46'])
    expect(codeIn(editionFor(2018), 'REC', 'E47')).toBe('E44')
    expect(codeIn(editionFor(2012), 'PLACE', 'U5')).toBe('Q2')
    expect(codeIn(editionFor(2024), 'PLACE', 'K3')).toBe('H5') // K3 from 2024-25
    expect(codeIn(editionFor(2025), 'PLACE', 'K3')).toBe('K3')
    expect(codeIn(editionFor(2025), 'PLACE', 'Z12')).toBe('Z1') // Z11-Z14 from 2025-26
    expect(() => codeIn(editionFor(2026), 'PLACE', 'P2')).toThrow(/2025-26 return has no PLACE code for P2/)
  })

  it('writes sex as 1/2 until 2023-24 and as M/F from 2024-25', () => {
    expect([sexIn(editionFor(2024), 'male'), sexIn(editionFor(2024), 'female')]).toEqual(['1', '2'])
    expect([sexIn(editionFor(2025), 'male'), sexIn(editionFor(2025), 'female')]).toEqual(['M', 'F'])
    const rows = synthesised(2024, 2025)
    expect(new Set(rows(2024, 'header.csv').map((h) => h.SEX))).toEqual(new Set(['1', '2']))
    expect(new Set(rows(2025, 'header.csv').map((h) => h.SEX))).toEqual(new Set(['M', 'F']))
  })

  it('writes the URN column from 2015-16, and each edition’s columns in order', () => {
    const child = fosterChild('2018-03-01')
    expect(returnForYear([child], 2015)[1]!.rows[0]).toEqual(editionFor(2015).columns('Episodes'))
    expect(returnForYear([child], 2015)[1]!.rows[0]).not.toContain('URN')
    expect(returnForYear([child], 2016)[1]!.rows[0]).toContain('URN')
    // The placement with other carers began before URNs were returned, so it has none in any year (rule 503F).
    expect(rowsOf(returnForYear([child], 2017), 'Episodes')[0]!.URN).toBe('')
  })

  it('gives each UPN its check letter, and postcodes the shape of real ones', () => {
    // Weights 2 to 13 on the twelve digits: 16+15+0+10+0+56+24+9+20+66+12+78 = 306 = 13 * 23 + 7; the eighth letter.
    expect(upn('850208312616')).toBe('H850208312616')
    const r = new Random(7)
    for (let i = 0; i < 200; i++) {
      expect(postcode(r, ['NE', 'M', 'SW'])).toMatch(/^(NE|M|SW)[1-8] [0-9][ABDEFGHJLNPQRSTUWXYZ]{2}$/)
    }
  })

  it('codes 2011-12 foster placements Q1/Q2 and 2016-17 ones U1-U6, and fills every item consistently', () => {
    const rows = synthesised(2011, 2017)
    const codes = (year: number) => new Set(rows(year, 'episodes.csv').map((e) => e.PLACE ?? ''))
    expect([...codes(2012)].filter((p) => /^U[1-6]$/.test(p))).toEqual([])
    expect(codes(2012)).toContain('Q2')
    expect([...codes(2017)].filter((p) => /^Q[12]$/.test(p))).toEqual([])
    expect(codes(2017)).toContain('U4')
    for (let year = 2011; year <= 2017; year++) {
      const header = rows(year, 'header.csv')
      const dob = new Map(header.map((h) => [h.CHILD!, h.DOB!]))
      for (const h of header) {
        expect(h.UPN).toMatch(UPN_SHAPE)
        // Girls' mother status is always known; boys' is blank (rules 393, 607).
        expect(h.MOTHER === '' ? 'male' : 'female').toBe(h.SEX === '1' ? 'male' : 'female')
        expect(h.MC_DOB === '').toBe(h.MOTHER !== '1')
      }
      expect(new Set(header.map((h) => h.UPN).filter((u) => !u!.startsWith('UN'))).size).toBe(
        header.filter((h) => !h.UPN!.startsWith('UN')).length,
      )
      for (const e of rows(year, 'episodes.csv')) {
        expect(e.CIN).toMatch(/^N[1-8]$/)
        expect(e.PLACE_PROVIDER).toMatch(/^PR[1245]$/)
        expect(e.HOME_POST).not.toBe(e.PL_POST)
        // A reason for a change of placement only on an episode that ended with another beginning the same day.
        if (e.REASON_PLACE_CHANGE !== '') expect(e.REC).toBe('X1')
      }
      for (const a of rows(year, 'ad1.csv')) {
        expect(a.DOB).toBe(dob.get(a.CHILD!))
        expect(Object.values(a).every((v) => v !== '')).toBe(true)
      }
      for (const p of rows(year, 'placed_adoption.csv')) {
        expect(p.DOB).toBe(dob.get(p.CHILD!))
        expect(p.REASON_PLACED_CEASED).toMatch(p.DATE_PLACED_CEASED === '' ? /^$/ : /^RD[1-4]$/)
      }
    }
  })
})
