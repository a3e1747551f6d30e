import { childReference } from '../../access/childReference.js'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { councilByCode } from '../../domain/englishCouncils.js'
import type { ScorecardService } from '../../services/scorecardService.js'
import { allows } from '../../access/policy.js'
import type { AuditLog } from '../../store/auditLog.js'
import { adoptedChild, type AdoptedChild } from '../../scorecard/adoptedChildren.js'
import { childrenTable, journeyStages, journeyTable } from '../scorecardTables.js'
import type { AuditedView } from '../setUpPageCache.js'
import { render } from '../setUpViews.js'
import { downloadFormat, sendTable } from '../tableDownload.js'
import { govukTableParams, sortRows } from '../tableModel.js'
import { notFound } from './scorecardRoutes.js'

/**
 * Child-level data: a visitor who may not see it is told so if signed in (403), and the public gets "not found" (404).
 */
export function forbidden(reply: FastifyReply) {
  if (reply.request.viewer.role === 'public') return notFound(reply)
  return render(reply.code(403), 'message.njk', {
    title: 'You cannot see this page',
    message: 'Child-level data is shown only to users of that council.',
  })
}

/** Child-level pages: the children behind each average, and one child's journey. Council users only. */
export function childRoutes(app: FastifyInstance, scorecards: ScorecardService, audit: AuditLog): void {
  const audited = (request: { viewer: { email: string | null } }, council: string, what: string) =>
    audit.record(request.viewer.email ?? '', 'child-level-view', council, what)
  type ChildrenRequest = {
    Params: { code: string; period: string }
    Querystring: { sort?: string; dir?: string; format?: string }
  }
  const auditChildren = (request: FastifyRequest<ChildrenRequest>) => {
    const { code, period } = request.params
    const format = downloadFormat(request.query.format)
    return audited(request, code, `children adopted in ${period}${format ? ` (${format} download)` : ''}`)
  }
  const auditView: AuditedView['auditView'] = (request) => auditChildren(request as FastifyRequest<ChildrenRequest>)
  app.get<ChildrenRequest>(
    '/councils/:code/periods/:period/children',
    { config: { auditView } },
    async (request, reply) => {
      const { code, period } = request.params
      if (!allows(request.viewer, 'view-children', { council: code })) return forbidden(reply)
      if (!(await scorecards.hasCouncil(code)) || !(await scorecards.periods()).includes(period)) return notFound(reply)
      const council = councilByCode(code)
      let table = childrenTable(code, period, await scorecards.childrenBehind(code, period))
      const sort = table.columns.some((c) => c.key === request.query.sort) ? request.query.sort! : 'a1'
      const dir = request.query.dir === 'asc' ? 'asc' : 'desc'
      table = sortRows(table, sort, dir)
      const base = `/councils/${code}/periods/${period}/children`
      const format = downloadFormat(request.query.format)
      await auditChildren(request)
      if (format) return sendTable(reply, table, format, `${council.name}-${period}-children`)
      return render(reply, 'children.njk', {
        title: `${council.name}: children adopted in ${period}`,
        section: 'scorecards',
        council,
        period,
        table: govukTableParams(table, { key: sort, dir, href: (key, d) => `${base}?sort=${key}&dir=${d}` }),
        downloadBase: `${base}?sort=${sort}&dir=${dir}`,
        breadcrumbs: [
          { text: 'Scorecards', href: '/' },
          { text: council.name, href: `/councils/${code}/periods/${period}` },
          { text: 'Children' },
        ],
      })
    },
  )

  const journeyPage = async (code: string, child: string) => {
    if (!(await scorecards.hasCouncil(code))) return null
    const journeys = await scorecards.journeysOf(code, child)
    return journeys.length === 0 ? null : journeys
  }

  app.get<{ Params: { code: string; child: string } }>('/councils/:code/children/:child', async (request, reply) => {
    const { code, child } = request.params
    if (!allows(request.viewer, 'view-children', { council: code })) return forbidden(reply)
    const journeys = await journeyPage(code, child)
    if (!journeys) return notFound(reply, 'There is no such child in this council’s returns.')
    await audited(request, code, `journey of ${childReference(code, child)}`)
    const council = councilByCode(code)
    return render(reply, 'journey.njk', {
      title: `Child ${child}`,
      section: 'scorecards',
      council,
      child,
      childEncoded: encodeURIComponent(child),
      journeys: journeys.map((j) => ({
        stages: journeyStages(j),
        table: journeyTable(j),
        params: govukTableParams(journeyTable(j)),
        counts: j.outcome === 'adopted' ? countsOf(adoptedChild(j, 0)) : null,
      })),
      breadcrumbs: [
        { text: 'Scorecards', href: '/' },
        { text: council.name, href: `/councils/${code}` },
        { text: `Child ${child}` },
      ],
    })
  })

  app.get<{ Params: { code: string; child: string }; Querystring: { index?: string; format?: string } }>(
    '/councils/:code/children/:child/journey',
    async (request, reply) => {
      const { code, child } = request.params
      if (!allows(request.viewer, 'view-children', { council: code })) return forbidden(reply)
      const journeys = await journeyPage(code, child)
      const j = journeys?.[Number(request.query.index ?? 0)]
      const format = downloadFormat(request.query.format)
      if (!j || !format) return notFound(reply)
      await audited(request, code, `journey of ${childReference(code, child)} (${format} download)`)
      return sendTable(reply, journeyTable(j), format, `child-${child}-journey`)
    },
  )
}

/** What an adopted child's journey counts for in A1, A10 and A2, as summary-list rows. */
function countsOf(c: AdoptedChild) {
  const days = (d: number | null) => (d === null ? 'Not counted' : `${d} days`)
  return [
    { key: { text: 'A1: entering care to placed for adoption' }, value: { text: days(c.a1Days) } },
    {
      key: { text: 'A10: entering care to moving in with the family who adopted' },
      value: { text: days(c.a1AdjustedDays) },
    },
    { key: { text: 'A2: placement order to match' }, value: { text: days(c.a2Days) } },
  ]
}
