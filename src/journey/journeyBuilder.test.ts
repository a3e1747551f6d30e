import { describe, it } from 'node:test'
import { expect } from 'expect'
import type { Episode } from '../domain/returnRecords.js'
import { editionFor } from '../ssda903/editions/edition.js'
import { buildJourneys, movedInWithFosterCarers, outcomeOf } from './journeyBuilder.js'

const source = { file: 'f', row: 1, year: 2013 }
const ep = (start: string, rne: string, ls: string, place: string, end: string | null = null, rec = ''): Episode => ({
  child: 'A',
  start,
  reasonNewEpisode: rne,
  legalStatus: ls,
  categoryOfNeed: 'N1',
  placement: place,
  placementProvider: 'PR1',
  end,
  reasonEnded: rec,
  reasonPlacementChanged: '',
  homePostcode: '',
  placementPostcode: '',
  urn: '',
  source,
})

describe('journeys', () => {
  it('names how a period of care ended', () => {
    const in2013 = ['E11', 'E12', 'E43', 'E44', 'E41', 'E4A', 'E13', 'E2', 'X1', '']
    expect(in2013.map((code) => outcomeOf(code, editionFor(2013)))).toEqual([
      'adopted',
      'adopted',
      'special-guardianship',
      'special-guardianship',
      'child-arrangements',
      'returned-home',
      'returned-home',
      'other-exit',
      'looked-after',
      'looked-after',
    ])
  })

  it('finds when a child moved in with the foster carers who adopted (episodes with the same carers)', () => {
    const period = [
      ep('2010-01-01', 'S', 'C1', 'U6', '2010-03-01', 'X1'),
      ep('2010-03-01', 'P', 'C1', 'U4', '2010-06-01', 'X1'), // new carers
      ep('2010-06-01', 'L', 'E1', 'U4', '2010-09-01', 'X1'), // same carers, new legal status
      ep('2010-09-01', 'T', 'E1', 'A5', '2011-01-01', 'E11'), // placed for adoption with them: same carers
    ]
    expect(movedInWithFosterCarers(period, 3)).toBe('2010-03-01')
    // RNE B is a change of legal status, placement and carers (the Department's code set): a move to new carers.
    period[3] = ep('2010-09-01', 'B', 'A5', 'A5', '2011-01-01', 'E11')
    expect(movedInWithFosterCarers(period, 3)).toBe('2010-09-01')
  })

  it('builds one journey per period of care with each stage', () => {
    const episodes = [
      ep('2008-01-01', 'S', 'V2', 'U6', '2008-03-01', 'E4A'),
      ep('2010-01-01', 'S', 'C1', 'U6', '2010-06-01', 'X1'),
      ep('2010-06-01', 'L', 'E1', 'U6', '2010-09-01', 'X1'),
      ep('2010-09-01', 'P', 'E1', 'A6', '2011-01-01', 'E12'),
    ]
    const journeys = buildJourneys({
      council: '850',
      children: [
        {
          child: 'A',
          sex: '1',
          birth: '2007-06-01',
          ethnicity: 'WBRI',
          upn: '',
          mother: '',
          motherChildBirth: null,
          source,
        },
      ],
      episodes,
      adoptions: [
        {
          child: 'A',
          decisionDate: '2010-05-01',
          matchDate: '2010-08-01',
          fosterCare: '0',
          byFosterCarers: false,
          birth: null,
          adopterCount: '2',
          adopterSex: 'MF',
          adopterLegalStatus: 'L11',
          source,
        },
      ],
      decisions: [
        { child: 'A', decisionDate: '2008-02-01', ceasedDate: '2008-02-20', reasonCeased: 'RD1', birth: null, source },
        { child: 'A', decisionDate: '2010-05-01', ceasedDate: null, reasonCeased: '', birth: null, source },
      ],
    })
    expect(journeys).toHaveLength(2)
    expect(journeys[0]).toMatchObject({
      enteredCare: '2008-01-01',
      outcome: 'returned-home',
      decisionReversed: { date: '2008-02-20', reason: 'RD1' },
    })
    expect(journeys[1]).toMatchObject({
      enteredCare: '2010-01-01',
      enteredCareKnown: true,
      careProceedingsStart: '2010-01-01',
      decisionToPlace: '2010-05-01',
      placementOrder: '2010-06-01',
      match: '2010-08-01',
      placedForAdoption: '2010-09-01',
      movedInWithAdopters: '2010-09-01',
      ended: '2011-01-01',
      outcome: 'adopted',
      decisionReversed: null,
    })
  })
})
