import type { FastifyInstance } from 'fastify'

/** What readiness rests on; each check answers quickly and holds no personal data. */
export interface Readiness {
  storeAnswers(): Promise<boolean>
  /** The scorecards have been built from the store at least once. */
  dataLoaded(): boolean
  dataVersion(): number
  chromium(): boolean
}

const STORE_TIMEOUT_MS = 2000

/**
 * For a load balancer: /health says the process is alive (liveness); /health/ready says it can serve (the store
 * answers and the data is loaded), 503 otherwise. Neither needs an account or says anything about children.
 */
export function healthRoutes(app: FastifyInstance, readiness: Readiness): void {
  app.get('/health', async (_request, reply) => reply.header('Cache-Control', 'no-store').send({ status: 'ok' }))

  app.get('/health/ready', async (_request, reply) => {
    const store = await Promise.race([
      readiness.storeAnswers().catch(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), STORE_TIMEOUT_MS).unref()),
    ])
    const checks = {
      store: store ? 'ok' : 'unreachable',
      data: readiness.dataLoaded() ? 'loaded' : 'loading',
      dataVersion: readiness.dataVersion(),
      pdf: readiness.chromium() ? 'chromium present' : 'chromium missing (PDF reports unavailable)',
    }
    const ready = store && readiness.dataLoaded()
    return reply
      .code(ready ? 200 : 503)
      .header('Cache-Control', 'no-store')
      .send({ status: ready ? 'ready' : 'not ready', checks })
  })
}
