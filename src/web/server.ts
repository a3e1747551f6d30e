import { AdopterService } from '../services/adopterService.js'
import { AdopterRepository } from '../store/adopterRepository.js'
import { PipelineService } from '../services/pipelineService.js'
import { SettingsRepository } from '../store/settingsRepository.js'
import type { Config } from '../config.js'
import { ScorecardService } from '../services/scorecardService.js'
import { SubmissionService } from '../services/submissionService.js'
import { openStore, type Store } from '../store/database.js'
import { SubmissionRepository } from '../store/submissionRepository.js'
import { SignInThrottle } from '../access/signInThrottle.js'
import { AccountService } from '../services/accountService.js'
import { AccountRepository } from '../store/accountRepository.js'
import { AuditLog } from '../store/auditLog.js'
import { PublicationRepository } from '../store/publicationRepository.js'
import { ContextRepository } from '../store/contextRepository.js'
import { ReviewRepository } from '../store/reviewRepository.js'
import { ReviewService } from '../services/reviewService.js'
import { DEFAULT_DISCLOSURE } from '../scorecard/disclosureControl.js'
import { createApp } from './app.js'

/** Opens the store, builds the services and the application, and listens. */
export async function startServer(config: Config, options: { beforeListen?: (repository: SubmissionRepository, store: Store) => Promise<void> } = {}) {
  const store: Store = await openStore(config)
  const repository = new SubmissionRepository(store)
  await options.beforeListen?.(repository, store)
  const audit = new AuditLog(store)
  const context = new ContextRepository(store)
  const scorecards = new ScorecardService(repository, new PublicationRepository(store), DEFAULT_DISCLOSURE, context)
  const submissions = new SubmissionService(repository, scorecards)
  const accounts = new AccountService(new AccountRepository(store), audit, new SignInThrottle())
  const reviews = new ReviewService(new ReviewRepository(store), scorecards, audit)
  const pipeline = new PipelineService(scorecards, new SettingsRepository(store))
  const adopters = new AdopterService(new AdopterRepository(store), scorecards)
  const app = await createApp({ scorecards, submissions, accounts, audit, context, reviews, pipeline, adopters }, config)
  app.addHook('onClose', async () => store.close())
  const address = await app.listen({ host: config.host, port: config.port })
  // Build the scorecards now rather than on the first request.
  await scorecards.periods()
  return { app, address, store, accounts, scorecards }
}
