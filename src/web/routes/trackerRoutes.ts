import type { FastifyInstance } from 'fastify'
import { allows } from '../../access/policy.js'
import { councilByCode } from '../../domain/englishCouncils.js'
import { COURT_STAGE_FIELDS, courtStageAt, type CourtStageProblem } from '../../pipeline/courtStages.js'
import { courtStageFormValues, readTypedDate } from '../../pipeline/courtStageForm.js'
import type { ScorecardService } from '../../services/scorecardService.js'
import type { TrackerService } from '../../services/trackerService.js'
import type { AuditLog } from '../../store/auditLog.js'
import { render } from '../setUpViews.js'
import { answerDownload, declareDownloads, downloadFormat, type PageTable } from '../tableDownload.js'
import { govukTableParams } from '../tableModel.js'
import { TRACKER_LISTS, trackerTables } from '../trackerTables.js'
import { forbidden } from './childRoutes.js'
import { notFound } from './scorecardRoutes.js'

/**
 * The tracker a council keeps week by week (child-level: the council's users and national analysts), and the court
 * stages after placement that only the council's own users record, audited.
 */
export function trackerRoutes(
  app: FastifyInstance,
  trackers: TrackerService,
  scorecards: ScorecardService,
  audit: AuditLog,
): void {
  declareDownloads('/councils/:code/tracker', TRACKER_LISTS)
  app.get<{ Params: { code: string }; Querystring: { table?: string; format?: string; asAt?: string } }>(
    '/councils/:code/tracker',
    async (request, reply) => {
      const { code } = request.params
      if (!allows(request.viewer, 'view-children', { council: code })) return forbidden(reply)
      if (!(await scorecards.hasCouncil(code))) return notFound(reply)
      // ?asAt=: the tracker as it stood on an earlier day (15/08/2014 or 2014-08-15).
      const asked = typeof request.query.asAt === 'string' ? request.query.asAt.trim().slice(0, 20) : ''
      const asOf = asked === '' ? undefined : readTypedDate(asked)
      if (asOf === null) {
        return render(reply.code(400), 'message.njk', {
          title: 'There is a problem with the date',
          message: `“${asked}” is not a date: write it as, for example, 15/08/2014.`,
        })
      }
      const data = await trackers.tracker(code, asOf)
      if (!data) {
        return render(reply.code(404), 'message.njk', {
          title: 'No data by that date',
          message: `${councilByCode(code).name} has no return or extract by ${asked}.`,
        })
      }
      const t = data.tracker
      const council = councilByCode(code)
      const canRecord = allows(request.viewer, 'record-court-stages', { council: code })
      // A placed child links to its court stages for those who record them; any other child to its journey.
      const placed = new Set(data.children.filter((c) => c.stage === 'placed for adoption').map((c) => c.child))
      const tables = trackerTables(t, data.children, (child) =>
        canRecord && placed.has(child)
          ? `/councils/${code}/tracker/${encodeURIComponent(child)}`
          : `/councils/${code}/children/${encodeURIComponent(child)}`,
      )
      const format = downloadFormat(request.query.format)
      await audit.record(
        request.viewer.email ?? '',
        'child-level-view',
        code,
        `adoption tracker${format ? ` (${format} download)` : ''}`,
      )
      const pageTables = new Map<string, PageTable>([...tables].map(([key, model]) => [key, { model }]))
      const download = await answerDownload(request, reply, pageTables, {
        fileName: (name) => `${council.name}-tracker-${name}`,
      })
      if (download) return download
      const later = data.courtStages.filter((s) =>
        [s.recommendation, s.annexARequested, s.annexAReceived, s.applicationLodged, s.orderMade].some(
          (d) => d !== null && d > t.asAt,
        ),
      ).length
      return render(reply, 'tracker.njk', {
        title: `${council.name}: adoption tracker`,
        section: 'scorecards',
        council,
        tracker: t,
        laterRecords: later,
        source: data.source,
        extracts: data.extracts,
        canLoadExtract: allows(request.viewer, 'upload', { council: code }),
        asked,
        lists: [...tables].map(([key, model]) => ({ key, table: govukTableParams(model) })),
        canRecord,
      })
    },
  )

  const courtStagesPage = (
    code: string,
    child: string,
    values: Record<string, string>,
    problems: CourtStageProblem[],
    placed: string,
    asAt: string,
    stageNow: string | null,
  ) => ({
    title: `Court stages for child ${child}`,
    section: 'scorecards',
    council: councilByCode(code),
    child,
    placed,
    asAt,
    stageNow,
    values,
    labels: COURT_STAGE_FIELDS,
    errors: problems.map((p) => ({ text: p.message, href: `#${p.field}` })),
    fieldErrors: Object.fromEntries(
      [...new Set(problems.map((p) => p.field))].map((f) => [
        f,
        {
          text: problems
            .filter((p) => p.field === f)
            .map((p) => p.message)
            .join('. '),
        },
      ]),
    ),
  })

  app.get<{ Params: { code: string; child: string } }>('/councils/:code/tracker/:child', async (request, reply) => {
    const { code, child } = request.params
    if (!allows(request.viewer, 'record-court-stages', { council: code })) return forbidden(reply)
    const placed = await trackers.placedChild(code, child)
    if (!placed) return notFound(reply)
    const asAt = (await trackers.asAt(code))!
    return render(
      reply,
      'courtStages.njk',
      courtStagesPage(
        code,
        child,
        courtStageFormValues(placed.stages),
        [],
        placed.journey.placedForAdoption!,
        asAt,
        courtStageAt(placed.stages, asAt),
      ),
    )
  })

  app.post<{ Params: { code: string; child: string }; Body: Record<string, unknown> }>(
    '/councils/:code/tracker/:child',
    async (request, reply) => {
      const { code, child } = request.params
      if (!allows(request.viewer, 'record-court-stages', { council: code })) return notFound(reply)
      const placed = await trackers.placedChild(code, child)
      if (!placed) return notFound(reply)
      const result = await trackers.record(code, child, request.body ?? {}, request.viewer.email ?? '')
      if (result.saved) return reply.redirect(`/councils/${code}/tracker`, 303)
      const asAt = (await trackers.asAt(code))!
      return render(
        reply.code(400),
        'courtStages.njk',
        courtStagesPage(
          code,
          child,
          Object.fromEntries(
            Object.keys(COURT_STAGE_FIELDS).map((k) => [
              k,
              typeof request.body?.[k] === 'string' ? request.body[k] : '',
            ]),
          ),
          result.problems,
          placed.journey.placedForAdoption!,
          asAt,
          courtStageAt(placed.stages, asAt),
        ),
      )
    },
  )
}
