import type { FastifyInstance, FastifyRequest } from 'fastify'
import { allows } from '../../access/policy.js'
import type { ScorecardService } from '../../services/scorecardService.js'
import type { ContextRepository } from '../../store/contextRepository.js'
import { adjustedChart, stagesChart } from '../charts/contextCharts.js'
import {
  adjustedTable,
  comparisonTable,
  harderToPlaceTable,
  permanenceTable,
  proceedingsTable,
  stagesTable,
} from '../contextTables.js'
import { render } from '../setUpViews.js'
import { answerDownload, declareDownloads } from '../tableDownload.js'
import { govukTableParams, type TableModel } from '../tableModel.js'
import { compareWithin } from '../../context/nationalContext.js'
import { notFound } from './scorecardRoutes.js'

const MAX_COMMENTARY = 5000

/** The story behind the number, and the council's own commentary. */
export function contextRoutes(app: FastifyInstance, scorecards: ScorecardService, context: ContextRepository): void {
  declareDownloads('/councils/:code/periods/:period/context', [
    'stages',
    'proceedings',
    'harder',
    'adjusted',
    'permanence',
    'comparison',
  ])
  const page = async (request: FastifyRequest, code: string, period: string) => {
    // The context rests on small numbers: for those who may see the council's figures unsuppressed.
    if (!allows(request.viewer, 'view-unsuppressed', { council: code })) return null
    if (
      !(await scorecards.hasCouncil(code)) ||
      !(await scorecards.councilPeriodsFor(request.viewer, code)).includes(period)
    )
      return null
    const national = await scorecards.nationalFor(request.viewer, period, code)
    const ctx = await scorecards.contextFor(period)
    // England as this viewer may see it: live for analysts and advisers, as published for a council user.
    const england = await scorecards.englandContextFor(request.viewer, period)
    const council = national.councils.find((c) => c.code === code)!
    const mine = ctx.councils.get(code)!
    // Other councils' figures only as this viewer may see them: all of them for analysts and advisers; for a council
    // user, none in an unpublished period and the published (suppressed) ones otherwise.
    const published = (await scorecards.published()).has(period)
    const others = allows(request.viewer, 'view-unsuppressed')
      ? national
      : published
        ? await scorecards.publicNational(period)
        : null
    // (For a council user `national` holds its own figures and the published ones of the others.)
    const comparison = others
      ? { region: compareWithin(others, mine.regionGroup), neighbours: compareWithin(others, mine.neighbourGroup) }
      : null
    const tables = new Map<string, TableModel>([
      ['stages', stagesTable(council.name, mine, england)],
      ['proceedings', proceedingsTable(council.name, mine, england)],
      ['harder', harderToPlaceTable(council.name, mine, england)],
      ['adjusted', adjustedTable(council.name, mine, national)],
      ['permanence', permanenceTable(council.name, mine, england)],
      ['comparison', comparisonTable(council, comparison, national, ctx.neighbourSource)],
    ])
    return { national, ctx, council, mine, tables }
  }

  app.get<{ Params: { code: string; period: string }; Querystring: { table?: string; format?: string } }>(
    '/councils/:code/periods/:period/context',
    async (request, reply) => {
      const { code, period } = request.params
      const p = await page(request, code, period)
      if (!p) return notFound(reply)
      const download = await answerDownload(
        request,
        reply,
        new Map([...p.tables].map(([name, model]) => [name, { model }])),
        { fileName: (t) => `${p.council.name}-${period}-${t}` },
      )
      if (download) return download
      const a = p.mine.adjusted
      const base = `/councils/${code}/periods/${period}/context?table=`
      return render(reply, 'context.njk', {
        title: `${p.council.name}: the story behind the numbers, ${period}`,
        section: 'scorecards',
        council: p.council,
        period,
        model: p.ctx.model,
        neighbourSource: p.ctx.neighbourSource,
        stagesChart: await stagesChart(
          p.council.name,
          p.tables.get('stages')!.rows.map((r) => ({
            stage: String(r.stage),
            council: r.council as number | null,
            england: r.england as number | null,
          })),
        ),
        adjustedChart:
          a.difference !== null ? await adjustedChart(p.council.name, a.difference, a.lower!, a.upper!) : null,
        tables: Object.fromEntries([...p.tables].map(([k, t]) => [k, govukTableParams(t)])),
        base,
        breadcrumbs: [
          { text: 'Scorecards', href: '/' },
          { text: p.council.name, href: `/councils/${code}/periods/${period}` },
          { text: 'The story behind the numbers' },
        ],
      })
    },
  )

  const mayWrite = (request: FastifyRequest, code: string) =>
    allows(request.viewer, 'write-commentary', { council: code })

  app.get<{ Params: { code: string; period: string } }>(
    '/councils/:code/periods/:period/commentary',
    async (request, reply) => {
      const { code, period } = request.params
      if (
        !mayWrite(request, code) ||
        !(await scorecards.hasCouncil(code)) ||
        !(await scorecards.periods()).includes(period)
      )
        return notFound(reply)
      const existing = await context.commentary(code, period)
      const council = (await scorecards.national(period)).councils.find((c) => c.code === code)!
      return render(reply, 'commentary.njk', {
        title: `Commentary: ${council.name} ${period}`,
        section: 'scorecards',
        council,
        period,
        text: existing?.text ?? '',
        errors: [],
      })
    },
  )

  app.post<{ Params: { code: string; period: string }; Body: { text?: string } }>(
    '/councils/:code/periods/:period/commentary',
    async (request, reply) => {
      const { code, period } = request.params
      if (
        !mayWrite(request, code) ||
        !(await scorecards.hasCouncil(code)) ||
        !(await scorecards.periods()).includes(period)
      )
        return notFound(reply)
      const text = String(request.body?.text ?? '')
        .replace(/\r\n/g, '\n')
        .trim()
      if (text.length > MAX_COMMENTARY) {
        const council = (await scorecards.national(period)).councils.find((c) => c.code === code)!
        const message = `Commentary must be ${MAX_COMMENTARY} characters or fewer`
        return render(reply.code(400), 'commentary.njk', {
          title: `Commentary: ${council.name} ${period}`,
          section: 'scorecards',
          council,
          period,
          text,
          errors: [{ text: message, href: '#text' }],
          fieldError: { text: message },
        })
      }
      await context.saveCommentary({
        council: code,
        period,
        text,
        updatedBy: request.viewer.email ?? '',
        updatedAt: new Date().toISOString(),
      })
      await scorecards.sync() // cached pages show the commentary
      return reply.redirect(`/councils/${code}/periods/${period}`, 303)
    },
  )
}
