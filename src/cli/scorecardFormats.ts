import { writeCsv } from '../export/csvWriter.js'
import type { CouncilScorecard, NationalScorecard } from '../scorecard/nationalScorecard.js'

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

/** England's code in the Office for National Statistics' geography codes, as the Department's tables give it. */
export const ENGLAND_CODE = 'E92000001'

/** One row per council and indicator, then England's. */
export function scorecardCsv(national: NationalScorecard, councils: readonly CouncilScorecard[]): string {
  const rows: string[][] = [[...CSV_COLUMNS]]
  const england = { code: ENGLAND_CODE, name: 'England', indicators: national.england }
  for (const c of [...councils, england]) {
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

const met = (meets: boolean | null) => (meets === null ? '' : meets ? 'met' : 'missed')
const days = (v: number | null) => (v === null ? '-' : String(v))

/** A table a person reads in a terminal: each council's A1, A10, A2 and A3, met or missed, then England. */
export function scorecardText(national: NationalScorecard, councils: readonly CouncilScorecard[]): string {
  const head = ['Code', 'Council', 'A1 days', '', 'A10 days', 'A2 days', '', `A3 % < ${national.edition.a3Months} m`]
  const row = (code: string, name: string, i: CouncilScorecard['indicators']) => [
    code,
    name,
    days(i.A1.value),
    met(i.A1.meets),
    days(i.A1_adjusted.value),
    days(i.A2.value),
    met(i.A2.meets),
    i.A3.percent === null ? '-' : String(i.A3.percent),
  ]
  const rows = [head, ...councils.map((c) => row(c.code, c.name, c.indicators)), row('', 'England', national.england)]
  const widths = head.map((_, k) => Math.max(...rows.map((r) => r[k]!.length)))
  const line = (r: string[]) =>
    r
      .map((cellText, k) =>
        k >= 2 && k !== 3 && k !== 6 ? cellText.padStart(widths[k]!) : cellText.padEnd(widths[k]!),
      )
      .join('  ')
      .trimEnd()
  const counts = national.counts
  const { A1, A2 } = national.thresholds
  return (
    `Adoption scorecard ${national.period}: thresholds A1 ${A1} days, A2 ${A2} days; A3 counts children who ` +
    `waited less than ${national.edition.a3Months} months\n\n` +
    rows.map(line).join('\n') +
    `\n\nCouncils meeting both thresholds ${counts['meets-both']}, one ${counts['meets-one']}, neither ` +
    `${counts['meets-neither']}; not assessed (no adoptions) ${counts['not-assessed']}. England is the ` +
    `${national.councils.length} councils in the data.\n`
  )
}
