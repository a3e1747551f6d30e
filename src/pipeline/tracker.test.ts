import { expect } from 'expect'
import fc from 'fast-check'
import { describe, it } from 'node:test'
import type { Journey } from '../domain/journey.js'
import { courtStageAt, courtStageProblems, noCourtStages, type CourtStages } from './courtStages.js'
import { collectionYearOf } from '../domain/period.js'
import { childrenOnJourneyAt } from './journeyAt.js'
import { DEFAULT_FLAG_SETTINGS } from './journeyFlags.js'
import { tracker } from './tracker.js'

const journey = (child: string, d: Partial<Journey>): Journey => ({
  council: '850',
  child,
  birth: '2010-01-01',
  sex: 'male',
  ethnicMinority: false,
  ethnicity: 'WBRI',
  enteredCare: '2012-01-01',
  enteredCareKnown: true,
  careProceedingsStart: null,
  decisionToPlace: null,
  decisionReversed: null,
  placementOrder: null,
  match: null,
  placedForAdoption: null,
  movedInWithAdopters: null,
  byFosterCarers: false,
  ended: null,
  reasonEnded: '',
  outcome: 'looked-after',
  careProceedingsEnd: null,
  ...d,
})
const court = (child: string, d: Partial<CourtStages>): CourtStages => ({ ...noCourtStages('850', child), ...d })
const placedChild = (child: string, placed: string) =>
  journey(child, {
    decisionToPlace: '2012-06-01',
    placementOrder: '2012-09-01',
    match: '2012-11-01',
    placedForAdoption: placed,
  })

// A council on 15 August 2013, in collection year 2013-14 (1 April 2013 to 31 March 2014).
// A: adopted 10 May 2013 (this year). B: adopted 20 Mar 2013 (last year). Their stage durations are the council's:
//   A decision 1 May 2011 -> order 1 Jul (61) -> match 1 Dec (153) -> placed 5 Feb 2012 (66) -> adopted 10 May 2013
//     (366 to 5 Feb 2013, +94 = 460);
//   B decision 1 Jun 2012 -> order 1 Aug (61) -> match 1 Oct (61) -> placed 1 Dec (61) -> adopted 20 Mar 2013 (109).
//   Quartiles by nearest rank of two values are [smaller, smaller, larger]: decision to order [61, 61, 61], order to
//   match [61, 61, 153], match to placed [61, 61, 66], placed to adopted [109, 109, 460].
const A = journey('A', {
  enteredCare: '2011-01-01',
  decisionToPlace: '2011-05-01',
  placementOrder: '2011-07-01',
  match: '2011-12-01',
  placedForAdoption: '2012-02-05',
  ended: '2013-05-10',
  outcome: 'adopted',
})
const B = journey('B', {
  decisionToPlace: '2012-06-01',
  placementOrder: '2012-08-01',
  match: '2012-10-01',
  placedForAdoption: '2012-12-01',
  ended: '2013-03-20',
  outcome: 'adopted',
})
const P1 = placedChild('P1', '2013-01-10')
const P2 = placedChild('P2', '2013-03-01')
const P3 = placedChild('P3', '2013-07-01')
const P4 = placedChild('P4', '2013-02-01')
const M = journey('M', { decisionToPlace: '2013-01-01', placementOrder: '2013-03-01', match: '2013-07-20' })
const D = journey('D', { enteredCare: '2013-02-01', decisionToPlace: '2013-06-01' })
const JOURNEYS = [A, B, P1, P2, P3, P4, M, D]
const COURT = [
  court('P1', {
    recommendation: '2013-04-01',
    annexARequested: '2013-04-05',
    annexAReceived: '2013-05-01',
    annexATeam: 'Adoption Team',
    applicationLodged: '2013-05-20',
    hearings: ['2013-07-01', '2013-09-12'],
  }),
  // Annex A received on 1 September: after 15 August, so not yet known then.
  court('P2', {
    recommendation: '2013-06-10',
    annexARequested: '2013-06-12',
    annexAReceived: '2013-09-01',
    annexATeam: 'Locality Team 2',
  }),
  // The order made on 1 August, recorded by the council before any return shows it.
  court('P4', { recommendation: '2013-04-10', applicationLodged: '2013-06-01', orderMade: '2013-08-01' }),
]

describe('the tracker (hand-worked, as at 15 August 2013)', () => {
  const t = tracker(JOURNEYS, COURT, '2013-08-15')

  it('lists the orders made this year, from the return and from the council’s own record', () => {
    // B's order (20 March 2013) was last year.
    expect([t.yearStart, t.yearEnd]).toEqual(['2013-04-01', '2014-03-31'])
    expect(t.ordersMade).toEqual([
      { child: 'A', date: '2013-05-10', source: 'return' },
      { child: 'P4', date: '2013-08-01', source: 'council record' },
    ])
  })

  it('lists applications awaiting a court date, decisions needing action and who owes it, and placed children', () => {
    // P1's next hearing on or after 15 August is 12 September. P3: placed 1 July, 30 + 15 = 45 days.
    expect(t.awaitingCourt).toEqual([
      { child: 'P1', placed: '2013-01-10', lodged: '2013-05-20', nextHearing: '2013-09-12' },
    ])
    expect(t.actionNeeded).toEqual([
      {
        child: 'P2',
        placed: '2013-03-01',
        recommendation: '2013-06-10',
        action: 'Annex A report awaited',
        owedBy: 'Locality Team 2',
      },
    ])
    expect(t.awaitingApplication).toEqual([{ child: 'P3', placed: '2013-07-01', daysPlaced: 45 }])
    expect(t.counts).toEqual({ ordersMade: 2, awaitingCourt: 1, actionNeeded: 1, awaitingApplication: 1 })
  })

  it('expects the adoptions by 31 March with a range', () => {
    // Two orders made. Pending: P1 (last listed hearing 12 Sep 2013: counted at every quartile); P2 (placed 1 Mar 2013
    // + 109 = 18 Jun, already past, so 15 Aug; + 460 = 4 Jun 2014); P3 (1 Jul + 109 = 18 Oct 2013; + 460 = 4 Oct
    // 2014); M (matched 20 Jul; + 61 placed 19 Sep, + 109 adopted 6 Jan 2014; + 66 + 460 = 28 Dec 2014); D (decision
    // 1 Jun + 61 = 1 Aug, already past, so 15 Aug; + 61 matched 15 Oct, + 61 placed 15 Dec, + 109 = 3 Apr 2014: after
    // 31 March at every quartile).
    // Median and lower quartile: 2 + P1, P2, P3, M = 6. Upper quartile: 2 + P1 = 3.
    expect(t.expected).toEqual({ low: 3, central: 6, high: 6 })
  })

  it('shows the tracker as it stood on an earlier date, ignoring what was recorded later', () => {
    // 11 June 2013: P1 lodged 20 May, next hearing 1 July; P4 lodged 1 June, no hearing known; P2's recommendation
    // (10 June) is known but the Annex A request (12 June) is not; P3 was not placed until 1 July.
    const june = tracker(JOURNEYS, COURT, '2013-06-11')
    expect(june.ordersMade.map((o) => o.child)).toEqual(['A'])
    expect(june.awaitingCourt.map((a) => [a.child, a.nextHearing])).toEqual([
      ['P1', '2013-07-01'],
      ['P4', null],
    ])
    expect(june.actionNeeded.map((a) => [a.child, a.action, a.owedBy])).toEqual([
      ['P2', 'Request the Annex A report', null],
    ])
    expect(june.awaitingApplication).toEqual([])
    // On 31 March 2014 the year is over: only the orders made count, whatever is pending.
    expect(tracker(JOURNEYS, COURT, '2014-03-31').expected).toEqual({ low: 2, central: 2, high: 2 })
  })

  it('gives each child’s stage and days in care that day', () => {
    // In care from 1 Jan 2012 to 15 Aug 2013: 366 + 226 = 592 days (2012 a leap year; 1 Jan to 15 Aug 2013 is 31 +
    // 28 + 31 + 30 + 31 + 30 + 31 + 14 = 226). D: 1 Feb 2013 to 15 Aug: 28 + 31 + 30 + 31 + 30 + 31 + 14 = 195.
    // Flags (thresholds of 2011-14, A1 547): M is not placed and 592 > 547 (a1-current); P1 placed 10 Jan, 217 days,
    // and P4 placed 1 Feb, 195 days, both over 183 with no order in the return (placed-no-order); P2 (167 days), P3
    // and D none. Most flags first, then longest in care, then by child.
    const children = childrenOnJourneyAt(JOURNEYS, '2013-08-15', DEFAULT_FLAG_SETTINGS)
    expect(children.map((c) => [c.child, c.stage, c.daysInCare])).toEqual([
      ['M', 'matched', 592],
      ['P1', 'placed for adoption', 592],
      ['P4', 'placed for adoption', 592],
      ['P2', 'placed for adoption', 592],
      ['P3', 'placed for adoption', 592],
      ['D', 'decision to place', 195],
    ])
  })

  it('names the furthest court stage known on a date', () => {
    const p1 = COURT[0]!
    expect(courtStageAt(p1, '2013-03-31')).toBeNull()
    expect(courtStageAt(p1, '2013-04-20')).toBe('Annex A awaited from Adoption Team')
    expect(courtStageAt(p1, '2013-08-15')).toBe('application lodged, hearing 2013-09-12')
    expect(courtStageAt(p1, '2013-10-01')).toBe('application lodged, awaiting a court date')
  })
})

describe('the collection year of a date', () => {
  it('runs from 1 April to 31 March, named by the year it ends', () => {
    expect([collectionYearOf('2013-03-31'), collectionYearOf('2013-04-01'), collectionYearOf('2013-08-15')]).toEqual([
      2013, 2014, 2014,
    ])
  })
})

describe('court stage rules', () => {
  it('names each broken rule', () => {
    const s = court('P1', {
      recommendation: '2012-12-01',
      annexAReceived: '2013-05-01',
      applicationLodged: '2013-05-20',
      orderMade: '2013-05-10',
      hearings: ['2013-05-01'],
    })
    expect(courtStageProblems(s, '2013-01-10', '2013-08-15').map((p) => p.message)).toEqual([
      'Recommendation to apply for the adoption order (2012-12-01) must not be before the child was placed for ' +
        'adoption (2013-01-10)',
      'Adoption order made (2013-05-10) must not be before Application lodged (2013-05-20)',
      'Annex A report received is recorded: enter when it was requested',
      'Hearing 2013-05-01 must not be before the application was lodged (2013-05-20)',
    ])
    expect(courtStageProblems(COURT[0]!, '2013-01-10', '2013-08-15')).toEqual([])
    expect(courtStageProblems(COURT[0]!, null, '2013-08-15').map((p) => p.field)).toEqual(['recommendation'])
    expect(courtStageProblems(COURT[0]!, '2013-01-10', '2013-05-01').map((p) => p.field)).toEqual(['applicationLodged'])
  })

  it('never changes the tracker’s orders from the return, whatever the court stages say (property)', () => {
    const date = fc
      .integer({ min: 0, max: 500 })
      .map((n) => new Date(Date.UTC(2013, 0, 1) + n * 86_400_000).toISOString().slice(0, 10))
    fc.assert(
      fc.property(fc.array(fc.record({ child: fc.constantFrom('A', 'P1', 'P2', 'M'), orderMade: date })), (records) => {
        const t = tracker(
          JOURNEYS,
          records.map((r) => court(r.child, r)),
          '2013-08-15',
        )
        const fromReturn = t.ordersMade.filter((o) => o.source === 'return')
        expect(fromReturn).toEqual([{ child: 'A', date: '2013-05-10', source: 'return' }])
        expect(t.ordersMade.every((o) => o.date >= t.yearStart && o.date <= t.asAt)).toBe(true)
        expect(t.expected.low <= t.expected.central && t.expected.central <= t.expected.high).toBe(true)
      }),
    )
  })
})
