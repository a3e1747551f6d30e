import { expect } from 'expect'
import { describe, it } from 'node:test'
import { careProceedingsLength } from '../src/context/careProceedings.js'
import { adjustA1, featuresOf, fitCaseMix } from '../src/context/caseMixModel.js'
import { parseNeighbourCsv } from '../src/context/comparableCouncils.js'
import { permanence } from '../src/context/permanence.js'
import { stageDurations } from '../src/context/stageDurations.js'
import type { Journey } from '../src/domain/journey.js'
import { parsePeriod } from '../src/domain/period.js'
import { loadHistories } from '../src/journey/councilHistories.js'
import { adoptionStory, storyFiles, type Story } from './support/scenario.js'

const journeysOf = (stories: Story[]) =>
  loadHistories(storyFiles('850', stories, 2006, 2016)).councils.get('850')!.journeys
const P = parsePeriod('2010-13')!

describe('where the time goes (hand-worked)', () => {
  it('splits A1 into stages that add up to it for a child with every stage', () => {
    // Entered 1 May 2010 under an interim care order (proceedings start that day: 0 days);
    // placement order 10 Jan 2011: May..Dec = 31+30+31+31+30+31+30+31 = 245, + 9 = 254 days in court;
    // match 1 Apr 2011: 81 days; placed 1 May 2011: 30 days. 0 + 254 + 81 + 30 = 365 = A1.
    const j = journeysOf([
      adoptionStory('A', {
        entered: '2010-05-01',
        decision: '2010-12-01',
        order: '2011-01-10',
        match: '2011-04-01',
        placed: '2011-05-01',
        adopted: '2011-11-01',
      }),
    ])
    expect(stageDurations(j).map((s) => [s.key, s.days.value, s.owner])).toEqual([
      ['care-to-proceedings', 0, 'council'],
      ['proceedings-to-order', 254, 'court'],
      ['order-to-match', 81, 'council'],
      ['match-to-placed', 30, 'council'],
    ])
  })

  it('measures care proceedings in weeks against the 26-week limit', () => {
    // A: proceedings 1 May 2010 to the placement order 10 Jan 2011: 254 days = 36.29 weeks.
    // B: interim care order 1 Jun 2010, full care order 1 Nov 2010: 30+31+31+30+31 = 153 days = 21.86 weeks (within
    // 26).
    // Mean (36.29 + 21.86) / 2 = 29.07 -> 29.1 weeks; 1 of 2 within 26 weeks.
    const b: Story = {
      id: 'B',
      birth: '2009-01-01',
      episodes: [
        ['2010-06-01', 'S', 'C1', 'U6', '2010-11-01', 'X1'],
        ['2010-11-01', 'L', 'C2', 'U6'],
      ],
    }
    const j = journeysOf([
      adoptionStory('A', {
        entered: '2010-05-01',
        order: '2011-01-10',
        match: '2011-04-01',
        placed: '2011-05-01',
        adopted: '2011-11-01',
      }),
      b,
    ])
    expect(careProceedingsLength(j, P)).toEqual({ count: 2, meanWeeks: 29.1, within26Weeks: 1, percentWithin: 50 })
  })
})

describe('permanence beyond adoption (hand-worked)', () => {
  it('gives each route its share of children leaving care and the days to the order', () => {
    // Adopted A: 1 May 2010 -> 1 Nov 2011 = 365 + 184 = 549 days. Special guardianship G: 1 Mar 2010 -> 1 Jun 2012 =
    // 365 + 366 (to 1 Mar 2012) + 31 + 30 + 31 = 823 days. H returned home. Three left care: 1 each, 33.3%; combined 2,
    // 66.7%.
    const a = adoptionStory('A', {
      entered: '2010-05-01',
      order: '2011-01-10',
      match: '2011-04-01',
      placed: '2011-05-01',
      adopted: '2011-11-01',
    })
    const h: Story = { id: 'H', birth: '2004-01-01', episodes: [['2010-04-20', 'S', 'V2', 'U6', '2012-01-01', 'E4A']] }
    const g: Story = { id: 'G', birth: '2006-01-01', episodes: [['2010-03-01', 'S', 'C1', 'U6', '2012-06-01', 'E45']] }
    const p = permanence(journeysOf([a, h, g]), P)
    expect(p.routes.map((r) => [r.route, r.leaving.count, r.leaving.percent, r.daysToOrder.value])).toEqual([
      ['adoption', 1, 33.3, 549],
      ['special-guardianship', 1, 33.3, 823],
      ['child-arrangements', 0, 0, null],
    ])
    expect(p.combined).toEqual({ count: 2, of: 3, percent: 66.7 })
  })
})

/** A made-up adopted child: only what the case-mix model reads. */
function child(council: string, ageOnEntry: number, minority: boolean): Journey {
  const entered = '2011-01-01'
  return {
    council,
    child: `${council}-${Math.random()}`,
    birth: `${2011 - ageOnEntry}-01-01`,
    sex: 'female',
    ethnicity: minority ? 'BAFR' : 'WBRI',
    ethnicMinority: minority,
    enteredCare: entered,
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
    outcome: 'adopted',
    careProceedingsEnd: null,
  }
}

describe('the case-mix model', () => {
  it('tells a council that is fast for its mix from one that is merely fast', () => {
    // England: babies wait about 300 days, children of 5 or over about 600, whatever the council.
    const national = []
    for (let i = 0; i < 200; i++) {
      const older = i % 2 === 0
      national.push({
        features: featuresOf(child('N', older ? 6 : 0, i % 3 === 0), false),
        days: (older ? 600 : 300) + ((i * 37) % 41) - 20,
      })
    }
    const model = fitCaseMix(national)!
    expect(model.coefficients.find((c) => c.name === 'aged 5 or over on entering care')!.estimate).toBeGreaterThan(250)
    expect(model.rSquared).toBeGreaterThan(0.9)
    // Two councils with the same A1, 500 days: X's children are all 5 or over, Y's all babies.
    const x = Array.from({ length: 8 }, () => ({ features: featuresOf(child('X', 6, false), false), days: 500 }))
    const y = Array.from({ length: 8 }, () => ({ features: featuresOf(child('Y', 0, false), false), days: 500 }))
    const ax = adjustA1(model, x, 450)
    const ay = adjustA1(model, y, 450)
    expect([ax.observed, ay.observed]).toEqual([500, 500])
    expect(ax.difference!).toBeLessThan(-50) // faster than expected for older children
    expect(ay.difference!).toBeGreaterThan(150) // slower than expected for babies
    expect(ax.adjusted!).toBeLessThan(ay.adjusted!)
    expect(ax.lower!).toBeLessThan(ax.difference!)
    expect(ax.upper!).toBeGreaterThan(ax.difference!)
  })

  it('declines to fit on too few children', () => {
    expect(fitCaseMix([{ features: [0, 0, 0, 0, 0, 0], days: 1 }])).toBeNull()
  })
})

describe('statistical neighbours', () => {
  it('reads the DfE list as CSV and reports bad codes with row and column', () => {
    const { groups, findings } = parseNeighbourCsv(
      'COUNCIL,NEIGHBOUR_1,NEIGHBOUR_2\n850,855,999\n856,850,\nxyz,850,856\n',
      'sn.csv',
    )
    expect([...groups]).toEqual([
      ['850', ['855']],
      ['856', ['850']],
    ])
    expect(findings.map((f) => [f.row, f.column, f.value])).toEqual([
      [2, 'NEIGHBOUR_2', '999'],
      [4, 'COUNCIL', 'xyz'],
    ])
  })
})
