import type { FastifyInstance } from 'fastify'
import { scorecardJson } from '../../scorecard/scorecardJson.js'
import type { ScorecardService } from '../../services/scorecardService.js'
import { openApiDocument } from './openApiDocument.js'

/** The JSON API under /api/v1: the same figures as the pages, in the CLI's JSON contract. */
export function apiRoutes(app: FastifyInstance, scorecards: ScorecardService): void {
  const problem = (status: number, detail: string) => ({
    status,
    title: status === 404 ? 'Not found' : 'Bad request',
    detail,
  })

  app.get('/api/v1/openapi.json', () => openApiDocument())

  app.get('/api/v1/periods', async (request) => ({ periods: await scorecards.periodsFor(request.viewer) }))

  app.get('/api/v1/councils', async () => ({ councils: await scorecards.councilList() }))

  app.get<{ Params: { period: string } }>('/api/v1/scorecards/:period', async (request, reply) => {
    const { period } = request.params
    if (!(await scorecards.periodsFor(request.viewer)).includes(period))
      return reply
        .code(404)
        .type('application/problem+json')
        .send(problem(404, `no scorecards for ${period}`))
    const national = await scorecards.nationalFor(request.viewer, period)
    return scorecardJson(national, national.councils)
  })

  app.get<{ Params: { period: string; code: string } }>(
    '/api/v1/scorecards/:period/councils/:code',
    async (request, reply) => {
      const { period, code } = request.params
      if (
        !(await scorecards.hasCouncil(code)) ||
        !(await scorecards.councilPeriodsFor(request.viewer, code)).includes(period)
      ) {
        return reply
          .code(404)
          .type('application/problem+json')
          .send(problem(404, `no scorecard for council ${code} in ${period}`))
      }
      const national = await scorecards.nationalFor(request.viewer, period, code)
      return scorecardJson(
        national,
        national.councils.filter((c) => c.code === code),
      )
    },
  )
}
