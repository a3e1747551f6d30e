import type { CalendarDate } from './calendarDate.js'

/** Three financial years named the DfE way: "2010-13" = 1 April 2010 to 31 March 2013. */
export interface Period {
  name: string
  firstYear: number
  start: CalendarDate
  end: CalendarDate
}

const NAME = /^(\d{4})-(\d{2})$/

export function periodStarting(firstYear: number): Period {
  const last = firstYear + 3
  return {
    name: `${firstYear}-${String(last % 100).padStart(2, '0')}`,
    firstYear,
    start: `${firstYear}-04-01`,
    end: `${last}-03-31`,
  }
}

/** Parses "2010-13"; null when the text is not a three-year period. */
export function parsePeriod(text: string): Period | null {
  const m = NAME.exec(text.trim())
  if (!m) return null
  const first = Number(m[1])
  if ((first + 3) % 100 !== Number(m[2])) return null
  return periodStarting(first)
}

export function previousPeriod(period: Period): Period {
  return periodStarting(period.firstYear - 1)
}

export function isWithin(date: CalendarDate, period: { start: CalendarDate; end: CalendarDate }): boolean {
  return date >= period.start && date <= period.end
}

/** The financial year (1 April to 31 March) that ends in the collection year. */
export function collectionYearSpan(year: number): { start: CalendarDate; end: CalendarDate } {
  return { start: `${year - 1}-04-01`, end: `${year}-03-31` }
}

/** The collection year (1 April to 31 March, named by the year it ends) a date falls in: 15 Aug 2013 is in 2014. */
export function collectionYearOf(date: CalendarDate): number {
  const year = Number(date.slice(0, 4))
  return Number(date.slice(5, 7)) >= 4 ? year + 1 : year
}
