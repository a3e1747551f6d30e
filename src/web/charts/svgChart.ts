import * as vega from 'vega'
import * as vl from 'vega-lite'
import type { TopLevelSpec } from 'vega-lite'
import { escapeHtml } from '../tableModel.js'

/** GOV.UK Design System colours, so charts match the pages and keep contrast. */
export const COLOURS = {
  council: '#1d70b8',
  england: '#0b0c0c',
  threshold: '#d4351c',
  bars: '#1d70b8',
  grid: '#b1b4b6',
}

const CONFIG = {
  font: 'Arial, sans-serif',
  axis: {
    labelColor: '#0b0c0c',
    titleColor: '#0b0c0c',
    labelFontSize: 13,
    titleFontSize: 14,
    gridColor: '#dddddd',
    domainColor: '#505a5f',
    tickColor: '#505a5f',
  },
  legend: {
    labelColor: '#0b0c0c',
    titleColor: '#0b0c0c',
    labelFontSize: 13,
    titleFontSize: 14,
    orient: 'bottom' as const,
  },
  view: { stroke: null },
}

/**
 * Draws a Vega-Lite chart on the server as SVG, labelled for assistive
 * technology: role="img" with a title and a description. The page puts the
 * data table beside it; the chart adds nothing the table does not say.
 */
export async function renderChart(spec: TopLevelSpec, title: string, description: string): Promise<string> {
  const compiled = vl.compile({ ...spec, config: { ...CONFIG, ...(spec.config ?? {}) } }).spec
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' })
  const svg = await view.toSVG()
  view.finalize()
  const id = `chart-${Math.abs(hash(title + description)).toString(36)}`
  return svg
    .replace(/^<svg /, `<svg role="img" aria-labelledby="${id}-title ${id}-desc" focusable="false" class="app-chart" `)
    .replace(
      /^(<svg[^>]*>)/,
      `$1<title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(description)}</desc>`,
    )
}

function hash(s: string): number {
  let h = 0
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0
  return h
}
