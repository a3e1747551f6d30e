import { expect } from 'expect'
import { describe, it } from 'node:test'
import { displayDate } from './displayDate.js'

describe('dates on pages', () => {
  it('are written the GOV.UK way', () => {
    expect(displayDate('2010-02-20')).toBe('20 February 2010')
    expect(displayDate('2012-12-01')).toBe('1 December 2012')
    expect(displayDate('2010-13')).toBe('2010-13')
  })
})
