import type { TopLevelSpec } from 'vega-lite'
import { COLOURS, renderChart } from './svgChart.js'

/** Days in each stage, council beside England. */
export function stagesChart(
  name: string,
  rows: { stage: string; council: number | null; england: number | null }[],
): Promise<string> {
  const values = rows
    .flatMap((r) => [
      { stage: r.stage, who: name, days: r.council },
      { stage: r.stage, who: 'England', days: r.england },
    ])
    .filter((v) => v.days !== null)
  const spec: TopLevelSpec = {
    width: 420,
    height: { step: 16 },
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'stage', type: 'nominal', title: null, sort: null, axis: { labelLimit: 400 } },
      yOffset: { field: 'who', type: 'nominal', sort: [name, 'England'] },
      x: { field: 'days', type: 'quantitative', title: 'Average days' },
      color: {
        field: 'who',
        type: 'nominal',
        title: null,
        scale: { domain: [name, 'England'], range: [COLOURS.council, '#505a5f'] },
      },
    },
  }
  const text = rows
    .map((r) => `${r.stage}: ${name} ${r.council ?? 'no value'}, England ${r.england ?? 'no value'}`)
    .join('; ')
  return renderChart(spec, `Where the time goes: ${name} and England`, `Average days in each stage. ${text}.`)
}

/** The difference from what the case mix leads one to expect, with its 95% interval. */
export function adjustedChart(name: string, difference: number, lower: number, upper: number): Promise<string> {
  const spec: TopLevelSpec = {
    width: 420,
    height: 60,
    data: { values: [{ who: name, difference, lower, upper }] },
    layer: [
      {
        mark: { type: 'rule', color: COLOURS.council, strokeWidth: 3 },
        encoding: {
          x: { field: 'lower', type: 'quantitative', title: 'Days faster (below 0) or slower than expected' },
          x2: { field: 'upper' },
          y: { field: 'who', type: 'nominal', title: null },
        },
      },
      {
        mark: { type: 'point', filled: true, size: 120, color: COLOURS.council },
        encoding: { x: { field: 'difference', type: 'quantitative' }, y: { field: 'who', type: 'nominal' } },
      },
      {
        data: { values: [{ zero: 0 }] },
        mark: { type: 'rule', color: COLOURS.england, strokeDash: [4, 2] },
        encoding: { x: { field: 'zero', type: 'quantitative' } },
      },
    ],
  }
  return renderChart(
    spec,
    `${name}: A1 against what its mix of children leads one to expect`,
    `Observed minus expected: ${difference} days, 95% interval ${lower} to ${upper}. Below 0 is faster than expected ` +
      `for these children.`,
  )
}
