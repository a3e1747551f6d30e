import type { FastifyInstance, FastifyReply } from 'fastify'
import { councilByCode } from '../../domain/englishCouncils.js'
import { EDITIONS } from '../../scorecard/methodology.js'
import type { ScorecardService } from '../../services/scorecardService.js'
import { allows, LOCAL_USER } from '../access.js'
import { DISTRIBUTION_BAND_DAYS, distributionChart, trendChart } from '../charts/scorecardCharts.js'
import { render } from '../setUpViews.js'
import { councilIndicatorTable, INDICATOR_NAMES, nationalTable, trendTable } from '../scorecardTables.js'
import { downloadFormat, sendTable } from '../tableDownload.js'
import { govukTableParams, sortRows, type TableModel } from '../tableModel.js'

const STATUS_TEXT = {
  'meets-both': 'Meets both the A1 and the A2 threshold.',
  'meets-one': 'Meets one of the A1 and A2 thresholds.',
  'meets-neither': 'Meets neither the A1 nor the A2 threshold.',
  'not-assessed': 'Not assessed: no child adopted in the period could be counted.',
}

export function notFound(reply: FastifyReply, message = 'There is no such page.') {
  return render(reply.code(404), 'message.njk', { title: 'Page not found', message })
}

/** The national table, council scorecards and the methodology page. */
export function scorecardRoutes(app: FastifyInstance, scorecards: ScorecardService): void {
  // Charts take tens of milliseconds to draw: keep them until the data changes.
  const charts = new Map<string, Promise<string>>()
  let chartsVersion = -1
  const chart = (key: string, draw: () => Promise<string>) => {
    if (chartsVersion !== scorecards.version) {
      charts.clear()
      chartsVersion = scorecards.version
    }
    let svg = charts.get(key)
    if (!svg) {
      svg = draw()
      charts.set(key, svg)
    }
    return svg
  }
  const knownPeriod = async (period: string) => (await scorecards.periods()).includes(period)

  app.get('/', async (_request, reply) => {
    return render(reply, 'home.njk', { title: 'Adoption scorecards', section: 'scorecards', periods: await scorecards.periods(), councils: await scorecards.councilList() })
  })

  app.get('/methodology', async (_request, reply) => {
    const table: TableModel = {
      caption: 'Thresholds by period',
      columns: [
        { key: 'period', label: 'Period' }, { key: 'a1', label: 'A1 threshold (days)', numeric: true },
        { key: 'a2', label: 'A2 threshold (days)', numeric: true }, { key: 'a3', label: 'A3 cut-off (months)', numeric: true },
        { key: 'confirmed', label: 'Confirmed from a published source' },
      ],
      rows: EDITIONS.map((e) => ({ period: e.period, a1: e.a1Days, a2: e.a2Days, a3: e.a3Months, confirmed: e.confirmed })),
    }
    return render(reply, 'methodology.njk', { title: 'Methodology', section: 'methodology', table: govukTableParams(table) })
  })

  app.get<{ Params: { period: string }; Querystring: { sort?: string; dir?: string; region?: string; misses?: string; format?: string } }>(
    '/periods/:period',
    async (request, reply) => {
      const { period } = request.params
      if (!(await knownPeriod(period))) return notFound(reply, `There are no scorecards for ${period}.`)
      const national = await scorecards.national(period)
      const q = request.query
      const region = typeof q.region === 'string' && q.region !== '' ? q.region : ''
      const misses = q.misses === '1'
      const councils = national.councils.filter((c) =>
        (region === '' || c.region === region) && (!misses || c.status === 'meets-one' || c.status === 'meets-neither'))
      let table = nationalTable(national, councils)
      const sort = table.columns.some((c) => c.key === q.sort) ? q.sort! : 'council'
      const dir = q.dir === 'desc' ? 'desc' : 'asc'
      table = sortRows(table, sort, dir)
      const query = (extra: Record<string, string>) => {
        const params = new URLSearchParams({ ...(region ? { region } : {}), ...(misses ? { misses: '1' } : {}), sort, dir, ...extra })
        return `/periods/${period}?${params.toString()}`
      }
      const format = downloadFormat(q.format)
      if (format) return sendTable(reply, table, format, `adoption-scorecards-${period}`)
      const regions = [...new Set(national.councils.map((c) => c.region))].sort()
      return render(reply, 'national.njk', {
        title: `Adoption scorecards ${period}`, section: 'scorecards', period,
        thresholds: national.thresholds, a3Months: national.edition.a3Months, confirmed: national.edition.confirmed,
        counts: national.counts, england: national.england, misses, sort, dir,
        regionItems: [{ value: '', text: 'All regions' }, ...regions.map((r) => ({ value: r, text: r, selected: r === region }))],
        table: govukTableParams(table, { key: sort, dir, href: (key, d) => query({ sort: key, dir: d }) }),
        downloadBase: query({}),
        breadcrumbs: [{ text: 'Scorecards', href: '/' }, { text: period }],
      })
    },
  )

  app.get<{ Params: { code: string } }>('/councils/:code', async (request, reply) => {
    if (!(await scorecards.hasCouncil(request.params.code))) return notFound(reply, 'There is no data for that council.')
    const [latest] = await scorecards.periods()
    return latest ? reply.redirect(`/councils/${request.params.code}/periods/${latest}`) : notFound(reply)
  })

  const councilPage = async (code: string, period: string) => {
    if (!(await scorecards.hasCouncil(code)) || !(await knownPeriod(period))) return null
    const national = await scorecards.national(period)
    const council = national.councils.find((c) => c.code === code)!
    const trend = await scorecards.trend(code)
    const children = await scorecards.childrenBehind(code, period)
    const distribution: TableModel = {
      caption: `A1 days per child, ${period}`,
      columns: [{ key: 'band', label: 'Days from entering care to placement' }, { key: 'children', label: 'Children', numeric: true }],
      rows: bands(children.map((c) => c.a1Days).filter((d): d is number => d !== null), DISTRIBUTION_BAND_DAYS),
    }
    return { national, council, trend, children, distribution }
  }

  app.get<{ Params: { code: string; period: string } }>('/councils/:code/periods/:period', async (request, reply) => {
    const { code, period } = request.params
    const page = await councilPage(code, period)
    if (!page) return notFound(reply, `There is no scorecard for council ${code} in ${period}.`)
    const { national, council, trend, children, distribution } = page
    const name = council.name
    const point = (key: 'A1' | 'A2') => trend.map((n) => ({
      period: n.period, council: n.councils.find((c) => c.code === code)?.indicators[key].value ?? null,
      england: n.england[key].value, threshold: n.thresholds[key],
    }))
    const a1Days = children.map((c) => c.a1Days).filter((d): d is number => d !== null)
    return render(reply, 'council.njk', {
      title: `${name}: adoption scorecard ${period}`, section: 'scorecards', council, period,
      periods: trend.map((n) => n.period),
      statusText: STATUS_TEXT[council.status],
      indicatorTable: govukTableParams(councilIndicatorTable(national, council)),
      trendTable: govukTableParams(trendTable(code, name, trend)),
      trendCharts: [
        { heading: INDICATOR_NAMES.A1, svg: await chart(`${code}/A1`, () => trendChart(INDICATOR_NAMES.A1, name, point('A1'))) },
        { heading: INDICATOR_NAMES.A2, svg: await chart(`${code}/A2`, () => trendChart(INDICATOR_NAMES.A2, name, point('A2'))) },
      ],
      a3Months: national.edition.a3Months,
      distributionChart: a1Days.length > 0
        ? await chart(`${code}/${period}/distribution`, () => distributionChart(INDICATOR_NAMES.A1, a1Days, national.thresholds.A1))
        : null,
      distributionTable: govukTableParams(distribution),
      canSeeChildren: allows(LOCAL_USER, 'view-children', code),
      childrenCount: children.length,
      breadcrumbs: [{ text: 'Scorecards', href: '/' }, { text: period, href: `/periods/${period}` }, { text: name }],
    })
  })

  app.get<{ Params: { code: string; period: string; table: string }; Querystring: { format?: string } }>(
    '/councils/:code/periods/:period/:table(^indicators|trend|distribution$)',
    async (request, reply) => {
      const { code, period, table } = request.params
      const format = downloadFormat(request.query.format)
      const page = await councilPage(code, period)
      if (!page || !format) return notFound(reply)
      const model = table === 'indicators' ? councilIndicatorTable(page.national, page.council)
        : table === 'trend' ? trendTable(code, page.council.name, page.trend)
          : page.distribution
      return sendTable(reply, model, format, `${councilByCode(code).name}-${period}-${table}`)
    },
  )
}

/** Counts in fixed-width bands of days, every band from 0 to the largest shown. */
export function bands(days: readonly number[], width: number): { band: string; children: number }[] {
  if (days.length === 0) return []
  const top = Math.max(...days)
  const out: { band: string; children: number }[] = []
  for (let from = 0; from <= top; from += width) {
    out.push({ band: `${from} to ${from + width - 1}`, children: days.filter((d) => d >= from && d < from + width).length })
  }
  return out
}

