import { AdopterService } from '../../src/services/adopterService.js'
import { AdopterRepository } from '../../src/store/adopterRepository.js'
import { TrackerService } from '../../src/services/trackerService.js'
import { ExtractRepository } from '../../src/store/extractRepository.js'
import { CourtStageRepository } from '../../src/store/courtStageRepository.js'
import { PipelineService } from '../../src/services/pipelineService.js'
import { SettingsRepository } from '../../src/store/settingsRepository.js'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { ENGLISH_COUNCILS } from '../../src/domain/englishCouncils.js'
import { importReturns } from '../../src/services/dataImport.js'
import { CouncilJourneyRepository } from '../../src/store/councilJourneyRepository.js'
import { ScorecardService } from '../../src/services/scorecardService.js'
import { SubmissionService } from '../../src/services/submissionService.js'
import type { ReturnFile } from '../../src/ssda903/returnFiles.js'
import { openStore, type Store } from '../../src/store/database.js'
import { SubmissionRepository } from '../../src/store/submissionRepository.js'
import { synthesiseCouncil } from '../../src/synth/nationalSynth.js'
import { DataChangeRepository } from '../../src/store/dataChanges.js'
import { DraftRepository } from '../../src/store/draftRepository.js'
import { SignInThrottle } from '../../src/access/signInThrottle.js'
import { sql } from 'kysely'
import { serviceLogger } from '../../src/observability/logger.js'
import { ServiceMetrics } from '../../src/observability/metrics.js'
import { DEFAULT_PDF_OPTIONS, PdfPrinter } from '../../src/web/pdfPrinter.js'
import type { Readiness } from '../../src/web/routes/healthRoutes.js'
import { SignInFailureRepository } from '../../src/store/signInFailureRepository.js'
import { AccountService } from '../../src/services/accountService.js'
import { AccountRepository } from '../../src/store/accountRepository.js'
import { AuditLog } from '../../src/store/auditLog.js'
import { PublicationRepository } from '../../src/store/publicationRepository.js'
import { ContextRepository } from '../../src/store/contextRepository.js'
import { ReviewRepository } from '../../src/store/reviewRepository.js'
import { ReviewService } from '../../src/services/reviewService.js'
import { DEFAULT_DISCLOSURE } from '../../src/scorecard/disclosureControl.js'
import { createApp } from '../../src/web/app.js'

export interface TestApp {
  app: FastifyInstance
  store: Store
  repository: SubmissionRepository
  scorecards: ScorecardService
  accounts: AccountService
  audit: AuditLog
  context: ContextRepository
  adopters: AdopterService
  /** The application's clock, which tests may move on. */
  clock: { now: Date }
  metrics: ServiceMetrics
  readiness: Readiness
  signIn: (who: Who) => Promise<Session>
}

export const PASSWORD = 'correct horse battery staple'

/** The test accounts: one per role, and council users for Hampshire (850) and Leicester (856). */
export const ACCOUNTS = {
  analyst: { email: 'analyst@test.invalid', role: 'national-analyst', council: null },
  adviser: { email: 'adviser@test.invalid', role: 'improvement-adviser', council: null },
  admin: { email: 'admin@test.invalid', role: 'administrator', council: null },
  hampshire: { email: 'hampshire@test.invalid', role: 'council-user', council: '850' },
  leicester: { email: 'leicester@test.invalid', role: 'council-user', council: '856' },
} as const
export type Who = keyof typeof ACCOUNTS

/** A signed-in browser: its cookie and its session's CSRF token go with every request. */
export interface Session {
  cookie: string
  csrf: string
  get: (url: string) => Promise<LightMyRequestResponse>
  post: (url: string, body?: Record<string, string>) => Promise<LightMyRequestResponse>
}

export function cookieValue(setCookie: string | string[] | undefined, name: string): string | null {
  const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []
  for (const c of list) {
    const m = new RegExp(`^${name}=([^;]*)`).exec(c)
    if (m) return m[1]!
  }
  return null
}

export const hiddenCsrf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? ''

/** Signs in through the form, as a browser would, and returns the session. */
export async function signInAs(app: FastifyInstance, email: string, password = PASSWORD): Promise<Session> {
  const form = await app.inject({ method: 'GET', url: '/sign-in' })
  const anonymous = cookieValue(form.headers['set-cookie'], 'adoption_csrf')!
  const r = await app.inject({
    method: 'POST',
    url: '/sign-in',
    headers: { cookie: `adoption_csrf=${anonymous}` },
    payload: { email, password, _csrf: hiddenCsrf(form.body), next: '/' },
  })
  const token = cookieValue(r.headers['set-cookie'], 'adoption_session')
  if (!token) throw new Error(`sign-in failed for ${email}: ${r.statusCode}`)
  const cookie = `adoption_session=${token}`
  const account = await app.inject({ method: 'GET', url: '/account', headers: { cookie } })
  const csrf = hiddenCsrf(account.body)
  return {
    cookie,
    csrf,
    get: (url) => app.inject({ method: 'GET', url, headers: { cookie } }),
    post: (url, body = {}) =>
      app.inject({ method: 'POST', url, headers: { cookie }, payload: { _csrf: csrf, ...body } }),
  }
}

/** Synthetic returns for a few councils, as files. */
export function syntheticReturns(
  codes: string[],
  firstYear = 2008,
  lastYear = 2014,
  scale = 0.4,
  seed = 7,
): ReturnFile[] {
  const councils = codes.map((c) => ENGLISH_COUNCILS.find((x) => x.code === c)!)
  return councils.flatMap((council) =>
    [...synthesiseCouncil(council, { councils, firstYear, lastYear, seed, scale, faultRate: 0 })].map(
      ([path, text]) => ({ path, bytes: new TextEncoder().encode(text) }),
    ),
  )
}

/** The whole application on an in-memory SQLite store, loaded with synthetic returns. */
export async function buildTestApp(
  files: ReturnFile[] = syntheticReturns(['850', '856', '336']),
  options: { trustProxy?: number; logLines?: string[] } = {},
): Promise<TestApp> {
  const clock = { now: new Date('2026-11-22T12:00:00Z') }
  const now = () => clock.now
  const store = await openStore({ databaseUrl: null, sqliteFile: ':memory:' })
  const repository = new SubmissionRepository(store)
  await importReturns(files, repository, now)
  const audit = new AuditLog(store, now)
  const context = new ContextRepository(store)
  const scorecards = new ScorecardService(
    repository,
    new PublicationRepository(store),
    DEFAULT_DISCLOSURE,
    context,
    new DataChangeRepository(store),
    new CouncilJourneyRepository(store),
  )
  const submissions = new SubmissionService(repository, new DraftRepository(store), scorecards, now)
  const accounts = new AccountService(
    new AccountRepository(store),
    audit,
    new SignInThrottle(new SignInFailureRepository(store), () => clock.now.getTime()),
    now,
  )
  for (const a of Object.values(ACCOUNTS)) await accounts.create({ ...a, password: PASSWORD }, 'test')
  const reviews = new ReviewService(new ReviewRepository(store), scorecards, audit, now)
  const pipeline = new PipelineService(scorecards, new SettingsRepository(store))
  const extracts = new ExtractRepository(store)
  const tracker = new TrackerService(scorecards, pipeline, new CourtStageRepository(store), audit, now, {
    extracts,
    submissions: repository,
  })
  const adopters = new AdopterService(new AdopterRepository(store), scorecards)
  const pdf = new PdfPrinter({
    ...DEFAULT_PDF_OPTIONS,
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  })
  const metrics = new ServiceMetrics({
    dataVersion: () => scorecards.dataVersion,
    councilsLoaded: async () => (await scorecards.councilList()).length,
    submissionsLoaded: async () => (await repository.councils()).length,
    pdfQueue: () => pdf.queue,
  })
  const readiness = {
    storeAnswers: async () => {
      await sql`select 1`.execute(store.db)
      return true
    },
    dataLoaded: () => scorecards.loaded,
    dataVersion: () => scorecards.dataVersion,
    chromium: () => pdf.available(),
  }
  const logLines = options.logLines
  const logger = logLines ? serviceLogger('info', { write: (line: string) => void logLines.push(line) }) : undefined
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
    {
      syntheticBanner: true,
      maxUploadBytes: 5 * 1024 * 1024,
      maxUploadFiles: 6,
      secureCookies: false,
      trustProxy: options.trustProxy ?? 0,
    },
    { ...(logger ? { logger } : {}), metrics },
  )
  app.addHook('onClose', async () => {
    await pdf.close()
    await store.close()
  })
  return {
    app,
    store,
    repository,
    scorecards,
    accounts,
    audit,
    context,
    adopters,
    clock,
    metrics,
    readiness,
    signIn: (who) => signInAs(app, ACCOUNTS[who].email),
  }
}

/** A multipart/form-data body, as a browser sends the upload form. */
export function multipart(fields: Record<string, string>, files: { name: string; content: string | Uint8Array }[]) {
  const boundary = '----adoption-scorecard-test-boundary'
  const chunks: Buffer[] = []
  for (const [k, v] of Object.entries(fields)) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`))
  }
  for (const f of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: ` +
          `text/csv\r\n\r\n`,
      ),
    )
    chunks.push(Buffer.from(f.content))
    chunks.push(Buffer.from('\r\n'))
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`))
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}
