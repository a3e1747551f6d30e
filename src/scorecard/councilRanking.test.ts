import { describe, it } from 'node:test'
import { expect } from 'expect'
import { rankCouncils } from './councilRanking.js'

describe('ranking councils', () => {
  it('ranks fastest first, ties sharing the better rank, councils with no value left out', () => {
    const s = rankCouncils(
      new Map<string, number | null>([
        ['a', 500],
        ['b', 400],
        ['c', 400],
        ['d', null],
        ['e', 300],
      ]),
    )
    expect([...s].map(([k, v]) => [k, v.rank])).toEqual([
      ['e', 1],
      ['b', 2],
      ['c', 2],
      ['a', 4],
    ])
    expect(s.has('d')).toBe(false)
  })

  it('puts twenty councils in quartiles of five and the slowest two in the slowest tenth', () => {
    const s = rankCouncils(new Map(Array.from({ length: 20 }, (_, i) => [`c${i}`, 100 + i] as [string, number])))
    const quartiles = [...s.values()].map((v) => v.quartile)
    expect(quartiles).toEqual([1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4])
    expect([...s.values()].filter((v) => v.slowestTenth).map((v) => v.rank)).toEqual([19, 20])
  })

  it('makes 15 of 150 councils the slowest tenth (seed 004: the bottom 10%)', () => {
    const s = rankCouncils(new Map(Array.from({ length: 150 }, (_, i) => [`c${i}`, i] as [string, number])))
    expect([...s.values()].filter((v) => v.slowestTenth)).toHaveLength(15)
  })
})
