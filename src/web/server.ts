import type { Config } from '../config.js'
import { ScorecardService } from '../services/scorecardService.js'
import { SubmissionService } from '../services/submissionService.js'
import { openStore, type Store } from '../store/database.js'
import { SubmissionRepository } from '../store/submissionRepository.js'
import { createApp } from './app.js'

/** Opens the store, builds the services and the application, and listens. */
export async function startServer(config: Config, options: { beforeListen?: (repository: SubmissionRepository) => Promise<void> } = {}) {
  const store: Store = await openStore(config)
  const repository = new SubmissionRepository(store)
  await options.beforeListen?.(repository)
  const scorecards = new ScorecardService(repository)
  const submissions = new SubmissionService(repository, scorecards)
  const app = await createApp({ scorecards, submissions }, config)
  app.addHook('onClose', async () => store.close())
  const address = await app.listen({ host: config.host, port: config.port })
  // Build the scorecards now rather than on the first request.
  await scorecards.periods()
  return { app, address, store }
}
