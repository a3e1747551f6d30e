import formbody from '@fastify/formbody'
import multipart from '@fastify/multipart'
import { randomUUID } from 'node:crypto'
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify'
import type { Logger } from 'pino'
import type { ServiceMetrics } from '../observability/metrics.js'
import { healthRoutes, type Readiness } from './routes/healthRoutes.js'
import { setUpRequestLog } from './setUpRequestLog.js'
import type { Config } from '../config.js'
import type { ScorecardService } from '../services/scorecardService.js'
import type { SubmissionService } from '../services/submissionService.js'
import type { AccountService } from '../services/accountService.js'
import type { AuditLog } from '../store/auditLog.js'
import type { ContextRepository } from '../store/contextRepository.js'
import { contextRoutes } from './routes/contextRoutes.js'
import { reviewRoutes } from './routes/reviewRoutes.js'
import { pipelineRoutes } from './routes/pipelineRoutes.js'
import { trackerRoutes } from './routes/trackerRoutes.js'
import { extractRoutes } from './routes/extractRoutes.js'
import type { ExtractRepository } from '../store/extractRepository.js'
import { adopterRoutes } from './routes/adopterRoutes.js'
import type { AdopterService } from '../services/adopterService.js'
import type { PdfPrinter } from './pdfPrinter.js'
import type { PipelineService } from '../services/pipelineService.js'
import type { TrackerService } from '../services/trackerService.js'
import type { ReviewService } from '../services/reviewService.js'
import { accountRoutes } from './routes/accountRoutes.js'
import { adminRoutes } from './routes/adminRoutes.js'
import { accountAdminRoutes } from './routes/accountAdminRoutes.js'
import { apiRoutes } from './routes/apiRoutes.js'
import { setUpExportAudit } from './setUpExportAudit.js'
import { setUpSessions } from './setUpSessions.js'
import { setUpCacheControl } from './setUpCacheControl.js'
import { childRoutes } from './routes/childRoutes.js'
import { notFound, scorecardRoutes } from './routes/scorecardRoutes.js'
import { uploadRoutes } from './routes/uploadRoutes.js'
import { checkRoutes } from './routes/checkRoutes.js'
import { setUpPageCache } from './setUpPageCache.js'
import { setUpSecurityHeaders } from './setUpSecurityHeaders.js'
import { setUpStaticAssets } from './setUpStaticAssets.js'
import { render, setUpViews } from './setUpViews.js'

declare module 'fastify' {
  interface FastifyInstance {
    routeList: readonly { method: string; url: string }[]
  }
}

export interface Services {
  scorecards: ScorecardService
  submissions: SubmissionService
  accounts: AccountService
  audit: AuditLog
  context: ContextRepository
  reviews: ReviewService
  pipeline: PipelineService
  tracker: TrackerService
  extracts: ExtractRepository
  adopters: AdopterService
  pdf: PdfPrinter
  readiness: Readiness
}

export interface AppOptions {
  /** The structured logger; none in tests that do not look at logs. */
  logger?: Logger
  metrics?: ServiceMetrics
}

/** The web application, composed one concern at a time; a test builds it whole with an in-memory store. */
export async function createApp(
  services: Services,
  config: Pick<Config, 'syntheticBanner' | 'maxUploadBytes' | 'maxUploadFiles' | 'secureCookies' | 'trustProxy'>,
  options: AppOptions = {},
): Promise<FastifyInstance> {
  // Trust the number of proxies configured (a hop count), never every X-Forwarded-For.
  const fastifyOptions: FastifyServerOptions = {
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    // Our own line per request (setUpRequestLog), with the route pattern rather than the address.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
    // proxy-addr asks of each hop from the server outwards: the first `trustProxy` are ours.
    trustProxy: config.trustProxy > 0 ? (_address: string, hop: number) => hop < config.trustProxy : false,
  }
  const app = Fastify(fastifyOptions)
  // Every route, as registered: the route-by-role test walks this list so that no route escapes the policy.
  const routeList: { method: string; url: string }[] = []
  app.decorate('routeList', routeList)
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routeList.push({ method, url: route.url })
  })
  setUpSecurityHeaders(app)
  setUpRequestLog(app, options.metrics ?? null)
  healthRoutes(app, services.readiness)
  await setUpSessions(app, services.accounts)
  setUpCacheControl(app)
  setUpPageCache(app, () => services.scorecards.version)
  setUpExportAudit(app, services.audit)
  await setUpStaticAssets(app)
  await setUpViews(app, { syntheticBanner: config.syntheticBanner })
  await app.register(formbody)
  await app.register(multipart, {
    limits: { files: config.maxUploadFiles, fileSize: config.maxUploadBytes, fields: 10 },
  })

  scorecardRoutes(app, services.scorecards, services.audit, services.context)
  contextRoutes(app, services.scorecards, services.context)
  reviewRoutes(app, services.reviews, services.scorecards, services.pdf)
  pipelineRoutes(app, services.pipeline, services.scorecards, services.audit)
  trackerRoutes(app, services.tracker, services.scorecards, services.audit)
  extractRoutes(app, services.tracker, services.extracts, services.scorecards, {
    maxFiles: config.maxUploadFiles,
    maxBytes: config.maxUploadBytes,
  })
  adopterRoutes(app, services.adopters, services.scorecards)
  childRoutes(app, services.scorecards, services.audit)
  uploadRoutes(app, services.submissions, services.audit, {
    maxFiles: config.maxUploadFiles,
    maxBytes: config.maxUploadBytes,
  })
  checkRoutes(app)
  accountRoutes(app, services.accounts, { secureCookies: config.secureCookies })
  adminRoutes(app, services.audit, services.accounts)
  accountAdminRoutes(app, services.accounts, { secureCookies: config.secureCookies })
  apiRoutes(app, services.scorecards)

  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/'))
      return reply.code(404).type('application/problem+json').send({ status: 404, title: 'Not found' })
    return notFound(reply)
  })
  app.setErrorHandler((error, request, reply) => {
    const status = (error as { statusCode?: number }).statusCode ?? 500
    // The stack stays on the server, in the log; the visitor gets a plain page.
    if (status >= 500) request.log.error({ err: error, route: request.routeOptions.url }, 'request failed')
    if (request.url.startsWith('/api/'))
      return reply
        .code(status)
        .type('application/problem+json')
        .send({ status, title: status >= 500 ? 'Server error' : 'Bad request' })
    return render(reply.code(status), 'message.njk', {
      title: status >= 500 ? 'Sorry, there is a problem with the service' : 'There is a problem with the request',
      message: status >= 500 ? 'Try again later.' : 'Check the address or the form and try again.',
    })
  })
  return app
}
