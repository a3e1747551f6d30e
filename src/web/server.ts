import { AdopterService } from '../services/adopterService.js'
import { AdopterRepository } from '../store/adopterRepository.js'
import { TrackerService } from '../services/trackerService.js'
import { ExtractRepository } from '../store/extractRepository.js'
import { CourtStageRepository } from '../store/courtStageRepository.js'
import { PipelineService } from '../services/pipelineService.js'
import { SettingsRepository } from '../store/settingsRepository.js'
import type { Config } from '../config.js'
import { CouncilJourneyRepository } from '../store/councilJourneyRepository.js'
import { ScorecardService } from '../services/scorecardService.js'
import { SubmissionService } from '../services/submissionService.js'
import { openStore, type Store } from '../store/database.js'
import { SubmissionRepository } from '../store/submissionRepository.js'
import { DataChangeRepository } from '../store/dataChanges.js'
import { DraftRepository } from '../store/draftRepository.js'
import { SignInThrottle } from '../access/signInThrottle.js'
import { SignInFailureRepository } from '../store/signInFailureRepository.js'
import { AccountService } from '../services/accountService.js'
import { AccountRepository } from '../store/accountRepository.js'
import { AuditLog } from '../store/auditLog.js'
import { PublicationRepository } from '../store/publicationRepository.js'
import { ContextRepository } from '../store/contextRepository.js'
import { ReviewRepository } from '../store/reviewRepository.js'
import { ReviewService } from '../services/reviewService.js'
import { DEFAULT_DISCLOSURE } from '../scorecard/disclosureControl.js'
import { accessSync, constants, mkdirSync } from 'node:fs'
import type { Server } from 'node:http'
import path from 'node:path'
import { sql } from 'kysely'
import type { Logger } from 'pino'
import { serviceLogger } from '../observability/logger.js'
import { watchDataChanges } from '../services/dataWatcher.js'
import { ServiceMetrics } from '../observability/metrics.js'
import { createApp } from './app.js'
import { DEFAULT_PDF_OPTIONS, PdfPrinter } from './pdfPrinter.js'
import type { Readiness } from './routes/healthRoutes.js'

/** A setting that stops the server from starting: said in one line, no stack. */
export class StartupError extends Error {}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost'])

/** Checks the store's settings before opening it, so a mistake is one clear line. */
async function openCheckedStore(config: Config): Promise<Store> {
  if (config.databaseUrl) {
    let host: string
    try {
      const url = new URL(config.databaseUrl)
      if (!/^postgres(ql)?:$/.test(url.protocol)) throw new Error('not postgres')
      host = `${url.hostname}:${url.port || 5432}${url.pathname}`
    } catch {
      throw new StartupError('DATABASE_URL must be a PostgreSQL connection string, such as postgres://host:5432/db')
    }
    try {
      return await openStore(config)
    } catch (e) {
      const reason = e instanceof Error ? e.message.split('\n')[0]! : String(e)
      throw new StartupError(`DATABASE_URL: cannot use the database at ${host}: ${reason}`)
    }
  }
  const dir = path.dirname(path.resolve(config.sqliteFile))
  try {
    mkdirSync(dir, { recursive: true })
    accessSync(dir, constants.W_OK)
  } catch {
    throw new StartupError(`SQLITE_FILE: cannot write the store in ${dir}`)
  }
  return openStore(config)
}

/**
 * Opens the store, builds the services and the application, and listens; and the metrics on their own port. Settings
 * that cannot work (a bad DATABASE_URL, an unwritable SQLite path, a port in use) are a StartupError.
 */
export async function startServer(
  config: Config,
  options: {
    beforeListen?: (repository: SubmissionRepository, store: Store) => Promise<void>
    logger?: Logger
  } = {},
) {
  const logger = options.logger ?? serviceLogger(config.logLevel)
  if (!config.secureCookies && !LOOPBACK.has(config.host)) {
    logger.warn(
      { host: config.host },
      'SECURE_COOKIES is off while listening beyond loopback: behind a TLS-ending proxy, set SECURE_COOKIES=true',
    )
  }
  const store: Store = await openCheckedStore(config)
  const repository = new SubmissionRepository(store)
  await options.beforeListen?.(repository, store)
  const audit = new AuditLog(store)
  const context = new ContextRepository(store)
  const changeRepository = new DataChangeRepository(store)
  const scorecards = new ScorecardService(
    repository,
    new PublicationRepository(store),
    DEFAULT_DISCLOSURE,
    context,
    changeRepository,
    new CouncilJourneyRepository(store),
  )
  const pdf = new PdfPrinter({ ...DEFAULT_PDF_OPTIONS, executablePath: config.chromiumPath })
  const metrics = new ServiceMetrics({
    dataVersion: () => scorecards.dataVersion,
    councilsLoaded: async () => (await scorecards.councilList()).length,
    submissionsLoaded: async () => (await repository.councils()).length,
    pdfQueue: () => pdf.queue,
  })
  const submissions = new SubmissionService(
    repository,
    new DraftRepository(store),
    scorecards,
    () => new Date(),
    metrics,
  )
  const accounts = new AccountService(
    new AccountRepository(store),
    audit,
    new SignInThrottle(new SignInFailureRepository(store)),
    () => new Date(),
    metrics,
  )
  const reviews = new ReviewService(new ReviewRepository(store), scorecards, audit)
  const pipeline = new PipelineService(scorecards, new SettingsRepository(store))
  const extracts = new ExtractRepository(store)
  const tracker = new TrackerService(scorecards, pipeline, new CourtStageRepository(store), audit, () => new Date(), {
    extracts,
    submissions: repository,
  })
  const adopters = new AdopterService(new AdopterRepository(store), scorecards)
  const readiness: Readiness = {
    storeAnswers: async () => {
      await sql`select 1`.execute(store.db)
      return true
    },
    dataLoaded: () => scorecards.loaded,
    dataVersion: () => scorecards.dataVersion,
    chromium: () => pdf.available(),
  }
  if (!pdf.available()) logger.warn({ chromium: config.chromiumPath }, 'Chromium not found: PDF reports unavailable')
  const app = await createApp(
    {
      scorecards,
      submissions,
      accounts,
      audit,
      context,
      reviews,
      pipeline,
      tracker,
      extracts,
      adopters,
      pdf,
      readiness,
    },
    config,
    { logger, metrics },
  )
  let metricsServer: Server | null = null
  // Learn of changes other servers and command-line runs make: within a second on SQLite (a poll of the data version),
  // at once on PostgreSQL (LISTEN/NOTIFY, with the same poll behind it).
  const watcher = watchDataChanges(changeRepository, () => scorecards.sync(), {
    databaseUrl: config.databaseUrl,
    pollMs: config.databaseUrl ? 1000 : 500,
    onError: (e) => logger.warn({ err: e }, 'could not read the data version'),
  })
  app.addHook('onClose', async () => {
    await watcher.stop()
    if (metricsServer) await new Promise<void>((resolve) => metricsServer!.close(() => resolve()))
    await pdf.close()
    await store.close()
  })
  let address: string
  try {
    address = await app.listen({ host: config.host, port: config.port })
  } catch (e) {
    await app.close()
    if ((e as { code?: string }).code === 'EADDRINUSE') {
      throw new StartupError(`PORT ${config.port} on ${config.host} is already in use`)
    }
    throw e
  }
  if (config.metricsPort > 0) {
    try {
      metricsServer = await metrics.listen(config.metricsHost, config.metricsPort)
    } catch (e) {
      await app.close()
      if ((e as { code?: string }).code === 'EADDRINUSE') {
        throw new StartupError(`METRICS_PORT ${config.metricsPort} on ${config.metricsHost} is already in use`)
      }
      throw e
    }
  }
  logger.info(
    {
      address,
      store: config.databaseUrl ? 'postgresql' : 'sqlite',
      metrics: metricsServer ? `${config.metricsHost}:${config.metricsPort}` : 'off',
    },
    'started',
  )
  // Build the scorecards now rather than on the first request.
  await scorecards.periods()
  return { app, address, store, accounts, scorecards, logger }
}
