import { periodStarting, type Period } from '../domain/period.js'
import type { Journey } from '../domain/journey.js'
import { editionFor, EDITIONS, type Edition } from '../scorecard/methodology.js'
import { childOnJourney, onTheJourney, type ChildOnJourney, type FlagSettings } from './journeyFlags.js'
import { statusLists, type StatusList } from './statusLists.js'

/** The edition of a period's scorecard; the latest for periods past the last edition. */
export const editionOf = (period: Period): Edition => editionFor(period.name) ?? EDITIONS[EDITIONS.length - 1]!

export interface ChildrenWaiting {
  /** 31 March of the collection year. */
  asAt: string
  /** Most flags first, then longest in care. */
  children: ChildOnJourney[]
  lists: StatusList[]
}

/**
 * The children on the journey at the end of a collection year, each with its flags, and the year's status lists: what
 * a council's pipeline page shows from its stored returns, and the check page from the files a data officer chose.
 */
export function childrenWaiting(journeys: readonly Journey[], year: number, settings: FlagSettings): ChildrenWaiting {
  const asAt = `${year}-03-31`
  const current = periodStarting(year - 3)
  const next = periodStarting(year - 2)
  const thresholds = {
    a1Current: editionOf(current).a1Days,
    a1Next: editionOf(next).a1Days,
    a2: editionOf(current).a2Days,
    current: current.name,
    next: next.name,
  }
  const children = onTheJourney(journeys, asAt)
    .map((j) => childOnJourney(j, asAt, thresholds, settings))
    .sort((a, b) => b.flags.length - a.flags.length || b.daysInCare - a.daysInCare)
  return { asAt, children, lists: statusLists(journeys, year) }
}
