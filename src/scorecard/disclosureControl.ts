import type { ShareIndicator, TimeIndicator } from '../domain/indicator.js'
import { rankCouncils } from './councilRanking.js'
import type { CouncilScorecard, Indicators, NationalScorecard, ThresholdStatus } from './nationalScorecard.js'

/**
 * Statistical disclosure control for public output (pages, downloads and API
 * seen by the public and by other councils). Defaults follow the DfE children
 * in care and adoption performance tables (November 2012): percentages hidden
 * where the numerator is five or less or the denominator ten or less; averages
 * and counts resting on five children or fewer hidden likewise (our reading:
 * the scorecards' own rule for averages is not confirmed). docs/methodology.md.
 */
export interface DisclosureRules {
  /** Averages and counts resting on fewer children than this are suppressed. */
  minimumChildren: number
  /** A percentage is suppressed when its numerator is below this ... */
  minimumNumerator: number
  /** ... or its denominator below this. */
  minimumDenominator: number
  /**
   * Where any council is suppressed in an indicator, at least this many are,
   * so that neither the public (from the England total) nor a suppressed
   * council (knowing its own figure as well) can work out another's.
   */
  minimumSuppressed: number
}

export const DEFAULT_DISCLOSURE: DisclosureRules = {
  minimumChildren: 6,
  minimumNumerator: 6,
  minimumDenominator: 11,
  minimumSuppressed: 3,
}

/** The symbol shown for a suppressed value (GSS guidance on symbols in tables: [c] for confidential). */
export const SUPPRESSED_SYMBOL = '[c]'

type Group = 'A1' | 'A2' | 'A3'

/**
 * Which councils are suppressed in each group of figures: A1 (with A10 and A3's
 * denominator, the same children), A2, and A3's count and percentage.
 */
export function suppressedCouncils(
  councils: readonly CouncilScorecard[],
  rules: DisclosureRules = DEFAULT_DISCLOSURE,
): Record<Group, Set<string>> {
  const size: Record<Group, (c: CouncilScorecard) => number> = {
    A1: (c) => c.indicators.A1.children ?? 0,
    A2: (c) => c.indicators.A2.children ?? 0,
    A3: (c) => c.indicators.A3.count ?? 0,
  }
  const primary: Record<Group, (c: CouncilScorecard) => boolean> = {
    A1: (c) => size.A1(c) > 0 && size.A1(c) < rules.minimumChildren,
    A2: (c) => size.A2(c) > 0 && size.A2(c) < rules.minimumChildren,
    A3: (c) =>
      (c.indicators.A3.children ?? 0) > 0 &&
      (size.A3(c) < rules.minimumNumerator || (c.indicators.A3.children ?? 0) < rules.minimumDenominator),
  }
  const out = {} as Record<Group, Set<string>>
  for (const group of ['A1', 'A2', 'A3'] as const) {
    const suppressed = new Set(councils.filter(primary[group]).map((c) => c.code))
    if (group === 'A3') for (const code of out.A1) suppressed.add(code) // A3's denominator is A1's children
    // Secondary suppression: the smallest other councils with data, until enough are hidden.
    const candidates = councils
      .filter(
        (c) => !suppressed.has(c.code) && (group === 'A3' ? (c.indicators.A3.children ?? 0) > 0 : size[group](c) > 0),
      )
      .sort((a, b) => size[group](a) - size[group](b) || (a.code < b.code ? -1 : 1))
    while (suppressed.size > 0 && suppressed.size < rules.minimumSuppressed && candidates.length > 0) {
      suppressed.add(candidates.shift()!.code)
    }
    out[group] = suppressed
  }
  return out
}

const hiddenTime = (i: TimeIndicator): TimeIndicator => ({
  ...i,
  value: null,
  mean: null,
  children: null,
  meets: null,
  distance: null,
  previous: null,
  trend: null,
  rank: null,
  quartile: null,
  slowestTenth: null,
  suppressed: true,
})

const hiddenShare = (i: ShareIndicator, keepChildren: boolean): ShareIndicator => ({
  ...i,
  count: null,
  percent: null,
  previous: null,
  children: keepChildren ? i.children : null,
  suppressed: true,
})

/** England (or any figures) with every indicator hidden: for a viewer to whom nothing about them is published yet. */
export function hiddenIndicators(i: Indicators): Indicators {
  return {
    A1: hiddenTime(i.A1),
    A1_adjusted: hiddenTime(i.A1_adjusted),
    A2: hiddenTime(i.A2),
    A3: hiddenShare(i.A3, false),
  }
}

/** Previous-period public values for each council, to show as "previous" (null when that period is not public). */
export type PreviousPublic = ReadonlyMap<string, Indicators> | null

/**
 * The public version of a national scorecard: small numbers suppressed with
 * complementary suppression, ranks among the councils shown, no contextual
 * indicators, and "previous" only from a published previous period.
 */
export function publicScorecard(
  national: NationalScorecard,
  previous: PreviousPublic,
  rules: DisclosureRules = DEFAULT_DISCLOSURE,
  previousEngland: Indicators | null = null,
): NationalScorecard {
  const hidden = suppressedCouncils(national.councils, rules)
  const councils: CouncilScorecard[] = national.councils.map((c) => {
    const before = previous?.get(c.code) ?? null
    const prevTime = (i: TimeIndicator, p: TimeIndicator | undefined): TimeIndicator => {
      const prev = p && !p.suppressed ? p.value : null
      return {
        ...i,
        previous: prev,
        trend: i.value !== null && prev !== null ? i.value - prev : null,
        rank: null,
        quartile: null,
        slowestTenth: null,
      }
    }
    const a1Hidden = hidden.A1.has(c.code)
    const indicators: Indicators = {
      A1: a1Hidden ? hiddenTime(c.indicators.A1) : prevTime(c.indicators.A1, before?.A1),
      A1_adjusted: a1Hidden
        ? hiddenTime(c.indicators.A1_adjusted)
        : prevTime(c.indicators.A1_adjusted, before?.A1_adjusted),
      A2: hidden.A2.has(c.code) ? hiddenTime(c.indicators.A2) : prevTime(c.indicators.A2, before?.A2),
      A3: hidden.A3.has(c.code)
        ? hiddenShare(c.indicators.A3, !a1Hidden)
        : { ...c.indicators.A3, previous: before && !before.A3.suppressed ? before.A3.percent : null },
    }
    const status: ThresholdStatus =
      a1Hidden || hidden.A2.has(c.code) ? (c.status === 'not-assessed' ? 'not-assessed' : 'suppressed') : c.status
    const { context: _context, ...rest } = c
    return { ...rest, indicators, status }
  })
  for (const key of ['A1', 'A1_adjusted', 'A2'] as const) {
    const standings = rankCouncils(new Map(councils.map((c) => [c.code, c.indicators[key].value])))
    for (const c of councils) {
      const s = standings.get(c.code)
      if (s) Object.assign(c.indicators[key], s)
    }
  }
  const counts: Record<ThresholdStatus, number> = {
    'meets-both': 0,
    'meets-one': 0,
    'meets-neither': 0,
    'not-assessed': 0,
    suppressed: 0,
  }
  for (const c of councils) counts[c.status]++
  // England's "previous" and trend, like the councils', only from a published previous period.
  const { context: _england, ...live } = national.england
  const englandPrevious = (i: TimeIndicator, p: TimeIndicator | undefined): TimeIndicator => {
    const prev = p ? p.value : null
    return { ...i, previous: prev, trend: i.value !== null && prev !== null ? i.value - prev : null }
  }
  const england: Indicators = {
    A1: englandPrevious(live.A1, previousEngland?.A1),
    A1_adjusted: englandPrevious(live.A1_adjusted, previousEngland?.A1_adjusted),
    A2: englandPrevious(live.A2, previousEngland?.A2),
    A3: { ...live.A3, previous: previousEngland ? previousEngland.A3.percent : null },
  }
  return { ...national, england, councils, counts }
}
