import { describe, it } from 'node:test'
import { expect } from 'expect'
import { episode, header, returnFiles } from '../../test/support/returnFixtures.js'
import { readReturns } from './returnFiles.js'

describe('stitching yearly returns', () => {
  it('keeps one copy of an episode held open in one return and closed in the next', () => {
    const files = [
      ...returnFiles('850', 2012, {
        Header: [header('B', '05/05/2005')],
        Episodes: [episode('B', '10/10/2011', 'S', 'V2', 'Q2')],
      }),
      ...returnFiles('850', 2013, {
        Header: [header('B', '05/05/2005')],
        Episodes: [episode('B', '10/10/2011', 'S', 'V2', 'Q2', '01/02/2013', 'E4A')],
      }),
    ]
    const { councils, findings } = readReturns(files)
    expect(findings).toEqual([])
    const episodes = councils.get('850')!.episodes
    expect(episodes).toHaveLength(1)
    expect(episodes[0]).toMatchObject({
      start: '2011-10-10',
      end: '2013-02-01',
      reasonEnded: 'E4A',
      source: { year: 2013, row: 2 },
    })
  })

  it('finds the start of a period of care in an older return', () => {
    const files = [
      ...returnFiles('850', 2011, {
        Header: [header('B', '05/05/2005')],
        Episodes: [
          episode('B', '10/10/2010', 'S', 'C1', 'Q2', '01/03/2011', 'X1'),
          episode('B', '01/03/2011', 'L', 'C2', 'Q2'),
        ],
      }),
      ...returnFiles('850', 2012, {
        Header: [header('B', '05/05/2005')],
        Episodes: [
          episode('B', '01/03/2011', 'L', 'C2', 'Q2', '01/06/2011', 'X1', { REASON_PLACE_CHANGE: 'CARPL' }),
          episode('B', '01/06/2011', 'P', 'C2', 'Q1'),
        ],
      }),
    ]
    const { councils, findings } = readReturns(files)
    expect(findings).toEqual([])
    expect(councils.get('850')!.episodes.map((e) => [e.start, e.reasonNewEpisode, e.source.year])).toEqual([
      ['2010-10-10', 'S', 2011],
      ['2011-03-01', 'L', 2012],
      ['2011-06-01', 'P', 2012],
    ])
  })

  it('reads a code recoded by the next edition as the same fact, and reports a real change (AS060)', () => {
    // Placement Q1 (foster care) became U1-U3 in the 2015 edition; Q1 in 2014 and U3 in 2015 agree.
    const held = (placement2015: string) => [
      ...returnFiles('850', 2014, {
        Header: [header('B', '05/05/2005')],
        Episodes: [episode('B', '10/10/2013', 'S', 'C2', 'Q1')],
      }),
      ...returnFiles('850', 2015, {
        Header: [header('B', '05/05/2005')],
        Episodes: [episode('B', '10/10/2013', 'S', 'C2', placement2015, '01/02/2015', 'E11')],
      }),
    ]
    expect(readReturns(held('U3')).findings.filter((f) => f.rule === 'AS060')).toEqual([])
    const changed = readReturns(held('U4')).findings.filter((f) => f.rule === 'AS060')
    expect(changed).toHaveLength(1)
    expect(changed[0]!.message).toContain('placement')
  })

  it('keeps councils apart', () => {
    const files = [
      ...returnFiles('850', 2013, {
        Header: [header('A', '05/05/2005')],
        Episodes: [episode('A', '10/10/2012', 'S', 'V2', 'Q2')],
      }),
      ...returnFiles('856', 2013, {
        Header: [header('A', '06/06/2006')],
        Episodes: [episode('A', '11/11/2012', 'S', 'V2', 'Q2')],
      }),
    ]
    const { councils } = readReturns(files)
    expect([...councils.keys()]).toEqual(['850', '856'])
    expect(councils.get('856')!.children[0]!.birth).toBe('2006-06-06')
  })
})
