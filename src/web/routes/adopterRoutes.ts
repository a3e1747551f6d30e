import type { FastifyInstance } from 'fastify'
import { allows } from '../../access/policy.js'
import type { AdopterIndicators } from '../../adopters/adopterIndicators.js'
import { councilByCode } from '../../domain/englishCouncils.js'
import type { AdopterService } from '../../services/adopterService.js'
import type { ScorecardService } from '../../services/scorecardService.js'
import { render } from '../setUpViews.js'
import { downloadFormat, sendTable } from '../tableDownload.js'
import { govukTableParams, type TableModel } from '../tableModel.js'
import { notFound } from './scorecardRoutes.js'

const ratio = (children: number, adopters: number) =>
  adopters === 0 ? null : Math.round((children / adopters) * 10) / 10

function indicatorRows(a: AdopterIndicators) {
  return [
    ['Registration of interest to approval (days)', a.interestToApproval.value, a.interestToApproval.children],
    ['Application to approval (days)', a.applicationToApproval.value, a.applicationToApproval.children],
    ['Approval to match (days)', a.approvalToMatch.value, a.approvalToMatch.children],
    ['Stage 1 within 2 months (%)', a.stage1WithinTwoMonths.percent, a.stage1WithinTwoMonths.of],
    ['Stage 2 within 4 months (%)', a.stage2WithinFourMonths.percent, a.stage2WithinFourMonths.of],
    [
      'Referred to the adoption register within 3 months of approval (%)',
      a.referredWithinThreeMonths.percent,
      a.referredWithinThreeMonths.of,
    ],
    ['Approved households waiting at the end of the period', a.approvedWaitingAtEnd, null],
  ] as const
}

/** Prospective adopters, for a council and for England. */
export function adopterRoutes(app: FastifyInstance, adopters: AdopterService, scorecards: ScorecardService): void {
  const periodOf = async (q: string | undefined) => {
    const periods = await scorecards.periods()
    return q && periods.includes(q) ? q : periods[0]
  }

  app.get<{ Params: { code: string }; Querystring: { period?: string; format?: string } }>(
    '/councils/:code/adopters',
    async (request, reply) => {
      const { code } = request.params
      const period = await periodOf(request.query.period)
      if (
        !period ||
        !allows(request.viewer, 'view-unsuppressed', { council: code }) ||
        !(await scorecards.hasCouncil(code))
      )
        return notFound(reply)
      const f = await adopters.figures(period, code)
      const name = councilByCode(code).name
      const mine = indicatorRows(f.council!)
      const england = indicatorRows(f.england)
      const table: TableModel = {
        caption: `Prospective adopters, ${period}`,
        columns: [
          { key: 'indicator', label: 'Indicator' },
          { key: 'council', label: name, numeric: true },
          { key: 'n', label: 'Households', numeric: true },
          { key: 'england', label: 'England', numeric: true },
        ],
        rows: [
          ...mine.map(([indicator, value, n], i) => ({ indicator, council: value, n, england: england[i]![1] })),
          {
            indicator: 'Children waiting (decision or order, not placed) at the end of the period',
            council: f.childrenWaiting,
            n: null,
            england: f.englandChildrenWaiting,
          },
          {
            indicator: 'Children waiting for each approved household waiting',
            council: ratio(f.childrenWaiting, f.council!.approvedWaitingAtEnd),
            n: null,
            england: ratio(f.englandChildrenWaiting, f.england.approvedWaitingAtEnd),
          },
        ],
      }
      if (downloadFormat(request.query.format))
        return sendTable(reply, table, downloadFormat(request.query.format)!, `${name}-adopters-${period}`)
      return render(reply, 'adopters.njk', {
        title: `${name}: prospective adopters`,
        section: 'scorecards',
        heading: `${name}: prospective adopters, ${period}`,
        table: govukTableParams(table),
        base: `/councils/${code}/adopters?period=${period}`,
        households: f.households,
      })
    },
  )

  app.get<{ Querystring: { period?: string; format?: string } }>('/adopters', async (request, reply) => {
    const period = await periodOf(request.query.period)
    if (!period || !allows(request.viewer, 'view-unsuppressed')) return notFound(reply)
    const rows = await adopters.byCouncil(period)
    const f = await adopters.figures(period)
    const table: TableModel = {
      caption: `Children and adopters waiting at the end of ${period}`,
      columns: [
        { key: 'council', label: 'Council' },
        { key: 'children', label: 'Children waiting', numeric: true },
        { key: 'adopters', label: 'Approved households waiting', numeric: true },
        { key: 'ratio', label: 'Children for each household', numeric: true },
        { key: 'approval', label: 'Interest to approval (days)', numeric: true },
        { key: 'match', label: 'Approval to match (days)', numeric: true },
      ],
      rows: [
        {
          council: 'England',
          children: f.englandChildrenWaiting,
          adopters: f.england.approvedWaitingAtEnd,
          ratio: ratio(f.englandChildrenWaiting, f.england.approvedWaitingAtEnd),
          approval: f.england.interestToApproval.value,
          match: f.england.approvalToMatch.value,
        },
        ...rows.map((r) => ({
          council: councilByCode(r.code).name,
          children: r.childrenWaiting,
          adopters: r.indicators.approvedWaitingAtEnd,
          ratio: ratio(r.childrenWaiting, r.indicators.approvedWaitingAtEnd),
          approval: r.indicators.interestToApproval.value,
          match: r.indicators.approvalToMatch.value,
        })),
      ],
    }
    if (downloadFormat(request.query.format))
      return sendTable(reply, table, downloadFormat(request.query.format)!, `adopters-${period}`)
    return render(reply, 'adopters.njk', {
      title: 'Prospective adopters',
      section: 'scorecards',
      heading: `Children and adopters waiting, ${period}`,
      table: govukTableParams(table),
      base: `/adopters?period=${period}`,
      households: f.households,
    })
  })
}
