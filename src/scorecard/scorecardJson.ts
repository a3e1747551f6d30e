/**
 * The JSON shape of a scorecard: the contract of `scorecard score --format json` and of the web API
 * (/api/v1/scorecards), documented in docs/cli.md. It lives with the scorecard, not with either of its users.
 */
import type { ShareIndicator, TimeIndicator } from '../domain/indicator.js'
import type { CouncilScorecard, NationalScorecard } from './nationalScorecard.js'

const time = (i: TimeIndicator) => ({
  value: i.value,
  mean: i.mean,
  children: i.children,
  threshold: i.threshold,
  meets: i.meets,
  distance: i.distance,
  previous: i.previous,
  trend: i.trend,
  rank: i.rank,
  quartile: i.quartile,
  slowestTenth: i.slowestTenth,
})
const share = (i: ShareIndicator) => ({
  months: i.months,
  count: i.count,
  children: i.children,
  percent: i.percent,
  previous: i.previous,
})

const indicators = (c: { A1: TimeIndicator; A1_adjusted: TimeIndicator; A2: TimeIndicator; A3: ShareIndicator }) => ({
  A1: time(c.A1),
  A1_adjusted: time(c.A1_adjusted),
  A2: time(c.A2),
  A3: share(c.A3),
})

/** The JSON contract (docs/cli.md): these names do not change. */
export function scorecardJson(national: NationalScorecard, councils: readonly CouncilScorecard[]): unknown {
  return {
    period: national.period,
    thresholds: national.thresholds,
    a3Months: national.edition.a3Months,
    thresholdsConfirmed: national.edition.confirmed,
    england: { ...indicators(national.england), context: national.england.context },
    counts: {
      meetBoth: national.counts['meets-both'],
      meetOne: national.counts['meets-one'],
      meetNeither: national.counts['meets-neither'],
      notAssessed: national.counts['not-assessed'],
    },
    councils: councils.map((c) => ({
      code: c.code,
      name: c.name,
      region: c.region,
      status: c.status,
      indicators: indicators(c.indicators),
      context: c.context,
    })),
  }
}
