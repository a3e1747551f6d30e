import { daysBetween } from '../domain/calendarDate.js'
import type { Journey } from '../domain/journey.js'
import { isWithin, type Period } from '../domain/period.js'
import { percentOneDecimal } from '../scorecard/rounding.js'

/** The Family Justice Review's limit, in weeks, now in the Children and Families Act 2014. */
export const PROCEEDINGS_LIMIT_WEEKS = 26

/** Legal statuses that end care proceedings: a full care order, a placement order or a freeing order. */
const FINAL_ORDER = new Set(['C2', 'E1', 'D1'])

/** When a journey's care proceedings ended: the first final order after they began, or null. */
export function proceedingsEnd(j: Journey): string | null {
  if (!j.careProceedingsStart) return null
  return j.episodes.find((e) => e.start > j.careProceedingsStart! && FINAL_ORDER.has(e.legalStatus))?.start ?? null
}

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
    const end = proceedingsEnd(j)
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
