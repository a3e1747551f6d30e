import type { FastifyInstance } from 'fastify'

const CACHEABLE = /^\/(?:$|periods\/|councils\/|methodology$|api\/v1\/)/
const MAX_ENTRIES = 2000

/**
 * Caches whole GET responses of the scorecard pages, downloads and API until
 * the data changes (the version goes up). Pages are the same for every
 * visitor while the application runs as one local user; when accounts land,
 * the key must include what the user may see.
 */
export function setUpPageCache(app: FastifyInstance, version: () => number): void {
  const cache = new Map<string, { type: string; disposition?: string; body: Buffer }>()
  let cachedVersion = -1
  const fresh = () => {
    if (cachedVersion !== version()) {
      cache.clear()
      cachedVersion = version()
    }
  }
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' || !CACHEABLE.test(request.url)) return
    fresh()
    const hit = cache.get(request.url)
    if (!hit) return
    reply.type(hit.type)
    if (hit.disposition) reply.header('Content-Disposition', hit.disposition)
    return reply.send(hit.body)
  })
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' || reply.statusCode !== 200 || !CACHEABLE.test(request.url)) return payload
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload
    fresh()
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!)
    cache.set(request.url, {
      type: String(reply.getHeader('content-type') ?? 'text/html; charset=utf-8'),
      disposition: reply.getHeader('content-disposition') as string | undefined,
      body: typeof payload === 'string' ? Buffer.from(payload) : payload,
    })
    return payload
  })
}
