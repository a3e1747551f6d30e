import { describe, it } from 'node:test'
import { expect } from 'expect'
import { EDITIONS, editionFor, monthsToThresholdDays } from './methodology.js'

describe('the methodology table', () => {
  it('reproduces every published threshold from its months', () => {
    // Seeds 000, 003, 004: 21 months = 639 days, 7 months = 213; Wolverhampton 2015: 547, 182, 487, 152;
    // DfE 14 Jan 2014: 14 months and 4 months for 2013-16 (426 and 121 days).
    expect([21, 7, 18, 6, 16, 5, 14, 4].map(monthsToThresholdDays)).toEqual([639, 213, 547, 182, 487, 152, 426, 121])
  })

  it('has one edition per period from 2008-11, each citing a source', () => {
    expect(EDITIONS.map((e) => e.period).slice(0, 6)).toEqual([
      '2008-11',
      '2009-12',
      '2010-13',
      '2011-14',
      '2012-15',
      '2013-16',
    ])
    expect(editionFor('2009-12')).toMatchObject({ a1Days: 639, a2Days: 213, a3Months: 21 })
    expect(editionFor('2013-16')).toMatchObject({ a1Days: 426, a2Days: 121, a3Months: 14 })
    for (const e of EDITIONS) expect(e.sources.length).toBeGreaterThan(0)
    expect(editionFor('2003-06')).toBeNull()
  })
})
