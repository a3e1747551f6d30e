import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { allows } from '../../access/policy.js'
import { councilByCode } from '../../domain/englishCouncils.js'
import { EDITIONS } from '../../scorecard/methodology.js'
import { editionChanges } from '../../ssda903/editions/editionChanges.js'
import { ruleListing } from '../../ssda903/rules/ruleList.js'
import type { ScorecardService } from '../../services/scorecardService.js'
import type { AuditLog } from '../../store/auditLog.js'
import type { ContextRepository } from '../../store/contextRepository.js'
import { DISTRIBUTION_BAND_DAYS, distributionChart, trendChart } from '../charts/scorecardCharts.js'
import { render } from '../setUpViews.js'
import { councilIndicatorTable, englandLabel, INDICATOR_NAMES, nationalTable, trendTable } from '../scorecardTables.js'
import { downloadFormat, sendTable } from '../tableDownload.js'
import { govukTableParams, sortRows, type TableModel } from '../tableModel.js'

const STATUS_TEXT = {
  'meets-both': 'Meets both the A1 and the A2 threshold.',
  'meets-one': 'Meets one of the A1 and A2 thresholds.',
  'meets-neither': 'Meets neither the A1 nor the A2 threshold.',
  'not-assessed': 'Not assessed: no child adopted in the period could be counted.',
  suppressed: 'Figures resting on few children are not published, so that no child can be identified.',
}

/**
 * One answer for "no such page" and "not yours to see": unpublished periods and other councils' data do not reveal that
 * they exist.
 */
export function notFound(reply: FastifyReply, message = 'There is no such page.') {
  return render(reply.code(404), 'message.njk', { title: 'Page not found', message })
}

/** The national table, council scorecards and the methodology page. */
export function scorecardRoutes(
  app: FastifyInstance,
  scorecards: ScorecardService,
  audit: AuditLog,
  context: ContextRepository,
): void {
  // Charts take tens of milliseconds to draw: keep them until the data changes; each is keyed by what it shows.
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

  app.get('/', async (request, reply) => {
    const viewer = request.viewer
    const periods = await scorecards.periodsFor(viewer)
    const all = await scorecards.councilList()
    // A council user sees its own council's scorecards before they are published: list them here, marked.
    const own = viewer.council && (await scorecards.hasCouncil(viewer.council)) ? viewer.council : null
    const published = await scorecards.published()
    const ownPeriods = own
      ? (await scorecards.councilPeriodsFor(viewer, own)).map((p) => ({ period: p, published: published.has(p) }))
      : []
    return render(reply, 'home.njk', {
      title: 'Adoption scorecards',
      section: 'scorecards',
      periods,
      councils: periods.length > 0 ? all : all.filter((c) => c.code === viewer.council),
      ownCouncil: own ? councilByCode(own) : null,
      ownPeriods,
    })
  })

  app.get('/methodology', async (_request, reply) => {
    const table: TableModel = {
      caption: 'Thresholds by period',
      columns: [
        { key: 'period', label: 'Period' },
        { key: 'a1', label: 'A1 threshold (days)', numeric: true },
        { key: 'a2', label: 'A2 threshold (days)', numeric: true },
        { key: 'a3', label: 'A3 cut-off (months)', numeric: true },
        { key: 'confirmed', label: 'Confirmed from a published source' },
      ],
      rows: EDITIONS.map((e) => ({
        period: e.period,
        a1: e.a1Days,
        a2: e.a2Days,
        a3: e.a3Months,
        confirmed: e.confirmed,
      })),
    }
    const editions: TableModel = {
      caption: 'What changed in the return, edition by edition',
      columns: [
        { key: 'edition', label: 'Edition' },
        { key: 'what', label: 'Code or column' },
        { key: 'change', label: 'Change' },
        { key: 'label', label: 'Meaning' },
        { key: 'confidence', label: 'Confidence' },
      ],
      rows: editionChanges().map((c) => ({ ...c, confidence: c.confidence || 'H' })),
    }
    const rules: TableModel = {
      caption: 'Validation rules',
      columns: [
        { key: 'rule', label: 'Rule' },
        { key: 'origin', label: 'From' },
        { key: 'severity', label: 'Severity' },
        { key: 'editions', label: 'Editions' },
        { key: 'fields', label: 'Fields' },
        { key: 'wording', label: 'Wording' },
      ],
      rows: ruleListing().map((r) => ({ ...r })),
    }
    return render(reply, 'methodology.njk', {
      title: 'Methodology',
      section: 'methodology',
      table: govukTableParams(table),
      editions: govukTableParams(editions),
      rules: govukTableParams(rules),
    })
  })

  app.get<{
    Params: { period: string }
    Querystring: { sort?: string; dir?: string; region?: string; misses?: string; format?: string; version?: string }
  }>('/periods/:period', async (request, reply) => {
    const { period } = request.params
    const viewer = request.viewer
    if (!(await scorecards.periodsFor(viewer)).includes(period))
      return notFound(reply, `There are no scorecards for ${period}.`)
    const published = (await scorecards.published()).has(period)
    const latest = published ? await scorecards.publishedVersion(period) : null
    // An earlier published version, for anyone: what was published then, as it was.
    const asked = request.query.version === undefined ? undefined : Number(request.query.version)
    const version = asked === undefined ? null : await scorecards.publishedVersion(period, asked)
    if (asked !== undefined && !version) return notFound(reply, `There is no version ${asked} of ${period}.`)
    const national = version ? version.scorecard : await scorecards.nationalFor(viewer, period)
    const live = allows(viewer, 'view-unsuppressed') && !version
    const q = request.query
    const region = typeof q.region === 'string' && q.region !== '' ? q.region : ''
    const misses = q.misses === '1'
    const councils = national.councils.filter(
      (c) =>
        (region === '' || c.region === region) && (!misses || c.status === 'meets-one' || c.status === 'meets-neither'),
    )
    let table = nationalTable(national, councils)
    const sort = table.columns.some((c) => c.key === q.sort) ? q.sort! : 'council'
    const dir = q.dir === 'desc' ? 'desc' : 'asc'
    table = sortRows(table, sort, dir)
    const query = (extra: Record<string, string>) => {
      const params = new URLSearchParams({
        ...(region ? { region } : {}),
        ...(misses ? { misses: '1' } : {}),
        sort,
        dir,
        ...extra,
      })
      return `/periods/${period}?${params.toString()}`
    }
    const format = downloadFormat(q.format)
    if (format) return sendTable(reply, table, format, `adoption-scorecards-${period}`)
    const regions = [...new Set(national.councils.map((c) => c.region))].sort()
    return render(reply, 'national.njk', {
      title: `Adoption scorecards ${period}`,
      section: 'scorecards',
      period,
      published,
      canPublish: !published && allows(viewer, 'publish'),
      suppressedOutput: !live,
      shown: withDay(version ?? (live ? null : latest)),
      versions: (latest?.versions ?? []).map(withDay),
      canRevise: published && allows(viewer, 'publish') && (await scorecards.changedSincePublication(period)),
      thresholds: national.thresholds,
      a3Months: national.edition.a3Months,
      confirmed: national.edition.confirmed,
      counts: national.counts,
      england: national.england,
      englandLabel: englandLabel(national),
      misses,
      sort,
      dir,
      regionItems: [
        { value: '', text: 'All regions' },
        ...regions.map((r) => ({ value: r, text: r, selected: r === region })),
      ],
      table: govukTableParams(table, { key: sort, dir, href: (key, d) => query({ sort: key, dir: d }) }),
      downloadBase: query({}),
      breadcrumbs: [{ text: 'Scorecards', href: '/' }, { text: period }],
    })
  })

  app.post<{ Params: { period: string } }>('/periods/:period/publish', async (request, reply) => {
    const { period } = request.params
    const viewer = request.viewer
    if (!allows(viewer, 'publish')) return notFound(reply)
    if (!(await scorecards.periods()).includes(period)) return notFound(reply)
    if (await scorecards.publish(period, viewer.email ?? '', new Date().toISOString())) {
      await audit.record(viewer.email ?? '', 'publication', null, `published ${period}`)
    }
    return reply.redirect(`/periods/${period}?done=published`, 303)
  })

  app.post<{ Params: { period: string }; Body: { note?: string } }>(
    '/periods/:period/revise',
    async (request, reply) => {
      const { period } = request.params
      const viewer = request.viewer
      if (!allows(viewer, 'publish') || !(await scorecards.published()).has(period)) return notFound(reply)
      const note = String(request.body?.note ?? '')
        .trim()
        .slice(0, 500)
      if (note === '') return reply.redirect(`/periods/${period}?revise=missing-note`, 303)
      const version = await scorecards.revise(period, viewer.email ?? '', new Date().toISOString(), note)
      if (version !== null) {
        await audit.record(
          viewer.email ?? '',
          'publication',
          null,
          `published version ${version} of ${period}: ${note}`,
        )
      }
      return reply.redirect(`/periods/${period}?done=revised`, 303)
    },
  )

  app.get<{ Params: { code: string } }>('/councils/:code', async (request, reply) => {
    const { code } = request.params
    if (!(await scorecards.hasCouncil(code))) return notFound(reply, 'There is no data for that council.')
    const [latest] = await scorecards.councilPeriodsFor(request.viewer, code)
    const done = (request.query as { done?: string } | undefined)?.done === 'loaded' ? '?done=loaded' : ''
    return latest
      ? reply.redirect(`/councils/${code}/periods/${latest}${done}`)
      : notFound(reply, 'There is no data for that council.')
  })

  const councilPage = async (request: FastifyRequest, code: string, period: string) => {
    const viewer = request.viewer
    if (!(await scorecards.hasCouncil(code)) || !(await scorecards.councilPeriodsFor(viewer, code)).includes(period))
      return null
    const national = await scorecards.nationalFor(viewer, period, code)
    const council = national.councils.find((c) => c.code === code)!
    const periods = (await scorecards.councilPeriodsFor(viewer, code)).reverse()
    const trend = await Promise.all(periods.map((p) => scorecards.nationalFor(viewer, p, code)))
    const unsuppressed = allows(viewer, 'view-unsuppressed', { council: code })
    const children = unsuppressed ? await scorecards.childrenBehind(code, period) : []
    const distribution: TableModel = {
      caption: `A1 days per child, ${period}`,
      columns: [
        { key: 'band', label: 'Days from entering care to placement' },
        { key: 'children', label: 'Children', numeric: true },
      ],
      rows: bands(
        children.map((c) => c.a1Days).filter((d): d is number => d !== null),
        DISTRIBUTION_BAND_DAYS,
      ),
    }
    return { national, council, trend, children, distribution, unsuppressed, scope: unsuppressed ? 'full' : 'public' }
  }

  app.get<{ Params: { code: string; period: string } }>('/councils/:code/periods/:period', async (request, reply) => {
    const { code, period } = request.params
    const page = await councilPage(request, code, period)
    if (!page) return notFound(reply, `There is no scorecard for council ${code} in ${period}.`)
    const { national, council, trend, children, distribution, unsuppressed, scope } = page
    const name = council.name
    const point = (key: 'A1' | 'A2') =>
      trend.map((n) => ({
        period: n.period,
        council: n.councils.find((c) => c.code === code)?.indicators[key].value ?? null,
        england: n.england[key].value,
        threshold: n.thresholds[key],
      }))
    const a1Days = children.map((c) => c.a1Days).filter((d): d is number => d !== null)
    const periodsKey = trend.map((n) => n.period).join(',')
    return render(reply, 'council.njk', {
      title: `${name}: adoption scorecard ${period}`,
      section: 'scorecards',
      council,
      period,
      periods: trend.map((n) => n.period),
      statusText: STATUS_TEXT[council.status],
      indicatorTable: govukTableParams(councilIndicatorTable(national, council)),
      trendTable: govukTableParams(trendTable(code, name, trend)),
      trendCharts: [
        {
          heading: INDICATOR_NAMES.A1,
          svg: await chart(`${scope}/${periodsKey}/${code}/A1`, () =>
            trendChart(INDICATOR_NAMES.A1, name, point('A1')),
          ),
        },
        {
          heading: INDICATOR_NAMES.A2,
          svg: await chart(`${scope}/${periodsKey}/${code}/A2`, () =>
            trendChart(INDICATOR_NAMES.A2, name, point('A2')),
          ),
        },
      ],
      a3Months: national.edition.a3Months,
      showDistribution: unsuppressed,
      distributionChart:
        a1Days.length > 0
          ? await chart(`${code}/${period}/distribution`, () =>
              distributionChart(INDICATOR_NAMES.A1, a1Days, national.thresholds.A1),
            )
          : null,
      distributionTable: govukTableParams(distribution),
      canSeeChildren: allows(request.viewer, 'view-children', { council: code }),
      canSeeContext: unsuppressed,
      canSeeReviews: allows(request.viewer, 'view-reviews', { council: code }),
      canWriteCommentary: allows(request.viewer, 'write-commentary', { council: code }),
      commentary: await context.commentary(code, period).then((c) => c && { ...c, paragraphs: c.text.split(/\n{2,}/) }),
      childrenCount: children.length,
      breadcrumbs: [{ text: 'Scorecards', href: '/' }, { text: period, href: `/periods/${period}` }, { text: name }],
    })
  })

  app.get<{ Params: { code: string; period: string; table: string }; Querystring: { format?: string } }>(
    '/councils/:code/periods/:period/:table(^indicators|trend|distribution$)',
    async (request, reply) => {
      const { code, period, table } = request.params
      const format = downloadFormat(request.query.format)
      const page = await councilPage(request, code, period)
      if (!page || !format || (table === 'distribution' && !page.unsuppressed)) return notFound(reply)
      const model =
        table === 'indicators'
          ? councilIndicatorTable(page.national, page.council)
          : table === 'trend'
            ? trendTable(code, page.council.name, page.trend)
            : page.distribution
      return sendTable(reply, model, format, `${councilByCode(code).name}-${period}-${table}`)
    },
  )
}

/** A published version with the day it was published, for display. */
function withDay<T extends { publishedAt: string }>(v: T | null): (T & { publishedOn: string }) | null {
  return v && { ...v, publishedOn: v.publishedAt.slice(0, 10) }
}

/** Counts in fixed-width bands of days, every band from 0 to the largest shown. */
export function bands(days: readonly number[], width: number): { band: string; children: number }[] {
  if (days.length === 0) return []
  const top = Math.max(...days)
  const out: { band: string; children: number }[] = []
  for (let from = 0; from <= top; from += width) {
    out.push({
      band: `${from} to ${from + width - 1}`,
      children: days.filter((d) => d >= from && d < from + width).length,
    })
  }
  return out
}
