/**
 * The scorecard methodology where it changes by edition: one row per
 * three-year period, with its thresholds and the month cut-off of A3.
 * Thresholds in days are the months times 365.25/12, rounded down
 * (21 months = 639, 7 = 213, 18 = 547, 6 = 182, 16 = 487, 5 = 152,
 * 14 = 426, 4 = 121), which reproduces every published figure below.
 * Sources are in docs/methodology.md under the same keys.
 */
export interface Edition {
  period: string
  /** A1 and adjusted A1 threshold: a council meets it when its rounded average is at or below. */
  a1Days: number
  a1Months: number
  /** A2 threshold, as A1. */
  a2Days: number
  a2Months: number
  /** A3 counts children who waited less than this many months from entering care to moving in. */
  a3Months: number
  /** False where the figure is derived from the pattern of the published ones, not read in a source. */
  confirmed: boolean
  sources: readonly string[]
}

export const DAYS_PER_MONTH = 365.25 / 12

export function monthsToThresholdDays(months: number): number {
  return Math.floor(months * DAYS_PER_MONTH)
}

const edition = (
  period: string,
  a1Months: number,
  a2Months: number,
  a3Months: number,
  confirmed: boolean,
  sources: string[],
): Edition => ({
  period,
  a1Months,
  a2Months,
  a3Months,
  confirmed,
  sources,
  a1Days: monthsToThresholdDays(a1Months),
  a2Days: monthsToThresholdDays(a2Months),
})

export const EDITIONS: readonly Edition[] = [
  edition('2008-11', 21, 7, 21, true, ['seed-000', 'seed-004']),
  edition('2009-12', 21, 7, 21, true, ['seed-003', 'seed-004']),
  edition('2010-13', 20, 7, 20, false, ['dfe-news-2014', 'pattern']),
  edition('2011-14', 18, 6, 18, true, ['wolverhampton-2015']),
  edition('2012-15', 16, 5, 16, true, ['wolverhampton-2015']),
  edition('2013-16', 14, 4, 14, true, ['dfe-news-2014', 'seed-003', 'seed-004']),
  edition('2014-17', 14, 4, 14, false, ['dfe-methodology-2019']),
  edition('2015-18', 14, 4, 14, false, ['dfe-methodology-2019']),
]

export function editionFor(period: string): Edition | null {
  return EDITIONS.find((e) => e.period === period) ?? null
}

/** Children aged this or over at adoption count in the "aged 5 or over" contextual indicator. */
export const OLDER_CHILD_AGE = 5
/** The old C23 denominator counts children looked after at 31 March for at least this many months. */
export const C23_MINIMUM_MONTHS_LOOKED_AFTER = 6
/** Share of councils, by rank, counted as the slowest: seed 004, intervention considered for the bottom 10%. */
export const SLOWEST_SHARE = 0.1
