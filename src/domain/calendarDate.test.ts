import fc from 'fast-check'
import { describe, it } from 'node:test'
import { expect } from 'expect'
import {
  addDays,
  addMonths,
  ageInYears,
  dayNumber,
  daysBetween,
  fromDayNumber,
  isLeapYear,
  parseReturnDate,
  toReturnDate,
} from './calendarDate.js'

describe('calendar dates', () => {
  it('counts days exactly across leap years', () => {
    expect(daysBetween('2012-02-28', '2012-03-01')).toBe(2) // 29 February 2012 exists
    expect(daysBetween('2013-02-28', '2013-03-01')).toBe(1)
    expect(daysBetween('2011-04-01', '2012-03-31')).toBe(365)
    expect(daysBetween('2012-04-01', '2013-03-31')).toBe(364)
    expect(daysBetween('2011-04-01', '2014-03-31')).toBe(365 + 366 + 365 - 1) // 2012 is a leap year: 1,095 days
    expect(daysBetween('1999-12-31', '2000-03-01')).toBe(61) // 2000 is a leap year (divisible by 400)
    expect(daysBetween('1900-02-28', '1900-03-01')).toBe(1) // 1900 is not
  })

  it('is not fooled by clock changes (British Summer Time began 25 March 2012)', () => {
    expect(daysBetween('2012-03-24', '2012-03-26')).toBe(2)
    expect(daysBetween('2012-10-27', '2012-10-29')).toBe(2)
  })

  it('knows the epoch and leap-year rules', () => {
    expect(dayNumber('1970-01-01')).toBe(0)
    expect(fromDayNumber(15_340)).toBe('2012-01-01')
    expect([2000, 2012, 2016].map(isLeapYear)).toEqual([true, true, true])
    expect([1900, 2013, 2100].map(isLeapYear)).toEqual([false, false, false])
  })

  it('adds months, keeping to the last day of a shorter month', () => {
    expect(addMonths('2010-01-31', 1)).toBe('2010-02-28')
    expect(addMonths('2012-01-31', 1)).toBe('2012-02-29')
    expect(addMonths('2010-04-15', 21)).toBe('2012-01-15')
    expect(addMonths('2012-03-31', -6)).toBe('2011-09-30')
  })

  it('reads DD/MM/YYYY and YYYY-MM-DD, refusing impossible dates', () => {
    expect(parseReturnDate('01/04/2012')).toBe('2012-04-01')
    expect(parseReturnDate('1/4/2012')).toBe('2012-04-01')
    expect(parseReturnDate('2012-04-01')).toBe('2012-04-01')
    expect(parseReturnDate(' 29/02/2012 ')).toBe('2012-02-29')
    for (const bad of [
      '29/02/2013',
      '31/04/2012',
      '00/01/2012',
      '01/13/2012',
      '01/01/12',
      '2012-4-1',
      'tomorrow',
      '',
    ]) {
      expect(parseReturnDate(bad)).toBeNull()
    }
    expect(toReturnDate('2012-04-01')).toBe('01/04/2012')
  })

  it('gives age in completed years', () => {
    expect(ageInYears('2007-03-31', '2012-03-30')).toBe(4)
    expect(ageInYears('2007-03-31', '2012-03-31')).toBe(5)
    expect(ageInYears('2008-02-29', '2013-02-28')).toBe(4)
  })

  it('round-trips day numbers and adds days consistently (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), fc.integer({ min: -5000, max: 5000 }), (n, k) => {
        const d = fromDayNumber(n)
        expect(dayNumber(d)).toBe(n)
        expect(daysBetween(d, addDays(d, k))).toBe(k)
        expect(parseReturnDate(toReturnDate(d))).toBe(d)
      }),
    )
  })
})
