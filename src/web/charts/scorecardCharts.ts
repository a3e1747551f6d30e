import type { TopLevelSpec } from 'vega-lite'
import { COLOURS, renderChart } from './svgChart.js'

export interface TrendPoint {
  period: string
  council: number | null
  england: number | null
  threshold: number
}

/** A council's value, England's and the threshold across periods, for one indicator. */
export function trendChart(indicator: string, councilName: string, points: readonly TrendPoint[]): Promise<string> {
  const values = points
    .flatMap((p) => [
      { period: p.period, series: councilName, days: p.council },
      { period: p.period, series: 'England', days: p.england },
      { period: p.period, series: 'Threshold', days: p.threshold },
    ])
    .filter((v) => v.days !== null)
  const spec: TopLevelSpec = {
    width: 520,
    height: 240,
    data: { values },
    mark: { type: 'line', point: { size: 60, filled: true }, strokeWidth: 3 },
    encoding: {
      x: { field: 'period', type: 'ordinal', title: 'Three-year period', axis: { labelAngle: 0 } },
      y: { field: 'days', type: 'quantitative', title: 'Average days', scale: { zero: true } },
      color: {
        field: 'series',
        type: 'nominal',
        title: null,
        scale: {
          domain: [councilName, 'England', 'Threshold'],
          range: [COLOURS.council, COLOURS.england, COLOURS.threshold],
        },
      },
      strokeDash: {
        field: 'series',
        type: 'nominal',
        title: null,
        scale: {
          domain: [councilName, 'England', 'Threshold'],
          range: [
            [1, 0],
            [6, 3],
            [2, 2],
          ],
        },
      },
    },
  }
  const last = points[points.length - 1]
  const description = last
    ? `${indicator} for ${councilName} against England and the threshold, ${points[0]!.period} to ${last.period}. In ` +
      `${last.period}: ${councilName} ${last.council ?? 'no value'} days, England ${last.england ?? 'no value'}, ` +
      `threshold ${last.threshold}.`
    : `${indicator}: no data.`
  return renderChart(spec, `${indicator}: ${councilName}, England and the threshold`, description)
}

/** Width of the bands of days in the distribution chart and its table. */
export const DISTRIBUTION_BAND_DAYS = 60

/** How many children waited how long: the spread behind an average. */
export function distributionChart(indicator: string, days: readonly number[], threshold: number): Promise<string> {
  const spec: TopLevelSpec = {
    width: 520,
    height: 200,
    layer: [
      {
        data: { values: days.map((d) => ({ days: d })) },
        mark: { type: 'bar', color: COLOURS.bars },
        encoding: {
          x: { field: 'days', type: 'quantitative', bin: { step: DISTRIBUTION_BAND_DAYS }, title: 'Days' },
          // Whole children only: no tick at half a child.
          y: {
            aggregate: 'count',
            type: 'quantitative',
            title: 'Children',
            axis: { tickMinStep: 1, format: 'd' },
          },
        },
      },
      {
        data: { values: [{ threshold }] },
        mark: { type: 'rule', color: COLOURS.threshold, strokeWidth: 2, strokeDash: [4, 2] },
        encoding: { x: { field: 'threshold', type: 'quantitative' } },
      },
      {
        // The red line says what it is.
        data: { values: [{ threshold, label: `Threshold ${threshold} days` }] },
        mark: { type: 'text', color: COLOURS.threshold, align: 'left', dx: 4, y: 8, fontSize: 12 },
        encoding: { x: { field: 'threshold', type: 'quantitative' }, text: { field: 'label', type: 'nominal' } },
      },
    ],
  }
  const over = days.filter((d) => d > threshold).length
  return renderChart(
    spec,
    `${indicator}: days per child`,
    `${days.length} children; ${over} waited longer than the threshold of ${threshold} days. Bars group children in ` +
      `${DISTRIBUTION_BAND_DAYS}-day steps.`,
  )
}
