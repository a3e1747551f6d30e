import { addMonths, ageInYears } from '../domain/calendarDate.js'
import type { CountIndicator } from '../domain/indicator.js'
import type { Journey } from '../domain/journey.js'
import { isWithin, type Period } from '../domain/period.js'
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
  /**
   * The old C23: adoptions and special guardianship orders; of = children looked after at 31 March for 6 months or
   * more, summed over the three years.
   */
  adoptedOrSpecialGuardianship: CountIndicator
  /** Children with a decision to place or a placement order, not yet placed, at the end of the period. */
  waitingAtPeriodEnd: number
}

const count = (n: number, of: number): CountIndicator => ({ count: n, of, percent: percentOneDecimal(n, of) })

/** One pass over the journeys: this runs for every council, period and England, so it avoids repeated filtering. */
export function contextualIndicators(journeys: readonly Journey[], period: Period): ContextualIndicators {
  const censuses = [1, 2, 3].map((k) => {
    const census = `${period.firstYear + k}-03-31`
    return { census, since: addMonths(census, -C23_MINIMUM_MONTHS_LOOKED_AFTER) }
  })
  const end = period.end
  let left = 0,
    adopted = 0,
    sgo = 0,
    cao = 0,
    older = 0,
    minorityLeft = 0,
    minorityAdopted = 0,
    reversed = 0
  let lookedAfterSixMonths = 0,
    waiting = 0
  for (const j of journeys) {
    // A period of care that began after the period, or ended before it, counts in nothing here.
    if (j.enteredCare > end) continue
    if (
      j.ended !== null &&
      j.ended < period.start &&
      (j.decisionReversed === null || j.decisionReversed.date < period.start)
    )
      continue
    if (j.ended !== null && j.ended <= end) {
      left++
      const minority = j.ethnicMinority === true
      if (minority) minorityLeft++
      if (j.outcome === 'adopted') {
        adopted++
        if (minority) minorityAdopted++
        if (j.birth !== null && ageInYears(j.birth, j.ended) >= OLDER_CHILD_AGE) older++
      } else if (j.outcome === 'special-guardianship') sgo++
      else if (j.outcome === 'child-arrangements') cao++
    }
    if (j.decisionReversed !== null && isWithin(j.decisionReversed.date, period)) reversed++
    for (const c of censuses) {
      if (j.enteredCare <= c.since && (j.ended === null || j.ended > c.census)) lookedAfterSixMonths++
    }
    const inCareAtEnd = j.ended === null || j.ended > end
    const planned =
      (j.decisionToPlace !== null &&
        j.decisionToPlace <= end &&
        !(j.decisionReversed && j.decisionReversed.date <= end)) ||
      (j.placementOrder !== null && j.placementOrder <= end)
    if (inCareAtEnd && planned && (j.placedForAdoption === null || j.placedForAdoption > end)) waiting++
  }
  return {
    adoptionsFromCare: count(adopted, left),
    adoptedAgedFiveOrOver: count(older, adopted),
    adoptedFromEthnicMinorities: count(minorityAdopted, minorityLeft),
    decisionsReversed: count(reversed, reversed + adopted),
    specialGuardianship: count(sgo, left),
    childArrangements: count(cao, left),
    adoptedOrSpecialGuardianship: count(adopted + sgo, lookedAfterSixMonths),
    waitingAtPeriodEnd: waiting,
  }
}

/** Every count of the contextual indicators is a sum over children, so England's is the sum of the councils'. */
export function sumContext(parts: readonly ContextualIndicators[]): ContextualIndicators {
  const sum = (pick: (c: ContextualIndicators) => CountIndicator) =>
    count(
      parts.reduce((s, p) => s + pick(p).count, 0),
      parts.reduce((s, p) => s + pick(p).of, 0),
    )
  return {
    adoptionsFromCare: sum((c) => c.adoptionsFromCare),
    adoptedAgedFiveOrOver: sum((c) => c.adoptedAgedFiveOrOver),
    adoptedFromEthnicMinorities: sum((c) => c.adoptedFromEthnicMinorities),
    decisionsReversed: sum((c) => c.decisionsReversed),
    specialGuardianship: sum((c) => c.specialGuardianship),
    childArrangements: sum((c) => c.childArrangements),
    adoptedOrSpecialGuardianship: sum((c) => c.adoptedOrSpecialGuardianship),
    waitingAtPeriodEnd: parts.reduce((s, p) => s + p.waitingAtPeriodEnd, 0),
  }
}
