import { daysBetween, type CalendarDate } from '../domain/calendarDate.js'
import type { Journey } from '../domain/journey.js'
import { averageOf, type Average } from '../scorecard/timeIndicator.js'

/** One stage of an adoption, from one date of the journey to the next. */
export interface Stage {
  key: string
  name: string
  /** Whose time it mostly is: the court's or the council's. */
  owner: 'court' | 'council' | 'both'
  from: (j: Journey) => CalendarDate | null
  to: (j: Journey) => CalendarDate | null
}

/**
 * Where the time goes: A1 split at care proceedings, the placement order and
 * the match. A child counts in a stage when both of its dates are known; a stage
 * that runs backwards (matched before the order) counts as 0 days.
 */
export const STAGES: readonly Stage[] = [
  {
    key: 'care-to-proceedings',
    name: 'Entering care to the start of care proceedings',
    owner: 'council',
    from: (j) => j.enteredCare,
    to: (j) => j.careProceedingsStart,
  },
  {
    key: 'proceedings-to-order',
    name: 'Care proceedings to the placement order',
    owner: 'court',
    from: (j) => j.careProceedingsStart,
    to: (j) => j.placementOrder,
  },
  {
    key: 'order-to-match',
    name: 'Placement order to the match',
    owner: 'council',
    from: (j) => j.placementOrder,
    to: (j) => j.match,
  },
  {
    key: 'match-to-placed',
    name: 'Match to moving in (placed for adoption)',
    owner: 'council',
    from: (j) => j.match,
    to: (j) => j.placedForAdoption,
  },
]

export interface StageAverage {
  key: string
  name: string
  owner: Stage['owner']
  days: Average
}

export function stageDurations(adopted: readonly Journey[]): StageAverage[] {
  return STAGES.map((s) => ({
    key: s.key,
    name: s.name,
    owner: s.owner,
    days: averageOf(
      adopted
        .filter((j) => j.enteredCareKnown)
        .map((j) => {
          const from = s.from(j)
          const to = s.to(j)
          return from && to ? Math.max(0, daysBetween(from, to)) : null
        }),
    ),
  }))
}
