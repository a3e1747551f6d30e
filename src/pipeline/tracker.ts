import { daysBetween, type CalendarDate } from '../domain/calendarDate.js'
import type { Journey } from '../domain/journey.js'
import { collectionYearOf, collectionYearSpan } from '../domain/period.js'
import type { CourtStages } from './courtStages.js'
import { project, recentStageDurations } from './forecast.js'
import { onTheJourney } from './journeyFlags.js'

/** An adoption order made in the year so far: from the return, or recorded by the council before a return shows it. */
export interface OrderMade {
  child: string
  date: CalendarDate
  source: 'return' | 'council record'
}

export interface AwaitingCourt {
  child: string
  placed: CalendarDate
  lodged: CalendarDate
  /** The next hearing on or after the "as at" date; null when no date is known yet. */
  nextHearing: CalendarDate | null
}

export interface ActionNeeded {
  child: string
  placed: CalendarDate
  recommendation: CalendarDate
  action: string
  /** Who owes the action: the team named for the Annex A report, when it is awaited. */
  owedBy: string | null
}

export interface AwaitingApplication {
  child: string
  placed: CalendarDate
  daysPlaced: number
}

export interface Tracker {
  asAt: CalendarDate
  /** 1 April and 31 March of the collection year the "as at" date falls in. */
  yearStart: CalendarDate
  yearEnd: CalendarDate
  ordersMade: OrderMade[]
  awaitingCourt: AwaitingCourt[]
  actionNeeded: ActionNeeded[]
  awaitingApplication: AwaitingApplication[]
  counts: { ordersMade: number; awaitingCourt: number; actionNeeded: number; awaitingApplication: number }
  /**
   * Adoptions expected in the collection year: the orders made so far plus the children projected to be adopted by
   * 31 March (low: the council's slower, upper-quartile stage durations; high: its faster, lower-quartile ones).
   */
  expected: { low: number; central: number; high: number }
}

const byDateThenChild =
  <T extends { child: string }>(date: (x: T) => CalendarDate) =>
  (a: T, b: T) =>
    date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : a.child < b.child ? -1 : a.child > b.child ? 1 : 0

/**
 * The tracker councils keep week by week (seed 004, appendix 6), as at a date: adoption orders made this year, placed
 * children whose application awaits a court date, decisions to apply where action is needed and who owes it, children
 * placed awaiting a recommendation to apply; and the adoptions expected by 31 March. Court stages dated after the
 * "as at" date are not yet known then, and are ignored, so the tracker can be seen as it stood on an earlier date.
 * Pure: the date is passed in.
 */
export function tracker(
  journeys: readonly Journey[],
  courtStages: readonly CourtStages[],
  asAt: CalendarDate,
): Tracker {
  const { start: yearStart, end: yearEnd } = collectionYearSpan(collectionYearOf(asAt))
  const known = (d: CalendarDate | null): d is CalendarDate => d !== null && d <= asAt
  const stages = new Map(courtStages.map((s) => [s.child, s]))

  const ordersMade: OrderMade[] = journeys
    .filter((j) => j.outcome === 'adopted' && j.ended !== null && j.ended >= yearStart && j.ended <= asAt)
    .map((j) => ({ child: j.child, date: j.ended!, source: 'return' as const }))
  const inReturn = new Set(ordersMade.map((o) => o.child))
  const onJourney = onTheJourney(journeys, asAt)
  const stillOn = new Set(onJourney.map((j) => j.child))
  for (const s of courtStages) {
    if (known(s.orderMade) && s.orderMade >= yearStart && !inReturn.has(s.child) && stillOn.has(s.child))
      ordersMade.push({ child: s.child, date: s.orderMade, source: 'council record' })
  }
  ordersMade.sort(byDateThenChild((o) => o.date))
  const ordered = new Set(ordersMade.map((o) => o.child))

  const pending = onJourney.filter((j) => !ordered.has(j.child) && !known(stages.get(j.child)?.orderMade ?? null))
  const awaitingCourt: AwaitingCourt[] = []
  const actionNeeded: ActionNeeded[] = []
  const awaitingApplication: AwaitingApplication[] = []
  for (const j of pending) {
    if (!known(j.placedForAdoption)) continue
    const placed = j.placedForAdoption
    const s = stages.get(j.child)
    if (s && known(s.applicationLodged)) {
      awaitingCourt.push({
        child: j.child,
        placed,
        lodged: s.applicationLodged,
        nextHearing: s.hearings.find((h) => h >= asAt) ?? null,
      })
    } else if (s && known(s.recommendation)) {
      const requested = known(s.annexARequested)
      const received = known(s.annexAReceived)
      actionNeeded.push({
        child: j.child,
        placed,
        recommendation: s.recommendation,
        action: received
          ? 'Annex A report received: lodge the application'
          : requested
            ? 'Annex A report awaited'
            : 'Request the Annex A report',
        owedBy: requested && !received && s.annexATeam !== '' ? s.annexATeam : null,
      })
    } else {
      awaitingApplication.push({ child: j.child, placed, daysPlaced: daysBetween(placed, asAt) })
    }
  }
  awaitingCourt.sort(byDateThenChild((a) => a.nextHearing ?? '9999-12-31'))
  actionNeeded.sort(byDateThenChild((a) => a.recommendation))
  awaitingApplication.sort(byDateThenChild((a) => a.placed))

  const durations = recentStageDurations(journeys, asAt)
  // On 31 March the year is over: nobody pending can still be adopted within it.
  const expectedWith = (q: 0 | 1 | 2) =>
    ordersMade.length +
    pending.filter((j) => {
      if (asAt >= yearEnd) return false
      const s = stages.get(j.child)
      // A child whose application is lodged and whose hearings are listed is expected on the last listed hearing.
      const lastHearing = s && known(s.applicationLodged) ? s.hearings.filter((h) => h >= asAt).pop() : undefined
      return (lastHearing ?? project(j, asAt, durations, q).adopted) <= yearEnd
    }).length
  return {
    asAt,
    yearStart,
    yearEnd,
    ordersMade,
    awaitingCourt,
    actionNeeded,
    awaitingApplication,
    counts: {
      ordersMade: ordersMade.length,
      awaitingCourt: awaitingCourt.length,
      actionNeeded: actionNeeded.length,
      awaitingApplication: awaitingApplication.length,
    },
    expected: { low: expectedWith(2), central: expectedWith(1), high: expectedWith(0) },
  }
}
