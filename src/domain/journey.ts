import type { CalendarDate } from './calendarDate.js'

/** How a period of care ended. */
export type Outcome =
  'adopted' | 'special-guardianship' | 'child-arrangements' | 'returned-home' | 'other-exit' | 'looked-after'

/**
 * One child's journey through one period of care: the dates of each stage
 * the scorecard measures. Dates are null when the stage was not reached.
 */
export interface Journey {
  council: string
  child: string
  birth: CalendarDate | null
  sex: 'male' | 'female' | 'unknown'
  ethnicity: string
  /** From an ethnic minority (not White British, Irish or other White); null when the ethnicity is not known. */
  ethnicMinority: boolean | null
  /** DECOM of the first episode of the period of care. */
  enteredCare: CalendarDate
  /** False when the returns loaded do not hold the start of the period of care (its first episode is not RNE S). */
  enteredCareKnown: boolean
  /** First interim or full care order (LS C1/C2) in the period. */
  careProceedingsStart: CalendarDate | null
  /** Decision that the child should be placed for adoption (PlacedAdoption DATE_PLACED, or AD1 DATE_INT). */
  decisionToPlace: CalendarDate | null
  /** When the decision to place was reversed (REASON_PLACED_CEASED RD1-RD4), and why. */
  decisionReversed: { date: CalendarDate; reason: string } | null
  /** Court authority to place: first placement order (LS E1) or freeing order (D1) in the period. */
  placementOrder: CalendarDate | null
  /** AD1 DATE_MATCH. */
  match: CalendarDate | null
  /** First episode of the period placed for adoption (PLACE A3-A6). */
  placedForAdoption: CalendarDate | null
  /**
   * For adoptions by foster carers, when the child moved in with those carers; otherwise the date placed for adoption.
   */
  movedInWithAdopters: CalendarDate | null
  /** AD1 FOSTER_CARE = 1. */
  byFosterCarers: boolean
  ended: CalendarDate | null
  reasonEnded: string
  outcome: Outcome
  /** When care proceedings ended: the first final order (LS C2, E1, D1) after they began; null if none. */
  careProceedingsEnd: CalendarDate | null
}
