import type { CalendarDate } from '../domain/calendarDate.js'
import type { Journey } from '../domain/journey.js'
import { collectionYearSpan } from '../domain/period.js'

/** The keys of the status lists, in the order they are shown. */
export const STATUS_LIST_KEYS = [
  'adoption-orders',
  'placed-awaiting-order',
  'matched-awaiting-placement',
  'placement-orders',
  'decisions',
] as const

export interface StatusList {
  key: string
  name: string
  children: { child: string; date: CalendarDate }[]
}

/**
 * The lists councils kept by hand (seed 004, appendix 6), built from the data
 * for a collection year (1 April to 31 March): orders made, children placed
 * awaiting an adoption order, and so on.
 */
export function statusLists(journeys: readonly Journey[], year: number): StatusList[] {
  const { start, end } = collectionYearSpan(year)
  const inYear = (d: CalendarDate | null) => d !== null && d >= start && d <= end
  const stillInCare = (j: Journey) => j.ended === null || j.ended > end
  const list = (
    key: string,
    name: string,
    pick: (j: Journey) => CalendarDate | null,
    when: (j: Journey) => boolean,
  ) => ({
    key,
    name,
    children: journeys
      .filter(when)
      .map((j) => ({ child: j.child, date: pick(j)! }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.child < b.child ? -1 : 1)),
  })
  return [
    list(
      'adoption-orders',
      'Adoption orders made in the year',
      (j) => j.ended,
      (j) => j.outcome === 'adopted' && inYear(j.ended),
    ),
    list(
      'placed-awaiting-order',
      'Placed for adoption, awaiting an adoption order at 31 March',
      (j) => j.placedForAdoption,
      (j) => j.placedForAdoption !== null && j.placedForAdoption <= end && stillInCare(j),
    ),
    list(
      'matched-awaiting-placement',
      'Matched, awaiting placement at 31 March',
      (j) => j.match,
      (j) =>
        j.match !== null &&
        j.match <= end &&
        (j.placedForAdoption === null || j.placedForAdoption > end) &&
        stillInCare(j),
    ),
    list(
      'placement-orders',
      'Placement orders made in the year',
      (j) => j.placementOrder,
      (j) => inYear(j.placementOrder),
    ),
    list(
      'decisions',
      'Decisions that a child should be placed for adoption, made in the year',
      (j) => j.decisionToPlace,
      (j) => inYear(j.decisionToPlace),
    ),
    list(
      'reversed',
      'Decisions reversed in the year',
      (j) => j.decisionReversed?.date ?? null,
      (j) => inYear(j.decisionReversed?.date ?? null),
    ),
  ]
}
