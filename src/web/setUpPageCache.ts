import type { FastifyInstance, FastifyRequest } from 'fastify'

/** Scorecard pages and the API; not child-level pages or downloads, which are audited on every request. */
const CACHEABLE = /^\/(?:$|periods\/|councils\/|methodology$|api\/v1\/)/
const NEVER = /\/children|[?&]format=/
const cacheable = (url: string) => CACHEABLE.test(url) && !NEVER.test(url)
const MAX_ENTRIES = 2000

const keyOf = (request: FastifyRequest) => request.url

/**
 * Caches whole GET responses of the public scorecard pages and API until the
 * data or a publication changes (the version goes up). Only for the public:
 * a signed-in user's pages carry their name and their session's CSRF token.
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
    if (request.method !== 'GET' || request.viewer.role !== 'public' || !cacheable(request.url)) return
    fresh()
    const hit = cache.get(keyOf(request))
    if (!hit) return
    reply.type(hit.type)
    if (hit.disposition) reply.header('Content-Disposition', hit.disposition)
    return reply.send(hit.body)
  })
  app.addHook('onSend', async (request, reply, payload) => {
    if (
      request.method !== 'GET' ||
      request.viewer.role !== 'public' ||
      reply.statusCode !== 200 ||
      !cacheable(request.url)
    )
      return payload
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload
    fresh()
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!)
    cache.set(keyOf(request), {
      type: String(reply.getHeader('content-type') ?? 'text/html; charset=utf-8'),
      disposition: reply.getHeader('content-disposition') as string | undefined,
      body: typeof payload === 'string' ? Buffer.from(payload) : payload,
    })
    return payload
  })
}
