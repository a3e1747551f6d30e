import { expect } from 'expect'
import { describe, it } from 'node:test'
import { episode, type Tables } from '../ssda903/exampleReturn.js'
import { ANNUAL, AUGUST, NOVEMBER, august, extractFiles } from '../../test/support/extractFixtures.js'
import { FindingLog } from '../ssda903/findingLog.js'
import { pipelineBasis } from '../ssda903/extractLayout.js'
import { readCouncilReturns, type ReturnFile } from '../ssda903/returnFiles.js'
import { childrenOnJourneyAt } from '../pipeline/journeyAt.js'
import { DEFAULT_FLAG_SETTINGS } from '../pipeline/journeyFlags.js'
import { tracker } from '../pipeline/tracker.js'
import { loadHistories } from './councilHistories.js'
import { councilJourneysAt } from './pipelineData.js'

const stages = (files: ReturnFile[], asOf?: string) => {
  const data = councilJourneysAt(files, '850', asOf ? { asOf } : {})!
  return {
    asAt: data.asAt,
    source: data.source,
    children: childrenOnJourneyAt(data.journeys, data.asAt, DEFAULT_FLAG_SETTINGS).map((c) => [
      c.child,
      c.stage,
      c.daysInCare,
    ]),
  }
}

describe('in-year extracts (hand-worked: a council’s return to 31 March 2013 and an extract on 15 August 2013)', () => {
  it('sets the pipeline’s "now" to the extract’s date, with each child’s stage and days in care that day', () => {
    // C1: 1 May 2012 to 1 May 2013 is 365 days, to 15 Aug 31 + 30 + 31 + 14 = 106 more: 471, placed 1 Jul 2013.
    // C4: 1 May to 15 Aug 2013: 106 days, decision to place. C2 was adopted on 20 June: no longer on the journey.
    // C1 is flagged (no match in the return 287 days after its placement order), C4 is not: C1 first.
    expect(stages([...ANNUAL, ...AUGUST, ...NOVEMBER])).toEqual({
      asAt: '2013-08-15',
      source: 'in-year extract',
      children: [
        ['C1', 'placed for adoption', 471],
        ['C4', 'decision to place', 106],
      ],
    })
  })

  it('without the extract, stands at 31 March 2013 of the annual return', () => {
    // C2: 10 Apr 2012 to 31 Mar 2013 = 355 days, placed. C1: 1 May 2012 to 31 Mar 2013 = 334, placement order.
    expect(stages(ANNUAL)).toEqual({
      asAt: '2013-03-31',
      source: 'annual return',
      children: [
        ['C2', 'placed for adoption', 355],
        ['C1', 'placement order', 334],
      ],
    })
  })

  it('an extract older than the latest annual return changes nothing', () => {
    const withOld = councilJourneysAt([...ANNUAL, ...NOVEMBER], '850')!
    const without = councilJourneysAt(ANNUAL, '850')!
    expect(withOld.journeys).toEqual(without.journeys)
    expect(withOld.asAt).toBe('2013-03-31')
    expect(withOld.extracts).toEqual(['2012-11-30'])
  })

  it('keeps older extracts, so the pipeline can be seen as it stood on an earlier date', () => {
    // On 31 December 2012 no annual return had yet been made: the 30 November extract is the data. C1: 1 May to 30
    // Nov 2012 = 213 days, placement order 1 Nov. C2: 10 Apr to 30 Nov = 234 days, placement order 1 Sep.
    expect(stages([...ANNUAL, ...AUGUST, ...NOVEMBER], '2012-12-31')).toEqual({
      asAt: '2012-11-30',
      source: 'in-year extract',
      children: [
        ['C2', 'placement order', 234],
        ['C1', 'placement order', 213],
      ],
    })
    expect(pipelineBasis(new Map(), [], '2012-12-31')).toBeNull()
  })

  it('lists the tracker from the extract: the order made in June and the child placed in July', () => {
    const data = councilJourneysAt([...ANNUAL, ...AUGUST], '850')!
    const t = tracker(data.journeys, [], data.asAt)
    // Placed 1 July to 15 August: 30 + 15 = 45 days.
    expect(t.ordersMade).toEqual([{ child: 'C2', date: '2013-06-20', source: 'return' }])
    expect(t.awaitingApplication).toEqual([{ child: 'C1', placed: '2013-07-01', daysPlaced: 45 }])
    expect(t.counts).toEqual({ ordersMade: 1, awaitingCourt: 0, actionNeeded: 0, awaitingApplication: 1 })
  })

  it('never changes the scorecard’s journeys, and is not reported as a file out of place', () => {
    const withExtracts = loadHistories([...ANNUAL, ...AUGUST, ...NOVEMBER])
    const annualOnly = loadHistories(ANNUAL)
    expect(withExtracts).toEqual(annualOnly)
    expect(withExtracts.findings.filter((f) => f.rule === 'AS012')).toEqual([])
    // A folder that is not a real date is still out of place.
    const bad = loadHistories([...ANNUAL, { path: '850/2013-02-30/header.csv', bytes: new Uint8Array(0) }])
    expect(bad.findings.filter((f) => f.rule === 'AS012').map((f) => f.file)).toEqual(['850/2013-02-30/header.csv'])
  })

  it('checks that run to 31 March run to the extract’s date', () => {
    // An episode ending on 1 September 2013 is after an extract taken on 15 August: reported, naming that day.
    const late: Partial<Tables> = {
      ...august,
      Episodes: [...august.Episodes!, episode('C4', '01/05/2013', 'S', 'C2', 'Q2', '01/09/2013', 'E13')].filter(
        (e, i) => i !== 3,
      ),
    }
    const read = (takenOn: string) => {
      const log = new FindingLog()
      const files = extractFiles('850', takenOn, late)
      const r = readCouncilReturns('850', new Map(), log, 'all', { takenOn, files })
      return { r: r.returns[0]!, dec: log.findings.filter((f) => f.column === 'DEC' && f.value === '01/09/2013') }
    }
    const { r, dec } = read('2013-08-15')
    expect([r.year, r.start, r.end]).toEqual([2014, '2013-04-01', '2013-08-15'])
    expect(dec.map((f) => [f.file, f.rule])).toEqual([
      ['850/2013-08-15/episodes.csv', '354'],
      ['850/2013-08-15/episodes.csv', '385'],
    ])
    expect(dec[0]!.other).toBe('end of year 15/08/2013')
    // The same extract taken on 15 September holds nothing after its date.
    expect(read('2013-09-15').dec).toEqual([])
  })
})
