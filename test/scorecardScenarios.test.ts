import { describe, it } from 'node:test'
import { expect } from 'expect'
import { loadHistories } from '../src/journey/councilHistories.js'
import { adoptionStory, councilOf, scoreFiles, storyFiles, type Story } from './support/scenario.js'

/**
 * Hand-worked scenarios. Each comment works the expected figure out by hand;
 * the data goes through the whole chain: yearly returns as CSV, reader,
 * stitching, journeys, scorecard.
 */
const score = (stories: Story[], period: string, first = 2006, last = 2016, council = '850') =>
  councilOf(scoreFiles(storyFiles(council, stories, first, last), period), council)

describe('hand-worked scorecard scenarios', () => {
  it('1. a simple adoption', () => {
    // Entered care 1 May 2010, placed 1 May 2011: 365 days (no 29 February between).
    // Placement order 10 Jan 2011, match 1 Apr 2011: 21 (rest of Jan) + 28 (Feb) + 31 (Mar) + 1 = 81 days.
    // Placed before 1 Jan 2012 (entered + 20 months), so counts in A3 for 2010-13.
    const c = score(
      [
        adoptionStory('A', {
          entered: '2010-05-01',
          decision: '2010-12-01',
          order: '2011-01-10',
          match: '2011-04-01',
          placed: '2011-05-01',
          adopted: '2011-11-01',
        }),
      ],
      '2010-13',
    )
    expect(c.indicators.A1).toMatchObject({ value: 365, children: 1, threshold: 608, meets: true, distance: -243 })
    expect(c.indicators.A2).toMatchObject({ value: 81, children: 1, threshold: 213, meets: true, distance: -132 })
    expect(c.indicators.A3).toMatchObject({ months: 20, count: 1, children: 1, percent: 100 })
  })

  it('2. an adoption by foster carers: A1 against the adjusted A1', () => {
    // Entered 1 Jun 2010 (carers X); moved to carers Y 1 Sep 2010; placement order 1 Feb 2011;
    // placed for adoption with Y (A5, same carers: RNE T) 1 Jul 2011; adopted 15 Jan 2012.
    // A1: 1 Jun 2010 -> 1 Jul 2011 = 365 + 30 = 395. Adjusted: 1 Jun -> 1 Sep 2010 = 30 + 31 + 31 = 92.
    // A2: 1 Feb -> 1 Jun 2011 = 28 + 31 + 30 + 31 = 120.
    const story: Story = {
      id: 'F',
      birth: '2010-01-01',
      episodes: [
        ['2010-06-01', 'S', 'C1', 'U6', '2010-09-01', 'X1'],
        ['2010-09-01', 'P', 'C1', 'U5', '2011-02-01', 'X1'],
        ['2011-02-01', 'L', 'E1', 'U5', '2011-07-01', 'X1'],
        ['2011-07-01', 'T', 'E1', 'A5', '2012-01-15', 'E12'],
      ],
      decision: { date: '2011-01-05', ceased: '2012-01-15', reason: 'E12' },
      adoption: { decision: '2011-01-05', match: '2011-06-01', byFosterCarers: true },
    }
    const c = score([story], '2010-13')
    expect(c.indicators.A1.value).toBe(395)
    expect(c.indicators.A1_adjusted.value).toBe(92)
    expect(c.indicators.A2.value).toBe(120)
  })

  it('3. two periods of care: A1 counts from the one that ended in adoption', () => {
    // First period 10 Jan 2008 - 1 Jun 2008 (returned home). Second: entered 1 Jul 2010, placed 1 Sep 2011:
    // 365 (to 1 Jul 2011) + 31 + 31 = 427. Order 1 Mar 2011 -> match 15 Aug 2011: 31+30+31+30+31 (to 1 Aug) + 14 = 167.
    const story: Story = {
      id: 'T',
      birth: '2007-06-01',
      episodes: [
        ['2008-01-10', 'S', 'V2', 'U6', '2008-06-01', 'E4A'],
        ['2010-07-01', 'S', 'C1', 'U6', '2011-03-01', 'X1'],
        ['2011-03-01', 'L', 'E1', 'U6', '2011-09-01', 'X1'],
        ['2011-09-01', 'P', 'E1', 'A6', '2012-03-01', 'E11'],
      ],
      decision: { date: '2011-01-01', ceased: '2012-03-01', reason: 'E11' },
      adoption: { decision: '2011-01-01', match: '2011-08-15' },
    }
    const c = score([story], '2010-13')
    expect(c.indicators.A1).toMatchObject({ value: 427, children: 1 })
    expect(c.indicators.A2).toMatchObject({ value: 167, children: 1 })
  })

  const longStory = adoptionStory('L', {
    entered: '2007-02-01',
    decision: '2008-11-01',
    order: '2009-01-05',
    match: '2010-09-01',
    placed: '2010-10-01',
    adopted: '2011-06-01',
  })

  it('4. a period of care that began in an older return', () => {
    // Entered 1 Feb 2007 (the 2007 return), placed 1 Oct 2010: 1 Feb 2007 -> 1 Feb 2010 is 365 + 366 + 365 = 1,096
    // (29 Feb 2008 inside), then Feb..Sep 2010 = 28+31+30+31+30+31+31+30 = 242: 1,338 days.
    // Order 5 Jan 2009 -> match 1 Sep 2010: 365 (to 5 Jan 2010) + 26+28+31+30+31+30+31+31 + 1 = 604.
    const c = score([longStory], '2010-13', 2007, 2013)
    expect(c.indicators.A1).toMatchObject({ value: 1338, children: 1, meets: false, distance: 730 })
    expect(c.indicators.A2).toMatchObject({ value: 604, children: 1 })
  })

  it('5. ... and without the older returns the start is unknown, so A1 leaves the child out', () => {
    // Only 2011 onwards loaded: the first episode held is the placement order (RNE L), not the start.
    const files = storyFiles('850', [longStory], 2011, 2013)
    expect(loadHistories(files).findings.map((f) => f.rule)).toContain('AS038')
    const c = councilOf(scoreFiles(files, '2010-13'), '850')
    expect(c.indicators.A1).toMatchObject({ value: null, children: 0 })
  })

  it('6. an adoption one day after the period is not in it', () => {
    // Adopted 1 Apr 2013: 2010-13 ends 31 Mar 2013, so the child counts in 2011-14 only.
    const s = adoptionStory('O', {
      entered: '2011-05-01',
      order: '2012-01-02',
      match: '2012-05-01',
      placed: '2012-06-01',
      adopted: '2013-04-01',
    })
    expect(score([s], '2010-13').indicators.A1.children).toBe(0)
    // 1 May 2011 -> 1 Jun 2012: 366 (29 Feb 2012) + 31
    expect(score([s], '2011-14').indicators.A1).toMatchObject({ children: 1, value: 397 })
  })

  it('7. an adoption on the first day of the period is in it', () => {
    // Adopted 1 Apr 2010. Entered 1 Mar 2009, placed 1 Oct 2009: 31+30+31+30+31+31+30 = 214 days.
    const s = adoptionStory('P', {
      entered: '2009-03-01',
      order: '2009-07-01',
      match: '2009-09-01',
      placed: '2009-10-01',
      adopted: '2010-04-01',
    })
    expect(score([s], '2010-13').indicators.A1).toMatchObject({ children: 1, value: 214 })
    expect(score([s], '2009-12').indicators.A1).toMatchObject({ children: 1, value: 214 })
    expect(score([s], '2011-14').indicators.A1.children).toBe(0)
  })

  it('8. a child placed with consent and no placement order counts in A1 but not A2', () => {
    // V2 throughout, placed A4 on 1 Dec 2010 after entering 1 Jun 2010: 30+31+31+30+31+30 = 183 days.
    const s: Story = {
      id: 'C',
      birth: '2010-05-20',
      episodes: [
        ['2010-06-01', 'S', 'V2', 'U6', '2010-12-01', 'X1'],
        ['2010-12-01', 'P', 'V2', 'A4', '2011-06-01', 'E11'],
      ],
      decision: { date: '2010-09-01', ceased: '2011-06-01', reason: 'E11' },
      adoption: { decision: '2010-09-01', match: '2010-11-01' },
    }
    const c = score([s], '2010-13')
    expect(c.indicators.A1).toMatchObject({ value: 183, children: 1 })
    expect(c.indicators.A2).toMatchObject({ value: null, children: 0, meets: null, rank: null })
  })

  it('9. a decision reversed, then special guardianship: not in A1, counted in the context', () => {
    // Decision 1 Sep 2010, reversed 1 Mar 2011 (RD1); special guardianship order 1 Feb 2012 (E44).
    const s: Story = {
      id: 'R',
      birth: '2009-01-01',
      episodes: [
        ['2010-06-01', 'S', 'C1', 'U6', '2011-04-01', 'X1'],
        ['2011-04-01', 'L', 'C2', 'U4', '2012-02-01', 'E44'],
      ],
      decision: { date: '2010-09-01', ceased: '2011-03-01', reason: 'RD1' },
    }
    const c = score([s], '2010-13')
    expect(c.indicators.A1.children).toBe(0)
    expect(c.context!.decisionsReversed).toMatchObject({ count: 1, of: 1, percent: 100 })
    expect(c.context!.specialGuardianship).toMatchObject({ count: 1, of: 1, percent: 100 })
    expect(c.context!.adoptionsFromCare).toMatchObject({ count: 0, of: 1, percent: 0 })
  })

  it('10. leap years: 28 Feb 2011 to 1 Mar 2012 is 367 days', () => {
    // 28 Feb 2011 -> 28 Feb 2012 = 365; then 29 Feb and 1 Mar 2012: 367.
    const s = adoptionStory('Y', {
      entered: '2011-02-28',
      order: '2011-08-01',
      match: '2012-02-01',
      placed: '2012-03-01',
      adopted: '2012-09-01',
    })
    expect(score([s], '2010-13').indicators.A1.value).toBe(367)
  })

  it('11. a council with no adoptions has no value and no rank', () => {
    const inCare: Story = { id: 'N', birth: '2005-01-01', episodes: [['2010-06-01', 'S', 'V2', 'U6']] }
    const files = [
      ...storyFiles('850', [inCare], 2011, 2013),
      ...storyFiles(
        '856',
        [
          adoptionStory('A', {
            entered: '2010-05-01',
            order: '2011-01-10',
            match: '2011-04-01',
            placed: '2011-05-01',
            adopted: '2011-11-01',
          }),
        ],
        2011,
        2013,
      ),
    ]
    const national = scoreFiles(files, '2010-13')
    const c = councilOf(national, '850')
    expect(c.indicators.A1).toMatchObject({ value: null, children: 0, rank: null, meets: null })
    expect(c.status).toBe('not-assessed')
    expect(councilOf(national, '856').indicators.A1.rank).toBe(1)
  })

  it('12. ties share a rank: 400, 400, 500 rank 1, 1, 3', () => {
    // Entered 1 May 2010; placed 400 days later is 5 Jun 2011 (365 to 1 May 2011, + 30 + 5); 500 days later is 13 Sep
    // 2011.
    const a400 = (id: string) =>
      adoptionStory(id, {
        entered: '2010-05-01',
        order: '2011-01-10',
        match: '2011-05-20',
        placed: '2011-06-05',
        adopted: '2012-01-01',
      })
    const a500 = adoptionStory('Z', {
      entered: '2010-05-01',
      order: '2011-01-10',
      match: '2011-08-01',
      placed: '2011-09-13',
      adopted: '2012-03-01',
    })
    const files = [
      ...storyFiles('850', [a400('A')], 2011, 2013),
      ...storyFiles('856', [a400('B')], 2011, 2013),
      ...storyFiles('336', [a500], 2011, 2013),
    ]
    const national = scoreFiles(files, '2010-13')
    expect(
      ['850', '856', '336'].map((c) => [
        councilOf(national, c).indicators.A1.value,
        councilOf(national, c).indicators.A1.rank,
      ]),
    ).toEqual([
      [400, 1],
      [400, 1],
      [500, 3],
    ])
    expect(councilOf(national, '336').indicators.A1).toMatchObject({ quartile: 3, slowestTenth: true })
  })

  it('13. 640 days misses a threshold of 639 by one day; 639 meets it (seed 004, Leicester)', () => {
    // 2009-12 threshold 639. Entered 1 Apr 2009: +639 days = 31 Dec 2010 (365 to 1 Apr 2010, +274 = 31 Dec); +640 = 1
    // Jan 2011.
    const at = (id: string, placed: string) =>
      adoptionStory(id, {
        entered: '2009-04-01',
        order: '2010-06-01',
        match: '2010-12-01',
        placed,
        adopted: '2011-06-01',
      })
    const national = scoreFiles(
      [
        ...storyFiles('850', [at('A', '2010-12-31')], 2010, 2012),
        ...storyFiles('856', [at('B', '2011-01-01')], 2010, 2012),
      ],
      '2009-12',
    )
    expect(councilOf(national, '850').indicators.A1).toMatchObject({
      value: 639,
      threshold: 639,
      meets: true,
      distance: 0,
    })
    expect(councilOf(national, '856').indicators.A1).toMatchObject({
      value: 640,
      threshold: 639,
      meets: false,
      distance: 1,
    })
  })

  it('14. a child matched before the placement order counts as zero days in A2', () => {
    // Match 1 Dec 2010, order 10 Jan 2011: matched first, so 0.
    const s = adoptionStory('M', {
      entered: '2010-05-01',
      decision: '2010-11-01',
      order: '2011-01-10',
      match: '2010-12-01',
      placed: '2011-02-01',
      adopted: '2011-08-01',
    })
    expect(score([s], '2010-13').indicators.A2).toMatchObject({ value: 0, children: 1 })
  })

  it('15. averages are rounded half up: 400 and 401 average 400.5, shown as 401', () => {
    const a = adoptionStory('A', {
      entered: '2010-05-01',
      order: '2011-01-10',
      match: '2011-05-20',
      placed: '2011-06-05',
      adopted: '2012-01-01',
    })
    const b = adoptionStory('B', {
      entered: '2010-05-01',
      order: '2011-01-10',
      match: '2011-05-20',
      placed: '2011-06-06',
      adopted: '2012-01-01',
    })
    expect(score([a, b], '2010-13').indicators.A1).toMatchObject({ mean: 400.5, value: 401, children: 2 })
  })

  it('16. A3 counts "less than N months": exactly 20 months is not less', () => {
    // Entered 1 May 2010; 20 months later is 1 Jan 2012. Placed that day: not counted; placed 31 Dec 2011: counted.
    const on = adoptionStory('A', {
      entered: '2010-05-01',
      order: '2011-06-01',
      match: '2011-12-01',
      placed: '2012-01-01',
      adopted: '2012-06-01',
    })
    const before = adoptionStory('B', {
      entered: '2010-05-01',
      order: '2011-06-01',
      match: '2011-12-01',
      placed: '2011-12-31',
      adopted: '2012-06-01',
    })
    expect(score([on, before], '2010-13').indicators.A3).toMatchObject({
      months: 20,
      count: 1,
      children: 2,
      percent: 50,
    })
    // In 2013-16 the cut-off is 14 months.
    expect(score([on, before], '2011-14').indicators.A3.months).toBe(18)
  })

  it('17. a child adopted without being placed for adoption is left out of A1, A2 and A3', () => {
    const s: Story = {
      id: 'W',
      birth: '2009-01-01',
      episodes: [
        ['2010-06-01', 'S', 'C1', 'U6', '2011-01-01', 'X1'],
        ['2011-01-01', 'L', 'E1', 'U6', '2011-09-01', 'E11'],
      ],
      decision: { date: '2010-12-01', ceased: '2011-09-01', reason: 'E11' },
      adoption: { decision: '2010-12-01', match: '2011-05-01' },
    }
    const c = score([s], '2010-13')
    expect([c.indicators.A1.children, c.indicators.A2.children, c.indicators.A3.children]).toEqual([0, 0, 0])
    expect(c.context!.adoptionsFromCare.count).toBe(1)
  })

  it('18. England is the mean over all children, not the mean of council means', () => {
    // Council 850: 300 and 400 days (mean 350); council 856: 500. England: (300 + 400 + 500) / 3 = 400, not 425.
    const at = (id: string, placed: string) =>
      adoptionStory(id, {
        entered: '2010-05-01',
        order: '2010-09-01',
        match: '2010-12-01',
        placed,
        adopted: '2012-01-01',
      })
    // 1 May 2010 + 300 days = 25 Feb 2011; + 400 = 5 Jun 2011; + 500 = 13 Sep 2011.
    const national = scoreFiles(
      [
        ...storyFiles('850', [at('A', '2011-02-25'), at('B', '2011-06-05')], 2011, 2013),
        ...storyFiles('856', [at('C', '2011-09-13')], 2011, 2013),
      ],
      '2010-13',
    )
    expect(councilOf(national, '850').indicators.A1.value).toBe(350)
    expect(national.england.A1).toMatchObject({ value: 400, children: 3 })
  })

  it('19. the trend compares with the previous period', () => {
    // 2009-12 holds only child P (214 days); 2010-13 holds P and A (365): mean 289.5 -> 290. Trend 290 - 214 = 76.
    const p = adoptionStory('P', {
      entered: '2009-03-01',
      order: '2009-07-01',
      match: '2009-09-01',
      placed: '2009-10-01',
      adopted: '2010-04-01',
    })
    const a = adoptionStory('A', {
      entered: '2010-05-01',
      order: '2011-01-10',
      match: '2011-04-01',
      placed: '2011-05-01',
      adopted: '2012-04-01',
    })
    const c = score([p, a], '2010-13')
    expect(c.indicators.A1).toMatchObject({ value: 290, previous: 214, trend: 76 })
  })

  it('20. adoptions from care and permanence: shares of the children who left care', () => {
    // In 2010-13: one adopted, one returned home, one special guardianship: adopted 1 of 3 = 33.3%; SGO 33.3%;
    // adopted or SGO = 2. Looked after at 31 March for 6 months or more: 31/3/2011 (A, H, G all in care since
    // 1 May 2010 or earlier) = 3; 31/3/2012: G only (A adopted 1 Nov 2011, H home 1 Jan 2012) = 1; 31/3/2013: 0. C23 =
    // 2 / 4 = 50%.
    const a = adoptionStory('A', {
      entered: '2010-05-01',
      order: '2011-01-10',
      match: '2011-04-01',
      placed: '2011-05-01',
      adopted: '2011-11-01',
    })
    const h: Story = { id: 'H', birth: '2004-01-01', episodes: [['2010-04-20', 'S', 'V2', 'U6', '2012-01-01', 'E4A']] }
    const g: Story = { id: 'G', birth: '2006-01-01', episodes: [['2010-03-01', 'S', 'C1', 'U6', '2012-06-01', 'E45']] }
    const c = score([a, h, g], '2010-13')
    expect(c.context!.adoptionsFromCare).toEqual({ count: 1, of: 3, percent: 33.3 })
    expect(c.context!.specialGuardianship).toEqual({ count: 1, of: 3, percent: 33.3 })
    expect(c.context!.adoptedOrSpecialGuardianship).toEqual({ count: 2, of: 4, percent: 50 })
  })

  it('21. older and ethnic minority children adopted', () => {
    // Born 1 Jan 2005, adopted 1 Nov 2011: aged 6. Ethnicity BAFR: an ethnic minority background.
    const older = {
      ...adoptionStory('O', {
        entered: '2010-05-01',
        order: '2011-01-10',
        match: '2011-04-01',
        placed: '2011-05-01',
        adopted: '2011-11-01',
      }),
      birth: '2005-01-01',
      ethnicity: 'BAFR',
    }
    const baby = adoptionStory('B', {
      entered: '2010-05-01',
      order: '2011-01-10',
      match: '2011-04-01',
      placed: '2011-05-01',
      adopted: '2011-11-01',
      birth: '2010-04-01',
    })
    const c = score([older, baby], '2010-13')
    expect(c.context!.adoptedAgedFiveOrOver).toEqual({ count: 1, of: 2, percent: 50 })
    expect(c.context!.adoptedFromEthnicMinorities).toEqual({ count: 1, of: 1, percent: 100 })
  })

  it('22. a placement that broke down: A1 runs to the first placement for adoption', () => {
    // Placed A6 1 Jan 2011, disrupted 1 Jun 2011 (back to foster care), placed again 1 Oct 2011, adopted 1 May 2012.
    // Entered 1 Jun 2010 -> first placed 1 Jan 2011: 30+31+31+30+31+30+31 = 214.
    const s: Story = {
      id: 'D',
      birth: '2009-01-01',
      episodes: [
        ['2010-06-01', 'S', 'C1', 'U6', '2010-11-01', 'X1'],
        ['2010-11-01', 'L', 'E1', 'U6', '2011-01-01', 'X1'],
        ['2011-01-01', 'P', 'E1', 'A6', '2011-06-01', 'X1'],
        ['2011-06-01', 'P', 'E1', 'U6', '2011-10-01', 'X1'],
        ['2011-10-01', 'P', 'E1', 'A6', '2012-05-01', 'E11'],
      ],
      decision: { date: '2010-10-01', ceased: '2012-05-01', reason: 'E11' },
      adoption: { decision: '2010-10-01', match: '2010-12-01' },
    }
    expect(score([s], '2010-13').indicators.A1.value).toBe(214)
  })

  it('23. children waiting at the end of the period: decision or order, not yet placed', () => {
    // W: decision 1 Jan 2013, order 1 Mar 2013, not placed by 31 Mar 2013: waiting. A: placed 2011: not waiting.
    const w: Story = {
      id: 'W',
      birth: '2011-01-01',
      episodes: [
        ['2012-01-01', 'S', 'C1', 'U6', '2013-03-01', 'X1'],
        ['2013-03-01', 'L', 'E1', 'U6'],
      ],
      decision: { date: '2013-01-01' },
    }
    const a = adoptionStory('A', {
      entered: '2010-05-01',
      order: '2011-01-10',
      match: '2011-04-01',
      placed: '2011-05-01',
      adopted: '2011-11-01',
    })
    expect(score([w, a], '2010-13').context!.waitingAtPeriodEnd).toBe(1)
  })
})
