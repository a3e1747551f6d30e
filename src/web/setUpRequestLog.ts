import type { FastifyInstance } from 'fastify'
import type { ServiceMetrics } from '../observability/metrics.js'

/**
 * One log line a request, when it is answered: its id (the logger adds it), the route's pattern (never the address,
 * which may hold a child's id), method, status and time taken; and the same in the metrics.
 */
export function setUpRequestLog(app: FastifyInstance, metrics: ServiceMetrics | null): void {
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched'
    const ms = Math.round(reply.elapsedTime * 10) / 10
    request.log.info({ route, method: request.method, status: reply.statusCode, ms }, 'request')
    metrics?.requestDuration.observe(
      { route, method: request.method, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    )
  })
}
