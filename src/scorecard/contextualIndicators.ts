import { addMonths, ageInYears } from '../domain/calendarDate.js'
import type { CountIndicator } from '../domain/indicator.js'
import type { Journey } from '../domain/journey.js'
import { isWithin, type Period } from '../domain/period.js'
import { ETHNICITY_NOT_KNOWN, WHITE_MAJORITY_ETHNICITY } from '../ssda903/codeLists.js'
import { C23_MINIMUM_MONTHS_LOOKED_AFTER, OLDER_CHILD_AGE } from './methodology.js'
import { percentOneDecimal } from './rounding.js'

/** Contextual indicators computable from SSDA903, for one council (or England) and one period. */
export interface ContextualIndicators {
  /** Adoptions; of = children who left care in the period. */
  adoptionsFromCare: CountIndicator
  /** Adoptions of children aged 5 or over on the day of adoption; of = adoptions. */
  adoptedAgedFiveOrOver: CountIndicator
  /** Adoptions of children from ethnic minority backgrounds; of = ethnic minority children who left care. */
  adoptedFromEthnicMinorities: CountIndicator
  /** Decisions to place for adoption reversed in the period; of = those reversed plus adoptions. */
  decisionsReversed: CountIndicator
  /** Special guardianship orders; of = children who left care. */
  specialGuardianship: CountIndicator
  /** Residence or child arrangements orders; of = children who left care. */
  childArrangements: CountIndicator
  /** The old C23: adoptions and special guardianship orders; of = children looked after at 31 March for 6 months or more, summed over the three years. */
  adoptedOrSpecialGuardianship: CountIndicator
  /** Children with a decision to place or a placement order, not yet placed, at the end of the period. */
  waitingAtPeriodEnd: number
}

const count = (n: number, of: number): CountIndicator => ({ count: n, of, percent: percentOneDecimal(n, of) })

export function isEthnicMinority(ethnicity: string): boolean | null {
  if (ethnicity === '' || ETHNICITY_NOT_KNOWN.has(ethnicity)) return null
  return !WHITE_MAJORITY_ETHNICITY.has(ethnicity)
}

export function contextualIndicators(journeys: readonly Journey[], period: Period): ContextualIndicators {
  const left = journeys.filter((j) => j.ended !== null && isWithin(j.ended, period))
  const adopted = left.filter((j) => j.outcome === 'adopted')
  const sgo = left.filter((j) => j.outcome === 'special-guardianship')
  const cao = left.filter((j) => j.outcome === 'child-arrangements')
  const older = adopted.filter((j) => j.birth !== null && ageInYears(j.birth, j.ended!) >= OLDER_CHILD_AGE)
  const minorityLeft = left.filter((j) => isEthnicMinority(j.ethnicity) === true)
  const minorityAdopted = minorityLeft.filter((j) => j.outcome === 'adopted')
  const reversed = journeys.filter((j) => j.decisionReversed !== null && isWithin(j.decisionReversed.date, period))

  let lookedAfterSixMonths = 0
  for (let y = period.firstYear + 1; y <= period.firstYear + 3; y++) {
    const census = `${y}-03-31`
    const since = addMonths(census, -C23_MINIMUM_MONTHS_LOOKED_AFTER)
    lookedAfterSixMonths += journeys.filter((j) => j.enteredCare <= since && (j.ended === null || j.ended > census)).length
  }

  const end = period.end
  const waiting = journeys.filter((j) =>
    j.enteredCare <= end && (j.ended === null || j.ended > end) &&
    ((j.decisionToPlace !== null && j.decisionToPlace <= end && !(j.decisionReversed && j.decisionReversed.date <= end)) ||
      (j.placementOrder !== null && j.placementOrder <= end)) &&
    (j.placedForAdoption === null || j.placedForAdoption > end)).length

  return {
    adoptionsFromCare: count(adopted.length, left.length),
    adoptedAgedFiveOrOver: count(older.length, adopted.length),
    adoptedFromEthnicMinorities: count(minorityAdopted.length, minorityLeft.length),
    decisionsReversed: count(reversed.length, reversed.length + adopted.length),
    specialGuardianship: count(sgo.length, left.length),
    childArrangements: count(cao.length, left.length),
    adoptedOrSpecialGuardianship: count(adopted.length + sgo.length, lookedAfterSixMonths),
    waitingAtPeriodEnd: waiting,
  }
}
