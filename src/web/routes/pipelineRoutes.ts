import type { FastifyInstance } from 'fastify'
import { allows } from '../../access/policy.js'
import { councilByCode } from '../../domain/englishCouncils.js'
import type { PipelineService } from '../../services/pipelineService.js'
import type { ScorecardService } from '../../services/scorecardService.js'
import type { AuditLog } from '../../store/auditLog.js'
import { render } from '../setUpViews.js'
import { answerDownload, declareDownloads, downloadFormat, type PageTable } from '../tableDownload.js'
import { govukTableParams, type TableModel } from '../tableModel.js'
import { forbidden } from './childRoutes.js'
import { STATUS_LIST_KEYS } from '../../pipeline/statusLists.js'
import { notFound } from './scorecardRoutes.js'
import { childrenWaitingTable } from '../pipelineTables.js'

/** Children waiting now (child-level), the forecast and the council's settings. */
export function pipelineRoutes(
  app: FastifyInstance,
  pipeline: PipelineService,
  scorecards: ScorecardService,
  audit: AuditLog,
): void {
  declareDownloads('/councils/:code/pipeline', ['children', ...STATUS_LIST_KEYS])
  declareDownloads('/councils/:code/forecast', ['forecast', 'cost'])
  app.get<{ Params: { code: string }; Querystring: { table?: string; format?: string } }>(
    '/councils/:code/pipeline',
    async (request, reply) => {
      const { code } = request.params
      if (!allows(request.viewer, 'view-children', { council: code })) return forbidden(reply)
      if (!(await scorecards.hasCouncil(code))) return notFound(reply)
      const data = (await pipeline.children(code))!
      const council = councilByCode(code)
      const children = childrenWaitingTable(data, (child) => `/councils/${code}/children/${encodeURIComponent(child)}`)
      const lists = new Map<string, TableModel>(
        data.lists.map((l) => [
          l.key,
          {
            caption: `${l.name}: ${l.children.length}`,
            columns: [
              { key: 'child', label: 'Child' },
              { key: 'date', label: 'Date' },
            ],
            rows: l.children.map((c) => ({ child: c.child, date: c.date })),
            links: l.children.map((c) => ({ child: `/councils/${code}/children/${encodeURIComponent(c.child)}` })),
          },
        ]),
      )
      const format = downloadFormat(request.query.format)
      await audit.record(
        request.viewer.email ?? '',
        'child-level-view',
        code,
        `children on the journey${format ? ` (${format} download)` : ''}`,
      )
      const tables = new Map<string, PageTable>([['children', { model: children }]])
      for (const [key, model] of lists) tables.set(key, { model })
      const download = await answerDownload(request, reply, tables, { fileName: (t) => `${council.name}-${t}` })
      if (download) return download
      return render(reply, 'pipeline.njk', {
        title: `${council.name}: children on the journey`,
        section: 'scorecards',
        council,
        asAt: data.asAt,
        flagged: data.children.filter((c) => c.flags.length > 0).length,
        children: govukTableParams(children),
        lists: [...lists].map(([key, t]) => ({ key, table: govukTableParams(t) })),
        settings: await pipeline.settings(code),
        canEdit: allows(request.viewer, 'edit-plan', { council: code }),
      })
    },
  )

  app.get<{ Params: { code: string }; Querystring: { table?: string; format?: string } }>(
    '/councils/:code/forecast',
    async (request, reply) => {
      const { code } = request.params
      if (!allows(request.viewer, 'view-unsuppressed', { council: code }) || !(await scorecards.hasCouncil(code)))
        return notFound(reply)
      const f = (await pipeline.forecast(code))!
      const council = councilByCode(code)
      const range = (r: { low: number | null; central: number | null; high: number | null }) =>
        r.central === null ? null : `${r.central} (${r.low} to ${r.high})`
      const forecast: TableModel = {
        caption: `Where ${council.name} is heading, from the data to ${f.asAt}`,
        columns: [
          { key: 'period', label: 'Period' },
          { key: 'adopted', label: 'Adopted so far', numeric: true },
          { key: 'projected', label: 'Projected to be adopted', numeric: true },
          { key: 'a1', label: 'A1 days (range)' },
          { key: 'a1Threshold', label: 'A1 threshold', numeric: true },
          { key: 'a1Met', label: 'A1 met', status: true },
          { key: 'a2', label: 'A2 days (range)' },
          { key: 'a2Threshold', label: 'A2 threshold', numeric: true },
          { key: 'a2Met', label: 'A2 met', status: true },
          { key: 'allowed', label: 'Largest average A1 allowed for children not yet placed', numeric: true },
        ],
        rows: f.periods.map((p) => ({
          period: p.period,
          adopted: p.adopted,
          projected: p.projected,
          a1: range(p.a1),
          a1Threshold: p.threshold.a1,
          a1Met: p.meetsA1 === null ? null : p.meetsA1 ? 'Meets' : 'Misses',
          a2: range(p.a2),
          a2Threshold: p.threshold.a2,
          a2Met: p.meetsA2 === null ? null : p.meetsA2 ? 'Meets' : 'Misses',
          allowed: p.largestAverageWaitAllowed,
        })),
      }
      const cost: TableModel = {
        caption:
          `Cost of delay, ${f.cost.period}: £${f.cost.totalCost.toLocaleString('en-GB')} for ` +
          `${f.cost.totalDays} days beyond the A1 threshold of ${f.cost.threshold} days, at £${f.cost.weeklyCost} a ` +
          `week`,
        columns: [
          { key: 'child', label: 'Child' },
          { key: 'days', label: 'Days beyond the threshold', numeric: true },
          { key: 'cost', label: 'Cost (£)', numeric: true },
        ],
        rows: f.cost.children
          .filter((c) => c.daysBeyond > 0)
          .map((c) => ({ child: c.child, days: c.daysBeyond, cost: c.cost })),
      }
      // The cost of delay lists children: it needs what the children's pages need, on the page and in downloads.
      const tables = new Map<string, PageTable>([
        ['forecast', { model: forecast }],
        ['cost', { model: cost, requires: { action: 'view-children', target: { council: code } } }],
      ])
      const download = await answerDownload(request, reply, tables, {
        defaultTable: 'forecast',
        fileName: (t) => `${council.name}-${t === 'cost' ? 'cost-of-delay' : 'forecast'}`,
      })
      if (download) return download
      return render(reply, 'forecast.njk', {
        title: `${council.name}: forecast`,
        section: 'scorecards',
        council,
        asAt: f.asAt,
        forecast: govukTableParams(forecast),
        cost: allows(request.viewer, 'view-children', { council: code }) ? govukTableParams(cost) : null,
        totalCost: f.cost.totalCost,
      })
    },
  )

  app.post<{ Params: { code: string }; Body: Record<string, string> }>(
    '/councils/:code/settings',
    async (request, reply) => {
      const { code } = request.params
      if (!allows(request.viewer, 'edit-plan', { council: code })) return notFound(reply)
      const current = await pipeline.settings(code)
      const num = (key: keyof typeof current) => {
        const v = Math.round(Number(request.body?.[key]))
        return Number.isFinite(v) && v > 0 && v < 100000 ? v : current[key]
      }
      await pipeline.saveSettings(code, {
        placedWithoutOrderDays: num('placedWithoutOrderDays'),
        decisionWithoutOrderDays: num('decisionWithoutOrderDays'),
        weeklyCostOfCare: num('weeklyCostOfCare'),
      })
      return reply.redirect(`/councils/${code}/pipeline`, 303)
    },
  )
}
