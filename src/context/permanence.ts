import { daysBetween } from '../domain/calendarDate.js'
import type { CountIndicator } from '../domain/indicator.js'
import type { Journey, Outcome } from '../domain/journey.js'
import { isWithin, type Period } from '../domain/period.js'
import { percentOneDecimal } from '../scorecard/rounding.js'
import { averageOf, type Average } from '../scorecard/timeIndicator.js'

export interface PermanenceRoute {
  route: 'adoption' | 'special-guardianship' | 'child-arrangements'
  name: string
  /** Children leaving care by this route in the period, as a share of all who left care. */
  leaving: CountIndicator
  /** Days from entering care to the order. */
  daysToOrder: Average
}

export interface Permanence {
  routes: PermanenceRoute[]
  /** Adoption, special guardianship and child arrangements together, as a share of children leaving care. */
  combined: CountIndicator
}

const ROUTES: [PermanenceRoute['route'], Outcome, string][] = [
  ['adoption', 'adopted', 'Adoption'],
  ['special-guardianship', 'special-guardianship', 'Special guardianship order'],
  ['child-arrangements', 'child-arrangements', 'Child arrangements or residence order'],
]

/** Permanence beyond adoption: each route with its share of children leaving care and the time to the order. */
export function permanence(journeys: readonly Journey[], period: Period): Permanence {
  const left = journeys.filter((j) => j.ended !== null && isWithin(j.ended, period))
  const routes = ROUTES.map(([route, outcome, name]) => {
    const by = left.filter((j) => j.outcome === outcome)
    return {
      route,
      name,
      leaving: { count: by.length, of: left.length, percent: percentOneDecimal(by.length, left.length) },
      daysToOrder: averageOf(by.filter((j) => j.enteredCareKnown).map((j) => daysBetween(j.enteredCare, j.ended!))),
    }
  })
  const combined = routes.reduce((s, r) => s + r.leaving.count, 0)
  return { routes, combined: { count: combined, of: left.length, percent: percentOneDecimal(combined, left.length) } }
}
