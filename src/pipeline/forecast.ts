import { addDays, daysBetween, type CalendarDate } from '../domain/calendarDate.js'
import type { Journey } from '../domain/journey.js'
import { isWithin, type Period } from '../domain/period.js'
import { adoptedChild, adoptedWithin } from '../scorecard/adoptedChildren.js'
import type { Edition } from '../scorecard/methodology.js'

/** The council's own recent stage durations (days), as quantiles: what the rest of a journey is projected from. */
export interface StageDurations {
  decisionToOrder: [number, number, number]
  orderToMatch: [number, number, number]
  matchToPlaced: [number, number, number]
  placedToAdopted: [number, number, number]
}

/** Lower quartile, median and upper quartile (nearest rank); [0, 0, 0] when there is nothing to go on. */
export function quartiles(values: readonly number[]): [number, number, number] {
  if (values.length === 0) return [0, 0, 0]
  const s = [...values].sort((a, b) => a - b)
  const at = (q: number) => s[Math.max(0, Math.ceil(q * s.length) - 1)]!
  return [at(0.25), at(0.5), at(0.75)]
}

/** Stage durations of the council's adoptions in the three years to `asAt`. */
export function recentStageDurations(journeys: readonly Journey[], asAt: CalendarDate): StageDurations {
  const from = addDays(asAt, -3 * 365)
  const recent = journeys.filter(
    (j) => j.outcome === 'adopted' && j.ended !== null && j.ended > from && j.ended <= asAt,
  )
  const gap = (a: (j: Journey) => string | null, b: (j: Journey) => string | null) =>
    recent
      .map((j) => (a(j) && b(j) ? Math.max(0, daysBetween(a(j)!, b(j)!)) : null))
      .filter((d): d is number => d !== null)
  return {
    decisionToOrder: quartiles(
      gap(
        (j) => j.decisionToPlace,
        (j) => j.placementOrder,
      ),
    ),
    orderToMatch: quartiles(
      gap(
        (j) => j.placementOrder,
        (j) => j.match,
      ),
    ),
    matchToPlaced: quartiles(
      gap(
        (j) => j.match,
        (j) => j.placedForAdoption,
      ),
    ),
    placedToAdopted: quartiles(
      gap(
        (j) => j.placedForAdoption,
        (j) => j.ended,
      ),
    ),
  }
}

export interface Projection {
  placed: CalendarDate
  adopted: CalendarDate
  orderDate: CalendarDate | null
  matchDate: CalendarDate
}

/**
 * Projects a child's remaining stages from the council's own durations (q = 0
 * lower quartile, 1 median, 2 upper quartile); no stage is projected to end
 * before `asAt`, since it has not happened yet.
 */
export function project(j: Journey, asAt: CalendarDate, d: StageDurations, q: 0 | 1 | 2): Projection {
  const after = (date: CalendarDate | null, days: number) => {
    const projected = addDays(date ?? asAt, days)
    return projected < asAt ? asAt : projected
  }
  const order = j.placementOrder ?? (j.decisionToPlace ? after(j.decisionToPlace, d.decisionToOrder[q]) : null)
  const match = j.match && j.match <= asAt ? j.match : after(order ?? j.decisionToPlace, d.orderToMatch[q])
  const placed =
    j.placedForAdoption && j.placedForAdoption <= asAt ? j.placedForAdoption : after(match, d.matchToPlaced[q])
  return { placed, adopted: after(placed, d.placedToAdopted[q]), orderDate: order, matchDate: match }
}

export interface PeriodForecast {
  period: string
  threshold: { a1: number; a2: number }
  /** Children already adopted in the period, counted as they are. */
  adopted: number
  /** Children on the journey projected to be adopted within the period. */
  projected: number
  a1: { low: number | null; central: number | null; high: number | null }
  a2: { low: number | null; central: number | null; high: number | null }
  meetsA1: boolean | null
  meetsA2: boolean | null
  /**
   * The largest average A1 the children not yet placed may have if the period is to meet the A1 threshold; null when
   * none is pending.
   */
  largestAverageWaitAllowed: number | null
}

const mean = (xs: number[]) => (xs.length ? Math.round(xs.reduce((s, x) => s + x, 0) / xs.length) : null)

/** The A1 and A2 a council is heading for in a future period. */
export function forecastPeriod(
  journeys: readonly Journey[],
  pending: readonly Journey[],
  asAt: CalendarDate,
  period: Period,
  edition: Edition,
  d: StageDurations,
): PeriodForecast {
  const done = adoptedWithin(journeys, period)
    .map((j) => adoptedChild(j, edition.a3Months))
    .filter((c) => c.adopted <= asAt)
  const doneA1 = done.map((c) => c.a1Days).filter((x): x is number => x !== null)
  const doneA2 = done.map((c) => c.a2Days).filter((x): x is number => x !== null)
  // The children the central projection adopts within the period; the range projects the same children with the
  // council's faster and slower stage durations, so it always holds the central figure (a different set of children
  // for each quartile gave ranges such as "541 (545 to 545)").
  const inPeriod = pending.filter((j) => j.enteredCareKnown && isWithin(project(j, asAt, d, 1).adopted, period))
  const figures = ([0, 1, 2] as const).map((q) => {
    const a1 = [...doneA1]
    const a2 = [...doneA2]
    for (const j of inPeriod) {
      const p = project(j, asAt, d, q)
      a1.push(daysBetween(j.enteredCare, p.placed))
      if (p.orderDate) a2.push(Math.max(0, daysBetween(p.orderDate, p.matchDate)))
    }
    return { a1: mean(a1), a2: mean(a2), count: inPeriod.length }
  })
  const central = figures[1]!
  const pendingInPeriod = central.count
  const allowed =
    pendingInPeriod > 0
      ? Math.floor(
          (edition.a1Days * (doneA1.length + pendingInPeriod) - doneA1.reduce((s, x) => s + x, 0)) / pendingInPeriod,
        )
      : null
  return {
    period: period.name,
    threshold: { a1: edition.a1Days, a2: edition.a2Days },
    adopted: done.length,
    projected: pendingInPeriod,
    a1: { low: figures[0]!.a1, central: central.a1, high: figures[2]!.a1 },
    a2: { low: figures[0]!.a2, central: central.a2, high: figures[2]!.a2 },
    meetsA1: central.a1 === null ? null : central.a1 <= edition.a1Days,
    meetsA2: central.a2 === null ? null : central.a2 <= edition.a2Days,
    largestAverageWaitAllowed: allowed,
  }
}

/** Days beyond the A1 threshold for each adopted child, and their cost at a weekly cost of care. */
export function costOfDelay(a1Days: readonly { child: string; days: number }[], threshold: number, weeklyCost: number) {
  const children = a1Days.map((c) => {
    const beyond = Math.max(0, c.days - threshold)
    return { child: c.child, daysBeyond: beyond, cost: Math.round((beyond / 7) * weeklyCost) }
  })
  return {
    children,
    totalDays: children.reduce((s, c) => s + c.daysBeyond, 0),
    totalCost: children.reduce((s, c) => s + c.cost, 0),
  }
}
