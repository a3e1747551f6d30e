import { daysBetween } from '../domain/calendarDate.js'
import type { Journey } from '../domain/journey.js'
import { isWithin, type Period } from '../domain/period.js'
import { percentOneDecimal } from '../scorecard/rounding.js'

/** The Family Justice Review's limit, in weeks, now in the Children and Families Act 2014. */
export const PROCEEDINGS_LIMIT_WEEKS = 26

export interface ProceedingsLength {
  /** Proceedings that ended in the period. */
  count: number
  /** Mean length in weeks, one decimal; null when none. */
  meanWeeks: number | null
  /** How many ended within 26 weeks, and the percentage. */
  within26Weeks: number
  percentWithin: number | null
}

/** The length of care proceedings that ended in the period, for every child (not only those adopted). */
export function careProceedingsLength(journeys: readonly Journey[], period: Period): ProceedingsLength {
  const weeks: number[] = []
  for (const j of journeys) {
    const end = j.careProceedingsEnd
    if (end && isWithin(end, period)) weeks.push(daysBetween(j.careProceedingsStart!, end) / 7)
  }
  const within = weeks.filter((w) => w <= PROCEEDINGS_LIMIT_WEEKS).length
  return {
    count: weeks.length,
    meanWeeks: weeks.length ? Math.round((weeks.reduce((s, w) => s + w, 0) / weeks.length) * 10) / 10 : null,
    within26Weeks: within,
    percentWithin: percentOneDecimal(within, weeks.length),
  }
}
