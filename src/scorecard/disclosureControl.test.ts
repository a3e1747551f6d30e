import { expect } from 'expect'
import { describe, it } from 'node:test'
import type { CouncilScorecard } from './nationalScorecard.js'
import { suppressedCouncils } from './disclosureControl.js'

const council = (code: string, a1Children: number, a2Children: number, a3Count: number): CouncilScorecard => ({
  code,
  name: code,
  region: 'R',
  status: 'meets-both',
  indicators: {
    A1: { children: a1Children } as CouncilScorecard['indicators']['A1'],
    A1_adjusted: { children: a1Children } as CouncilScorecard['indicators']['A1'],
    A2: { children: a2Children } as CouncilScorecard['indicators']['A2'],
    A3: { months: 20, count: a3Count, children: a1Children, percent: null, previous: null },
  },
})

describe('disclosure control', () => {
  it('suppresses small numbers, then the smallest others until three are hidden', () => {
    // A1 children: a 3 (primary: under 6), b 20, c 30, d 8, e 50: secondary d (8) then b (20).
    // A2: all 6 or more: none. A3 counts: a 1, b 15, c 25, d 7, e 40; denominators as A1:
    // a primary (A1 hidden), d's denominator 8 < 11 so primary too; then b (smallest left).
    const s = suppressedCouncils([
      council('a', 3, 6, 1),
      council('b', 20, 10, 15),
      council('c', 30, 12, 25),
      council('d', 8, 7, 7),
      council('e', 50, 40, 40),
    ])
    expect([...s.A1].sort()).toEqual(['a', 'b', 'd'])
    expect([...s.A2]).toEqual([])
    expect([...s.A3].sort()).toEqual(['a', 'b', 'd'])
  })

  it('leaves councils with no children out: they hide nothing and reveal nothing', () => {
    const s = suppressedCouncils([council('a', 0, 0, 0), council('b', 2, 9, 1), council('c', 40, 30, 30)])
    expect([...s.A1].sort()).toEqual(['b', 'c'])
  })
})
