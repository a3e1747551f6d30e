import { expect } from 'expect'
import fc from 'fast-check'
import { describe, it } from 'node:test'
import { addDays } from '../domain/calendarDate.js'
import type { Journey } from '../domain/journey.js'
import { parsePeriod } from '../domain/period.js'
import { editionFor } from '../scorecard/methodology.js'
import { costOfDelay, forecastPeriod, project, recentStageDurations, type StageDurations } from './forecast.js'
import { childOnJourney, DEFAULT_FLAG_SETTINGS, onTheJourney } from './journeyFlags.js'

const journey = (child: string, d: Partial<Journey>): Journey => ({
  council: '850',
  child,
  birth: '2010-01-01',
  sex: 'male',
  ethnicMinority: false,
  ethnicity: 'WBRI',
  enteredCare: '2011-01-01',
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
const AS_AT = '2013-03-31'
const T = { a1Current: 608, a1Next: 547, a2: 213, current: '2010-13', next: '2011-14' }
const flagsOf = (j: Journey) => childOnJourney(j, AS_AT, T, DEFAULT_FLAG_SETTINGS).flags.map((f) => f.key)

describe('children on the journey (hand-worked, as at 31 March 2013)', () => {
  it('flags a child who misses the A1 threshold even if placed today, and a decision with no order', () => {
    // Entered 1 Jan 2011: 365 + 366 + 89 = 820 days in care > 608. Decision 1 Jun 2011: 366 + 303 = 669 days > 183, no
    // order.
    const c = childOnJourney(journey('1', { decisionToPlace: '2011-06-01' }), AS_AT, T, DEFAULT_FLAG_SETTINGS)
    expect([c.daysInCare, c.daysSinceDecision, c.stage]).toEqual([820, 669, 'decision to place'])
    expect(c.flags.map((f) => f.key)).toEqual(['a1-current', 'no-placement-order'])
    expect(c.flags[0]!.reason).toBe(
      '820 days in care: even if placed today, more than the 2010-13 A1 threshold of 608 days',
    )
  })

  it('flags no match within the A2 threshold after the placement order', () => {
    // Entered 1 Jun 2012: 303 days (no A1 flag). Order 1 Aug 2012: 242 days > 213, no match.
    expect(
      flagsOf(journey('2', { enteredCare: '2012-06-01', decisionToPlace: '2012-07-01', placementOrder: '2012-08-01' })),
    ).toEqual(['no-match'])
  })

  it('says a placed child’s match date is missing rather than that the child waits for a match', () => {
    // Order 1 Aug 2012, placed 1 Nov 2012, no match date: matched, but the return holds the date only with the
    // adoption.
    const j = journey('3', {
      enteredCare: '2012-06-01',
      decisionToPlace: '2012-07-01',
      placementOrder: '2012-08-01',
      placedForAdoption: '2012-11-01',
    })
    const c = childOnJourney(j, AS_AT, T, DEFAULT_FLAG_SETTINGS)
    expect(c.stage).toBe('placed for adoption')
    expect(c.flags.map((f) => f.reason)).toEqual([
      'Placed for adoption: no match date recorded yet (the return records it with the adoption), so A2 is not known',
    ])
  })

  it('flags the next period’s threshold when only that one will be missed', () => {
    // Entered 1 Sep 2011: 366 + 211 = 577 days: under 608, over 547.
    expect(
      flagsOf(
        journey('3', {
          enteredCare: '2011-09-01',
          decisionToPlace: '2012-01-01',
          placementOrder: '2012-03-01',
          match: '2013-03-01',
        }),
      ),
    ).toEqual(['a1-next'])
  })

  it('flags a child placed with no adoption order after the set number of days', () => {
    // Placed 1 Aug 2012: 242 days > 183.
    const j = journey('4', {
      enteredCare: '2012-01-01',
      decisionToPlace: '2012-03-01',
      placementOrder: '2012-05-01',
      match: '2012-07-01',
      placedForAdoption: '2012-08-01',
    })
    expect(flagsOf(j)).toEqual(['placed-no-order'])
    expect(childOnJourney(j, AS_AT, T, { ...DEFAULT_FLAG_SETTINGS, placedWithoutOrderDays: 300 }).flags).toEqual([])
  })

  it('counts only children still in care with a standing decision or an order', () => {
    const reversed = journey('r', {
      decisionToPlace: '2012-01-01',
      decisionReversed: { date: '2012-06-01', reason: 'RD1' },
    })
    const adopted = journey('a', { decisionToPlace: '2012-01-01', ended: '2013-01-01', outcome: 'adopted' })
    const waiting = journey('w', { decisionToPlace: '2012-01-01' })
    expect(onTheJourney([reversed, adopted, waiting], AS_AT).map((j) => j.child)).toEqual(['w'])
  })
})

describe('the forecast (hand-worked, a council with one adoption and one child waiting)', () => {
  // A: entered 1 Jan 2011, decision 1 May, order 1 Jul (61 days), match 1 Dec (153), placed 5 Feb 2012 (66), adopted 1
  // Jun 2012 (117): A1 400, A2 153.
  const a = journey('A', {
    decisionToPlace: '2011-05-01',
    placementOrder: '2011-07-01',
    match: '2011-12-01',
    placedForAdoption: '2012-02-05',
    ended: '2012-06-01',
    outcome: 'adopted',
  })
  // B: entered 1 May 2012, decision 1 Oct, order 1 Dec 2012, waiting for a match on 31 Mar 2013.
  const b = journey('B', { enteredCare: '2012-05-01', decisionToPlace: '2012-10-01', placementOrder: '2012-12-01' })
  const durations = recentStageDurations([a, b], AS_AT)

  it('projects the rest of a journey from the council’s own stage durations', () => {
    expect(durations.orderToMatch).toEqual([153, 153, 153])
    // B: match 1 Dec 2012 + 153 = 3 May 2013; placed + 66 = 8 Jul 2013; adopted + 117 = 2 Nov 2013.
    expect(project(b, AS_AT, durations, 1)).toEqual({
      orderDate: '2012-12-01',
      matchDate: '2013-05-03',
      placed: '2013-07-08',
      adopted: '2013-11-02',
    })
  })

  it('gives the A1 and A2 ahead, whether each threshold will be met, and the largest wait allowed', () => {
    // 2011-14 (thresholds 547 and 182): A 400 days, B projected 1 May 2012 -> 8 Jul 2013 = 365 + 68 = 433: A1 (400 +
    // 433) / 2 = 416.5 -> 417.
    // A2: 153 and 153. Largest average A1 allowed for the one child pending: 547 x 2 - 400 = 694.
    const f = forecastPeriod([a, b], [b], AS_AT, parsePeriod('2011-14')!, editionFor('2011-14')!, durations)
    expect(f).toMatchObject({
      period: '2011-14',
      adopted: 1,
      projected: 1,
      a1: { low: 417, central: 417, high: 417 },
      a2: { central: 153 },
      meetsA1: true,
      meetsA2: true,
      largestAverageWaitAllowed: 694,
    })
  })
})

describe('the forecast range', () => {
  // Stage durations whose quartiles differ: decision to order 30/60/90, order to match 100/150/200, match to placed
  // 20/30/40, placed to adopted 100/150/200 days.
  const d: StageDurations = {
    decisionToOrder: [30, 60, 90],
    orderToMatch: [100, 150, 200],
    matchToPlaced: [20, 30, 40],
    placedToAdopted: [100, 150, 200],
  }

  it('projects the same children with faster and slower durations, so the range holds the central figure', () => {
    // C entered care 1 Jan 2010, order 1 Mar 2013. As at 31 Mar 2013, for 2013-16 (1 Apr 2013 to 31 Mar 2016):
    // central: match 1 Mar + 150 = 29 Jul 2013, placed + 30 = 28 Aug 2013, adopted + 150 = 25 Jan 2014 (in the
    // period). A1 = 1 Jan 2010 to 28 Aug 2013 = 1335 days. Faster: match 9 Jun (100), placed 29 Jun (20): 1275.
    // Slower: match 17 Sep (200), placed 27 Oct (40): 1395. A2: 100, 150, 200.
    const c = journey('C', { enteredCare: '2010-01-01', decisionToPlace: '2012-12-01', placementOrder: '2013-03-01' })
    const f = forecastPeriod([c], [c], AS_AT, parsePeriod('2013-16')!, editionFor('2013-16')!, d)
    expect(f.a1).toEqual({ low: 1275, central: 1335, high: 1395 })
    expect(f.a2).toEqual({ low: 100, central: 150, high: 200 })
  })

  it('always holds the central figure, whoever is waiting (property)', () => {
    const day = fc.integer({ min: 0, max: 2000 }).map((n) => addDays('2008-01-01', n))
    const waiting = fc.tuple(day, fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), fc.boolean())
    const children = fc.array(waiting, { maxLength: 12 }).map((xs) =>
      xs.map(([entered, toDecision, toOrder, ordered], i) =>
        journey(`W${i}`, {
          enteredCare: entered,
          decisionToPlace: addDays(entered, toDecision),
          placementOrder: ordered ? addDays(entered, toDecision + toOrder) : null,
        }),
      ),
    )
    const quartet = fc
      .array(fc.integer({ min: 0, max: 400 }), { minLength: 3, maxLength: 3 })
      .map((xs) => xs.sort((a, b) => a - b) as [number, number, number])
    fc.assert(
      fc.property(
        children,
        fc.record({
          decisionToOrder: quartet,
          orderToMatch: quartet,
          matchToPlaced: quartet,
          placedToAdopted: quartet,
        }),
        fc.constantFrom('2012-15', '2013-16', '2014-17'),
        (pending, stages, name) => {
          const asAt = '2013-03-31'
          const now = pending.filter((j) => j.decisionToPlace! <= asAt && (j.placementOrder ?? '') <= asAt)
          const f = forecastPeriod(now, now, asAt, parsePeriod(name)!, editionFor(name)!, stages)
          for (const x of [f.a1, f.a2]) {
            if (x.central === null) continue
            expect(x.low! <= x.central && x.central <= x.high!).toBe(true)
          }
        },
      ),
    )
  })
})

describe('the cost of delay', () => {
  it('multiplies days beyond the threshold by the weekly cost of care', () => {
    // 700 days against 608: 92 days beyond = 13.14 weeks x £700 = £9,200; 500 days: none.
    expect(
      costOfDelay(
        [
          { child: 'x', days: 700 },
          { child: 'y', days: 500 },
        ],
        608,
        700,
      ),
    ).toEqual({
      children: [
        { child: 'x', daysBeyond: 92, cost: 9200 },
        { child: 'y', daysBeyond: 0, cost: 0 },
      ],
      totalDays: 92,
      totalCost: 9200,
    })
  })
})

describe('status lists (hand-worked, collection year 2013)', () => {
  it('lists orders made, children placed awaiting an order, and the rest, for 2012-13', async () => {
    const { statusLists } = await import('./statusLists.js')
    const adoptedInYear = journey('A', {
      decisionToPlace: '2011-05-01',
      placementOrder: '2011-07-01',
      match: '2011-12-01',
      placedForAdoption: '2012-02-05',
      ended: '2012-06-01',
      outcome: 'adopted',
    })
    const placed = journey('P', {
      decisionToPlace: '2012-03-01',
      placementOrder: '2012-05-01',
      match: '2012-07-01',
      placedForAdoption: '2012-08-01',
    })
    const matched = journey('M', { decisionToPlace: '2012-04-01', placementOrder: '2012-06-01', match: '2013-03-01' })
    const lists = Object.fromEntries(
      statusLists([adoptedInYear, placed, matched], 2013).map((l) => [
        l.key,
        l.children.map((c) => `${c.child} ${c.date}`),
      ]),
    )
    expect(lists).toEqual({
      'adoption-orders': ['A 2012-06-01'],
      'placed-awaiting-order': ['P 2012-08-01'],
      'matched-awaiting-placement': ['M 2013-03-01'],
      'placement-orders': ['P 2012-05-01', 'M 2012-06-01'],
      decisions: ['M 2012-04-01'],
      reversed: [],
    })
  })
})
