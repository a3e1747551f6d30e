import { daysBetween, type CalendarDate } from '../domain/calendarDate.js'
import type { Journey } from '../domain/journey.js'

/** When a child on the journey is flagged: the council may change each (src/pipeline, per-council settings). */
export interface FlagSettings {
  /** Placed for adoption but no adoption order after this many days. */
  placedWithoutOrderDays: number
  /** Decision to place but no placement order after this many days. */
  decisionWithoutOrderDays: number
}

export const DEFAULT_FLAG_SETTINGS: FlagSettings = { placedWithoutOrderDays: 183, decisionWithoutOrderDays: 183 }

export type Stage = 'decision to place' | 'placement order' | 'matched' | 'placed for adoption'

export interface Flag {
  key: 'a1-current' | 'a1-next' | 'no-match' | 'no-match-date' | 'placed-no-order' | 'no-placement-order'
  reason: string
}

/** A child in care with a plan for adoption, not yet adopted, as at a date. */
export interface ChildOnJourney {
  council: string
  child: string
  stage: Stage
  enteredCare: CalendarDate
  daysInCare: number
  daysSinceDecision: number | null
  daysSinceOrder: number | null
  daysSinceMatch: number | null
  daysSincePlaced: number | null
  flags: Flag[]
}

/**
 * Children whose plan is adoption and who are still looked after on `asAt`: a standing decision or a placement order,
 * not adopted.
 */
export function onTheJourney(journeys: readonly Journey[], asAt: CalendarDate): Journey[] {
  return journeys.filter(
    (j) =>
      j.enteredCare <= asAt &&
      (j.ended === null || j.ended > asAt) &&
      ((j.decisionToPlace !== null &&
        j.decisionToPlace <= asAt &&
        !(j.decisionReversed && j.decisionReversed.date <= asAt)) ||
        (j.placementOrder !== null && j.placementOrder <= asAt)),
  )
}

const since = (d: CalendarDate | null, asAt: CalendarDate) => (d !== null && d <= asAt ? daysBetween(d, asAt) : null)

/**
 * Each child's days so far and flags, each with its reason. A1 thresholds are
 * the current and next period's; A2 the current period's.
 */
export function childOnJourney(
  j: Journey,
  asAt: CalendarDate,
  thresholds: { a1Current: number; a1Next: number; a2: number; current: string; next: string },
  settings: FlagSettings,
): ChildOnJourney {
  const placed = since(j.placedForAdoption, asAt)
  const match = j.match !== null && j.match <= asAt ? since(j.match, asAt) : null
  const order = since(j.placementOrder, asAt)
  const decision = since(j.decisionToPlace, asAt)
  const stage: Stage =
    placed !== null
      ? 'placed for adoption'
      : match !== null
        ? 'matched'
        : order !== null
          ? 'placement order'
          : 'decision to place'
  const inCare = daysBetween(j.enteredCare, asAt)
  const flags: Flag[] = []
  if (placed === null) {
    if (inCare > thresholds.a1Current)
      flags.push({
        key: 'a1-current',
        reason:
          `${inCare} days in care: even if placed today, more than the ${thresholds.current} A1 threshold of ` +
          `${thresholds.a1Current} days`,
      })
    else if (inCare > thresholds.a1Next)
      flags.push({
        key: 'a1-next',
        reason:
          `${inCare} days in care: even if placed today, more than the ${thresholds.next} A1 threshold of ` +
          `${thresholds.a1Next} days`,
      })
  }
  if (order !== null && match === null && placed !== null) {
    // Placed, so matched: the return records the match date only with the adoption (AD1), so it is not known yet.
    flags.push({
      key: 'no-match-date',
      reason:
        'Placed for adoption: no match date recorded yet (the return records it with the adoption), so A2 is ' +
        'not known',
    })
  } else if (order !== null && match === null && order > thresholds.a2) {
    flags.push({
      key: 'no-match',
      reason: `No match ${order} days after the placement order (A2 threshold ${thresholds.a2} days)`,
    })
  }
  if (placed !== null && placed > settings.placedWithoutOrderDays) {
    flags.push({
      key: 'placed-no-order',
      reason: `Placed ${placed} days ago with no adoption order (flag after ${settings.placedWithoutOrderDays} days)`,
    })
  }
  if (decision !== null && order === null && decision > settings.decisionWithoutOrderDays) {
    flags.push({
      key: 'no-placement-order',
      reason:
        `Decision to place ${decision} days ago with no placement order (flag after ` +
        `${settings.decisionWithoutOrderDays} days)`,
    })
  }
  return {
    council: j.council,
    child: j.child,
    stage,
    enteredCare: j.enteredCare,
    daysInCare: inCare,
    daysSinceDecision: decision,
    daysSinceOrder: order,
    daysSinceMatch: match,
    daysSincePlaced: placed,
    flags,
  }
}
