import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { allows } from '../../access/policy.js'
import {
  EVENT_NAMES,
  EVENTS,
  REQUIRED_FIELDS,
  STATE_NAMES,
  STATES,
  type ReviewEvent,
} from '../../concern/reviewProcess.js'
import { councilByCode } from '../../domain/englishCouncils.js'
import { isOverdue, type ReviewService } from '../../services/reviewService.js'
import type { ScorecardService } from '../../services/scorecardService.js'
import { trendChart } from '../charts/scorecardCharts.js'
import { PdfUnavailable, type PdfPrinter } from '../pdfPrinter.js'
import { projectRoot } from '../projectPaths.js'
import { councilIndicatorTable, INDICATOR_NAMES } from '../scorecardTables.js'
import { render } from '../setUpViews.js'
import { govukTableParams, type TableModel } from '../tableModel.js'
import { displayDate } from '../displayDate.js'
import { notFound } from './scorecardRoutes.js'

const STEP_NAMES: Record<string, string> = {
  ...EVENT_NAMES,
  opened: 'Case opened',
  'plan-attached': 'Improvement plan attached',
}

/** The review process, improvement plans and the committee report. */
export function reviewRoutes(
  app: FastifyInstance,
  reviews: ReviewService,
  scorecards: ScorecardService,
  pdf: PdfPrinter,
): void {
  app.get<{ Querystring: { stage?: string; outcome?: string } }>('/reviews', async (request, reply) => {
    const v = request.viewer
    if (!allows(v, 'view-reviews', { council: v.council ?? undefined })) return notFound(reply)
    const stage = STATES.includes(request.query.stage as never) ? request.query.stage! : ''
    const outcome = typeof request.query.outcome === 'string' ? request.query.outcome.slice(0, 100) : ''
    const cases = (await reviews.list())
      .filter((c) => allows(v, 'view-reviews', { council: c.council }))
      .filter((c) => (stage === '' || c.state === stage) && (outcome === '' || (c.outcome ?? '').includes(outcome)))
    const table: TableModel = {
      caption: `Review cases: ${cases.length}`,
      columns: [
        { key: 'council', label: 'Council' },
        { key: 'period', label: 'Period' },
        { key: 'stage', label: 'Stage' },
        { key: 'outcome', label: 'Outcome' },
        { key: 'opened', label: 'Opened' },
      ],
      rows: cases.map((c) => ({
        council: councilByCode(c.council).name,
        period: c.period,
        stage: STATE_NAMES[c.state],
        outcome: c.outcome,
        opened: c.openedAt.slice(0, 10),
      })),
      links: cases.map((c) => ({ council: `/reviews/${c.id}` })),
    }
    const candidates = allows(v, 'run-reviews') ? await reviews.candidates() : []
    return render(reply, 'reviews.njk', {
      title: 'Review process',
      section: 'reviews',
      table: govukTableParams(table),
      candidates,
      canRun: allows(v, 'run-reviews'),
      stageItems: [
        { value: '', text: 'Any stage' },
        ...STATES.map((s) => ({ value: s, text: STATE_NAMES[s], selected: s === stage })),
      ],
      outcome,
    })
  })

  app.post<{ Body: { council?: string; period?: string } }>('/reviews', async (request, reply) => {
    if (!allows(request.viewer, 'run-reviews')) return notFound(reply)
    const opened = await reviews.open(
      String(request.body?.council ?? ''),
      String(request.body?.period ?? ''),
      request.viewer,
    )
    return opened
      ? reply.redirect(`/reviews/${opened.id}`, 303)
      : notFound(reply, 'That council is not a candidate for review in that period.')
  })

  const casePage = async (
    request: FastifyRequest<{ Params: { id: string } }>,
    errors: { field: string; message: string }[] = [],
    event?: string,
    values: Record<string, string> = {},
  ) => {
    const c = await reviews.find(request.params.id)
    if (!c || !allows(request.viewer, 'view-reviews', { council: c.council })) return null
    const steps = await reviews.steps(c.id)
    const canRun = allows(request.viewer, 'run-reviews')
    const forms = canRun
      ? reviews.allowed(c.state).map((e) => ({
          event: e,
          name: EVENT_NAMES[e],
          fields: REQUIRED_FIELDS[e].map((f) => ({
            ...f,
            value: event === e ? (values[f.name] ?? '') : '',
            error: event === e ? errors.find((x) => x.field === f.name)?.message : undefined,
          })),
        }))
      : []
    return {
      title: `Review: ${councilByCode(c.council).name} ${c.period}`,
      section: 'reviews',
      reviewCase: c,
      council: councilByCode(c.council),
      stateName: STATE_NAMES[c.state],
      canRun,
      forms,
      timeline: steps.map((s) => ({
        name: STEP_NAMES[s.event] ?? s.event,
        at: displayDate(s.at.slice(0, 10)),
        by: s.by,
        data: Object.entries(s.data).map(([k, val]) => ({
          key: REQUIRED_FIELDS[s.event as ReviewEvent]?.find((f) => f.name === k)?.label ?? k,
          value: val,
        })),
      })),
      errorList: errors.map((e) => ({ text: e.message, href: `#${event}-${e.field}` })),
    }
  }

  app.get<{ Params: { id: string } }>('/reviews/:id', async (request, reply) => {
    const page = await casePage(request)
    return page ? render(reply, 'reviewCase.njk', page) : notFound(reply)
  })

  app.post<{ Params: { id: string }; Body: Record<string, string> }>('/reviews/:id/steps', async (request, reply) => {
    if (!allows(request.viewer, 'run-reviews')) return notFound(reply)
    const body = request.body ?? {}
    const event = EVENTS.includes(body.event as ReviewEvent) ? (body.event as ReviewEvent) : null
    if (!event) return notFound(reply)
    const data = Object.fromEntries(
      REQUIRED_FIELDS[event].map((f) => [f.name, String(body[f.name] ?? '').slice(0, 5000)]),
    )
    const result = await reviews.step(request.params.id, event, data, request.viewer)
    if (result.ok) return reply.redirect(`/reviews/${request.params.id}`, 303)
    const page = await casePage(request, result.errors, event, data)
    return page ? render(reply.code(400), 'reviewCase.njk', page) : notFound(reply)
  })

  app.post<{ Params: { id: string } }>('/reviews/:id/attach-plan', async (request, reply) => {
    if (!allows(request.viewer, 'run-reviews')) return notFound(reply)
    await reviews.attachPlan(request.params.id, request.viewer)
    return reply.redirect(`/reviews/${request.params.id}`, 303)
  })

  const planTable = async (code: string): Promise<TableModel> => {
    const today = reviews.today()
    const plan = await reviews.plan(code)
    return {
      caption: `Improvement plan: ${plan.length} action${plan.length === 1 ? '' : 's'}`,
      columns: [
        { key: 'outcome', label: 'Outcome' },
        { key: 'rationale', label: 'Rationale' },
        { key: 'objective', label: 'Objective' },
        { key: 'action', label: 'Action' },
        { key: 'lead', label: 'Lead' },
        { key: 'due', label: 'Due or review' },
        { key: 'indicator', label: 'Indicator' },
        { key: 'progress', label: 'Progress' },
        { key: 'status', label: 'Status' },
      ],
      rows: plan.map((a) => ({
        outcome: a.outcome,
        rationale: a.rationale,
        objective: a.objective,
        action: a.action,
        lead: a.lead,
        due: a.due,
        indicator: a.indicator,
        progress: a.progress,
        status: a.done ? 'Done' : isOverdue(a, today) ? 'Overdue' : 'In progress',
      })),
    }
  }

  app.get<{ Params: { code: string } }>('/councils/:code/plan', async (request, reply) => {
    const { code } = request.params
    if (!allows(request.viewer, 'view-reviews', { council: code }) || !(await scorecards.hasCouncil(code)))
      return notFound(reply)
    const plan = await reviews.plan(code)
    return render(reply, 'plan.njk', {
      title: `${councilByCode(code).name}: adoption improvement plan`,
      section: 'reviews',
      council: councilByCode(code),
      table: govukTableParams(await planTable(code)),
      actions: plan,
      canEdit: allows(request.viewer, 'edit-plan', { council: code }),
      overdue: plan.filter((a) => isOverdue(a, reviews.today())).length,
      values: {},
      errors: [],
    })
  })

  app.post<{ Params: { code: string }; Body: Record<string, string> }>(
    '/councils/:code/plan',
    async (request, reply) => {
      const { code } = request.params
      if (!allows(request.viewer, 'edit-plan', { council: code }) || !(await scorecards.hasCouncil(code)))
        return notFound(reply)
      const body = Object.fromEntries(Object.entries(request.body ?? {}).map(([k, v]) => [k, String(v).slice(0, 2000)]))
      const result = await reviews.addAction(code, body, request.viewer)
      if (result.ok) return reply.redirect(`/councils/${code}/plan`, 303)
      const plan = await reviews.plan(code)
      return render(reply.code(400), 'plan.njk', {
        title: `${councilByCode(code).name}: adoption improvement plan`,
        section: 'reviews',
        council: councilByCode(code),
        table: govukTableParams(await planTable(code)),
        actions: plan,
        canEdit: true,
        overdue: plan.filter((a) => isOverdue(a, reviews.today())).length,
        values: body,
        // A date input's first box takes the focus from the error summary.
        errors: result.errors.map((e) => ({ text: e.message, href: `#${e.field === 'due' ? 'due-day' : e.field}` })),
        fieldErrors: Object.fromEntries(result.errors.map((e) => [e.field, { text: e.message }])),
      })
    },
  )

  app.post<{ Params: { code: string; id: string }; Body: { progress?: string; done?: string } }>(
    '/councils/:code/plan/:id',
    async (request, reply) => {
      const { code, id } = request.params
      if (!allows(request.viewer, 'edit-plan', { council: code })) return notFound(reply)
      await reviews.updateProgress(
        code,
        id,
        String(request.body?.progress ?? ''),
        request.body?.done === 'yes',
        request.viewer,
      )
      return reply.redirect(`/councils/${code}/plan`, 303)
    },
  )

  /**
   * The committee report, like Hampshire's panel report (seed 003): for the council's own users, analysts and advisers.
   */
  const report = async (request: FastifyRequest<{ Params: { code: string; period: string } }>) => {
    const { code, period } = request.params
    if (!allows(request.viewer, 'view-reviews', { council: code })) return null
    if (
      !(await scorecards.hasCouncil(code)) ||
      !(await scorecards.councilPeriodsFor(request.viewer, code)).includes(period)
    )
      return null
    const national = await scorecards.nationalFor(request.viewer, period, code)
    const council = national.councils.find((c) => c.code === code)!
    const periods = (await scorecards.councilPeriodsFor(request.viewer, code)).reverse()
    const trend = await Promise.all(periods.map((p) => scorecards.nationalFor(request.viewer, p, code)))
    const point = (key: 'A1' | 'A2') =>
      trend.map((n) => ({
        period: n.period,
        council: n.councils.find((c) => c.code === code)?.indicators[key].value ?? null,
        england: n.england[key].value,
        threshold: n.thresholds[key],
      }))
    return {
      title: `${council.name}: adoption scorecard ${period}, report to members`,
      council,
      period,
      indicatorTable: govukTableParams(councilIndicatorTable(national, council)),
      charts: [
        { heading: INDICATOR_NAMES.A1, svg: await trendChart(INDICATOR_NAMES.A1, council.name, point('A1')) },
        { heading: INDICATOR_NAMES.A2, svg: await trendChart(INDICATOR_NAMES.A2, council.name, point('A2')) },
      ],
      planTable: govukTableParams(await planTable(code)),
      thresholds: national.thresholds,
      a3Months: national.edition.a3Months,
      summary: (['A1', 'A2'] as const).map((key) => {
        const i = council.indicators[key]
        const verdict = i.meets === null ? 'not assessed' : i.meets ? 'met' : 'missed'
        return { key, value: i.suppressed ? null : i.value, threshold: i.threshold, verdict }
      }),
    }
  }

  app.get<{ Params: { code: string; period: string } }>(
    '/councils/:code/periods/:period/report',
    async (request, reply) => {
      const r = await report(request)
      return r ? render(reply, 'committeeReport.njk', { ...r, section: 'reviews' }) : notFound(reply)
    },
  )

  app.get<{ Params: { code: string; period: string } }>(
    '/councils/:code/periods/:period/report.pdf',
    async (request, reply) => {
      const r = await report(request)
      if (!r) return notFound(reply)
      const root = projectRoot()
      const css = readFileSync(
        path.join(root, 'node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css'),
        'utf8',
      ).replace(/url\([^)]*\)/g, 'none')
      const html = await app.view('reportPrint.njk', {
        ...r,
        inlineCss: css + readFileSync(path.join(root, 'src/web/public/app.css'), 'utf8'),
      })
      let printed: Buffer
      try {
        printed = await pdf.print(html)
      } catch (e) {
        if (!(e instanceof PdfUnavailable)) throw e
        request.log.warn({ route: request.routeOptions.url, reason: e.message }, 'PDF report not printed')
        if (e.retryAfter !== null) reply.header('Retry-After', String(e.retryAfter))
        return render(reply.code(503), 'message.njk', {
          title: 'The PDF report cannot be printed now',
          message: e.message,
        })
      }
      return reply
        .type('application/pdf')
        .header(
          'Content-Disposition',
          `attachment; filename="${r.council.name.replace(/[^A-Za-z0-9]+/g, '-')}-${r.period}-report.pdf"`,
        )
        .send(printed)
    },
  )
}
