import type { CalendarDate } from '../domain/calendarDate.js'
import type { Journey } from '../domain/journey.js'
import { collectionYearOf, periodStarting } from '../domain/period.js'
import { editionOf } from './childrenWaiting.js'
import { childOnJourney, onTheJourney, type ChildOnJourney, type FlagSettings } from './journeyFlags.js'

/**
 * The children on the journey on any date (31 March of an annual return, or the day an in-year extract was taken),
 * each with its stage, days in care and flags; most flags first, then longest in care. The A1 thresholds are those
 * of the period running to the end of the date's collection year and the next; A2 the former's.
 */
export function childrenOnJourneyAt(
  journeys: readonly Journey[],
  asAt: CalendarDate,
  settings: FlagSettings,
): ChildOnJourney[] {
  const year = collectionYearOf(asAt)
  const current = periodStarting(year - 3)
  const next = periodStarting(year - 2)
  const thresholds = {
    a1Current: editionOf(current).a1Days,
    a1Next: editionOf(next).a1Days,
    a2: editionOf(current).a2Days,
    current: current.name,
    next: next.name,
  }
  return onTheJourney(journeys, asAt)
    .map((j) => childOnJourney(j, asAt, thresholds, settings))
    .sort(
      (a, b) =>
        b.flags.length - a.flags.length ||
        b.daysInCare - a.daysInCare ||
        (a.child < b.child ? -1 : a.child > b.child ? 1 : 0),
    )
}
