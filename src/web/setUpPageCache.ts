import type { FastifyInstance, FastifyRequest } from 'fastify'
import { gzipSync } from 'node:zlib'
import { gzipWithToken, packParts } from './gzipWithToken.js'

/** Scorecard pages and the API; not downloads, which are audited on every request. */
const PUBLIC_PAGES = /^\/(?:$|periods\/|councils\/|methodology$|api\/v1\/)/
/**
 * What a signed-in user's pages may be cached for: the scorecard pages, which depend only on the data (its version)
 * and on who is looking. Not pages holding state the version does not follow (reviews, plans, settings, pipeline).
 */
const SIGNED_IN_PAGES =
  /^\/(?:$|periods\/[^/?]+(?:\?|$)|councils\/\d{3}\/periods\/[^/?]+(?:\/context|\/children)?(?:\?|$))/
const NEVER = /[?&]format=/
const MAX_ENTRIES = 2000

/** Whose page this is: the public's one page per address, or an account's (in its current role and council). */
function keyOf(request: FastifyRequest): string | null {
  const { viewer, url } = request
  if (request.method !== 'GET' || NEVER.test(url)) return null
  if (viewer.role === 'public') return PUBLIC_PAGES.test(url) && !url.includes('/children') ? url : null
  if (!viewer.accountId || !SIGNED_IN_PAGES.test(url)) return null
  return `${viewer.accountId}\u0000${viewer.role}\u0000${viewer.council ?? ''}\u0000${url}`
}

/** A route whose every view is audited sets this in its config: the cache records the view on a hit too. */
export interface AuditedView {
  auditView?: (request: FastifyRequest) => Promise<void>
}

declare module 'fastify' {
  interface FastifyContextConfig {
    auditView?: AuditedView['auditView']
  }
}

interface Entry {
  type: string
  disposition?: string
  /** The body's bytes, split at the session's CSRF token (one part when it holds none). */
  parts: Buffer[]
  /** The body gzipped once for browsers that ask for it so: whole, or (holding a token) its parts packed. */
  gzipped?: Buffer
  packed?: Buffer[]
}

const acceptsGzip = (request: FastifyRequest) => /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))

/** The bytes between each occurrence of `token` (as UTF-8). */
function splitAt(body: Buffer, token: string): Buffer[] {
  if (!token) return [body]
  const t = Buffer.from(token)
  const parts: Buffer[] = []
  let from = 0
  for (let at = body.indexOf(t); at !== -1; at = body.indexOf(t, from)) {
    parts.push(body.subarray(from, at))
    from = at + t.length
  }
  parts.push(body.subarray(from))
  return parts
}

/** The parts joined by the asker's token. */
function joinWith(parts: readonly Buffer[], token: string): Buffer {
  if (parts.length === 1) return parts[0]!
  const t = Buffer.from(token)
  return Buffer.concat(parts.flatMap((p, i) => (i === 0 ? [p] : [t, p])))
}

/**
 * Caches whole GET responses of the scorecard pages until the data or a publication changes (the version goes up):
 * the public's by address; a signed-in user's by account, role, council and address, with the session's CSRF token
 * taken out and the asker's put back, so that no page ever carries another session's token. The scorecard pages are
 * rendered again only when something they show has changed.
 */
export function setUpPageCache(app: FastifyInstance, version: () => number): void {
  const cache = new Map<string, Entry>()
  /** Requests answered from the cache: their answer is not kept again. */
  const served = new WeakSet<FastifyRequest>()
  let cachedVersion = -1
  const fresh = () => {
    if (cachedVersion !== version()) {
      cache.clear()
      cachedVersion = version()
    }
  }
  app.addHook('onRequest', async (request, reply) => {
    const key = keyOf(request)
    if (key === null) return
    fresh()
    const hit = cache.get(key)
    if (!hit) return
    await request.routeOptions.config.auditView?.(request)
    served.add(request)
    reply.type(hit.type)
    if (hit.disposition) reply.header('Content-Disposition', hit.disposition)
    reply.header('Vary', 'Accept-Encoding')
    if (acceptsGzip(request)) {
      reply.header('Content-Encoding', 'gzip')
      if (hit.parts.length === 1) return reply.send((hit.gzipped ??= gzipSync(hit.parts[0]!)))
      hit.packed ??= packParts(hit.parts)
      return reply.send(gzipWithToken(hit.parts, hit.packed, request.csrfToken))
    }
    return reply.send(joinWith(hit.parts, request.csrfToken))
  })
  app.addHook('onSend', async (request, reply, payload) => {
    const key = keyOf(request)
    if (key === null || reply.statusCode !== 200 || served.has(request)) return payload
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload
    fresh()
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!)
    cache.set(key, {
      type: String(reply.getHeader('content-type') ?? 'text/html; charset=utf-8'),
      disposition: reply.getHeader('content-disposition') as string | undefined,
      parts: splitAt(Buffer.from(payload), request.csrfToken),
    })
    return payload
  })
}
