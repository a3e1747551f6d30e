import { writeCsv } from '../export/csvWriter.js'
import type { ShareIndicator, TimeIndicator } from '../domain/indicator.js'
import type { CouncilScorecard, NationalScorecard } from '../scorecard/nationalScorecard.js'

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

/** The JSON contract of `scorecard score` (docs/cli.md): these names do not change. */
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

export const CSV_COLUMNS = [
  'period',
  'code',
  'name',
  'indicator',
  'value',
  'mean',
  'children',
  'threshold',
  'meets',
  'distance',
  'previous',
  'trend',
  'rank',
  'quartile',
  'slowest_tenth',
  'months',
  'count',
  'percent',
] as const

const cell = (v: string | number | boolean | null | undefined): string =>
  v === null || v === undefined ? '' : String(v)

/** One row per council and indicator. */
export function scorecardCsv(national: NationalScorecard, councils: readonly CouncilScorecard[]): string {
  const rows: string[][] = [[...CSV_COLUMNS]]
  for (const c of councils) {
    for (const key of ['A1', 'A1_adjusted', 'A2'] as const) {
      const i = c.indicators[key]
      rows.push(
        [
          national.period,
          c.code,
          c.name,
          key,
          i.value,
          i.mean,
          i.children,
          i.threshold,
          i.meets,
          i.distance,
          i.previous,
          i.trend,
          i.rank,
          i.quartile,
          i.slowestTenth,
          '',
          '',
          '',
        ].map(cell),
      )
    }
    const a3 = c.indicators.A3
    rows.push(
      [
        national.period,
        c.code,
        c.name,
        'A3',
        '',
        '',
        a3.children,
        '',
        '',
        '',
        a3.previous,
        '',
        '',
        '',
        '',
        a3.months,
        a3.count,
        a3.percent,
      ].map(cell),
    )
  }
  return writeCsv(rows)
}
