import type { Council } from '../domain/council.js'
import type { ShareIndicator, TimeIndicator } from '../domain/indicator.js'
import type { Journey } from '../domain/journey.js'
import { parsePeriod, previousPeriod, type Period } from '../domain/period.js'
import { adoptedChild, adoptedWithin, type AdoptedChild } from './adoptedChildren.js'
import { contextualIndicators, sumContext, type ContextualIndicators } from './contextualIndicators.js'
import { rankCouncils } from './councilRanking.js'
import { editionFor, EDITIONS, type Edition } from './methodology.js'
import { againstThreshold, averageOf, shareWithin } from './timeIndicator.js'

export interface Indicators {
  A1: TimeIndicator
  A1_adjusted: TimeIndicator
  A2: TimeIndicator
  A3: ShareIndicator
}

export type ThresholdStatus = 'meets-both' | 'meets-one' | 'meets-neither' | 'not-assessed' | 'suppressed'

export interface CouncilScorecard extends Council {
  indicators: Indicators
  /** Left out of public output. */
  context?: ContextualIndicators
  /** A1 and A2 against their thresholds. */
  status: ThresholdStatus
}

export interface NationalScorecard {
  period: string
  edition: Edition
  thresholds: { A1: number; A2: number }
  england: Indicators & { context?: ContextualIndicators }
  councils: CouncilScorecard[]
  counts: Record<ThresholdStatus, number>
}

export class ScoringError extends Error {}

/** The input: every council's journeys. */
export interface NationalJourneys {
  councils: readonly Council[]
  journeys: ReadonlyMap<string, readonly Journey[]>
}

interface Raw {
  children: AdoptedChild[]
}

/**
 * What each adopted child counts for depends only on the journey and the A3
 * cut-off, and a child counts in up to four periods (three, and as "previous"):
 * worked out once. Journeys are never changed once built, so a WeakMap is safe.
 */
const countsFor = new WeakMap<Journey, Map<number, AdoptedChild>>()
function adoptedChildOnce(j: Journey, a3Months: number): AdoptedChild {
  let byMonths = countsFor.get(j)
  if (!byMonths) countsFor.set(j, (byMonths = new Map<number, AdoptedChild>()))
  let c = byMonths.get(a3Months)
  if (!c) byMonths.set(a3Months, (c = adoptedChild(j, a3Months)))
  return c
}

const adoptedOnly = new WeakMap<readonly Journey[], Journey[]>()
function adoptedJourneys(journeys: readonly Journey[]): Journey[] {
  let a = adoptedOnly.get(journeys)
  if (!a) adoptedOnly.set(journeys, (a = journeys.filter((j) => j.outcome === 'adopted')))
  return a
}

function rawFor(journeys: readonly Journey[], period: Period, edition: Edition): Raw {
  return { children: adoptedWithin(journeys, period).map((j) => adoptedChildOnce(j, edition.a3Months)) }
}

function indicatorsOf(raw: Raw, edition: Edition, previous: Raw | null): Indicators {
  const prev = (pick: (c: AdoptedChild) => number | null) =>
    previous ? averageOf(previous.children.map(pick)).value : null
  const a1 = (c: AdoptedChild) => c.a1Days
  const a1Adjusted = (c: AdoptedChild) => c.a1AdjustedDays
  const a2 = (c: AdoptedChild) => c.a2Days
  return {
    A1: againstThreshold(averageOf(raw.children.map(a1)), edition.a1Days, prev(a1)),
    A1_adjusted: againstThreshold(averageOf(raw.children.map(a1Adjusted)), edition.a1Days, prev(a1Adjusted)),
    A2: againstThreshold(averageOf(raw.children.map(a2)), edition.a2Days, prev(a2)),
    A3: shareWithin(
      raw.children.map((c) => c.waitedLessThanCutOff),
      edition.a3Months,
      previous
        ? shareWithin(
            previous.children.map((c) => c.waitedLessThanCutOff),
            edition.a3Months,
            null,
          ).percent
        : null,
    ),
  }
}

function statusOf(i: Indicators): ThresholdStatus {
  if (i.A1.meets === null || i.A2.meets === null) return 'not-assessed'
  if (i.A1.meets && i.A2.meets) return 'meets-both'
  return i.A1.meets || i.A2.meets ? 'meets-one' : 'meets-neither'
}

export function resolvePeriod(name: string): { period: Period; edition: Edition } {
  const period = parsePeriod(name)
  if (!period) throw new ScoringError(`"${name}" is not a three-year period such as 2010-13`)
  const edition = editionFor(period.name)
  if (!edition) {
    throw new ScoringError(
      `there are no thresholds for ${period.name}; known periods: ${EDITIONS.map((e) => e.period).join(', ')}`,
    )
  }
  return { period, edition }
}

/** The scorecard of every council for one period, with England, comparators and counts. Pure. */
export function scoreNation(input: NationalJourneys, periodName: string): NationalScorecard {
  const { period, edition } = resolvePeriod(periodName)
  const before = previousPeriod(period)
  const beforeEdition = editionFor(before.name) ?? edition

  const allAdopted: Journey[] = []
  const councils: CouncilScorecard[] = input.councils.map((council) => {
    const journeys = input.journeys.get(council.code) ?? []
    const adopted = adoptedJourneys(journeys)
    for (const j of adopted) allAdopted.push(j)
    const indicators = indicatorsOf(rawFor(adopted, period, edition), edition, rawFor(adopted, before, beforeEdition))
    return { ...council, indicators, context: contextualIndicators(journeys, period), status: statusOf(indicators) }
  })
  for (const key of ['A1', 'A1_adjusted', 'A2'] as const) {
    const standings = rankCouncils(new Map(councils.map((c) => [c.code, c.indicators[key].value])))
    for (const c of councils) {
      const s = standings.get(c.code)
      if (s) Object.assign(c.indicators[key], s)
    }
  }
  const england = indicatorsOf(rawFor(allAdopted, period, edition), edition, rawFor(allAdopted, before, beforeEdition))
  const counts: Record<ThresholdStatus, number> = {
    'meets-both': 0,
    'meets-one': 0,
    'meets-neither': 0,
    'not-assessed': 0,
    suppressed: 0,
  }
  for (const c of councils) counts[c.status]++
  return {
    period: period.name,
    edition,
    thresholds: { A1: edition.a1Days, A2: edition.a2Days },
    england: { ...england, context: sumContext(councils.map((c) => c.context!)) },
    councils,
    counts,
  }
}

/** The children behind one council's averages for a period, slowest first. */
export function childrenBehind(journeys: readonly Journey[], periodName: string): AdoptedChild[] {
  const { period, edition } = resolvePeriod(periodName)
  return [...rawFor(journeys, period, edition).children].sort((a, b) => (b.a1Days ?? -1) - (a.a1Days ?? -1))
}
