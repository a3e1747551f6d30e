import { expect } from 'expect'
import { describe, it } from 'node:test'
import { changeInDays } from './scorecardTables.js'

describe('a change from the previous period, in words', () => {
  it('says longer or shorter and how many days, never a bare signed number', () => {
    expect(changeInDays(63)).toBe('63 days longer')
    expect(changeInDays(-14)).toBe('14 days shorter')
    expect(changeInDays(1)).toBe('1 day longer')
    expect(changeInDays(0)).toBe('no change')
    expect(changeInDays(null)).toBeNull()
  })
})
