import { addMonths, daysBetween, type CalendarDate } from '../domain/calendarDate.js'
import type { Journey } from '../domain/journey.js'
import { isWithin, type Period } from '../domain/period.js'

/** One adopted child's contribution to the timeliness indicators: the children behind each average. */
export interface AdoptedChild {
  council: string
  child: string
  enteredCare: CalendarDate
  placementOrder: CalendarDate | null
  match: CalendarDate | null
  placedForAdoption: CalendarDate | null
  movedInWithAdopters: CalendarDate | null
  adopted: CalendarDate
  byFosterCarers: boolean
  /** A1: entering care to placed for adoption; null when the child is left out. */
  a1Days: number | null
  /** Adjusted A1 (A10): entering care to moving in with the carers who adopted. */
  a1AdjustedDays: number | null
  /** A2: court authority to match, 0 when matched first; null when the child is left out. */
  a2Days: number | null
  /** A3: moved in less than N months after entering care; null when left out of A1. */
  waitedLessThanCutOff: boolean | null
}

/** Journeys that ended in adoption within the period. */
export function adoptedWithin(journeys: readonly Journey[], period: Period): Journey[] {
  return journeys.filter((j) => j.outcome === 'adopted' && j.ended !== null && isWithin(j.ended, period))
}

/**
 * The days one adopted child counts for. A child not placed for adoption
 * before the adoption order is left out of A1, A3 and A2 (LG Inform metric 912);
 * a child with no placement or freeing order, or no match date, is left out of A2.
 */
export function adoptedChild(j: Journey, a3Months: number): AdoptedChild {
  const adopted = j.ended!
  const placedBeforeOrder = j.placedForAdoption !== null && j.placedForAdoption <= adopted ? j.placedForAdoption : null
  // A1 needs the day the child entered care: left out when the returns loaded do not hold it.
  const placed =
    j.enteredCareKnown && placedBeforeOrder !== null && placedBeforeOrder >= j.enteredCare ? placedBeforeOrder : null
  const movedIn =
    placed && j.movedInWithAdopters !== null && j.movedInWithAdopters >= j.enteredCare ? j.movedInWithAdopters : placed
  // When the first episode held already has the order, the order may be older than the returns loaded.
  const orderKnown = j.enteredCareKnown || j.placementOrder !== j.enteredCare
  const a2Days =
    placedBeforeOrder && orderKnown && j.placementOrder !== null && j.match !== null
      ? Math.max(0, daysBetween(j.placementOrder, j.match))
      : null
  return {
    council: j.council,
    child: j.child,
    enteredCare: j.enteredCare,
    placementOrder: j.placementOrder,
    match: j.match,
    placedForAdoption: j.placedForAdoption,
    movedInWithAdopters: j.movedInWithAdopters,
    adopted,
    byFosterCarers: j.byFosterCarers,
    a1Days: placed ? daysBetween(j.enteredCare, placed) : null,
    a1AdjustedDays: movedIn ? daysBetween(j.enteredCare, movedIn) : null,
    a2Days,
    waitedLessThanCutOff: placed ? placed < addMonths(j.enteredCare, a3Months) : null,
  }
}
