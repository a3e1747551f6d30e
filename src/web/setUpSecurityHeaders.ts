import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { projectRoot } from './projectPaths.js'

/**
 * The one inline script of the GOV.UK page template (it marks the body
 * "js-enabled"), allowed by its hash. No nonce, so pages can be cached whole;
 * every other script must come from this service's own files.
 */
export function templateScriptHash(): string {
  const template = readFileSync(path.join(projectRoot(), 'node_modules/govuk-frontend/dist/govuk/template.njk'), 'utf8')
  const m = /<script[^>]*>([^<]+)<\/script>/.exec(template)
  if (!m) throw new Error('the GOV.UK template has no inline script to allow')
  return `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`
}

/**
 * The Content-Security-Policy: no inline script but the GOV.UK template's own. Workers only from this service's own
 * files; the check page alone may also start one from a blob: URL (its worker script, fetched through its service
 * worker so that it starts with the network off: Chromium does not hand a worker's own script request to the service
 * worker).
 */
export function contentSecurityPolicy(options: { blobWorker?: boolean } = {}): string {
  return (
    `default-src 'self'; script-src 'self' ${templateScriptHash()}; style-src 'self'; img-src 'self' data:; ` +
    `font-src 'self'; worker-src 'self'${options.blobWorker ? ' blob:' : ''}; ` +
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
  )
}

/** The Content-Security-Policy and the usual hardening headers, on every response. */
export function setUpSecurityHeaders(app: FastifyInstance): void {
  const policy = contentSecurityPolicy()
  app.addHook('onRequest', async (request, reply) => {
    reply.header('Content-Security-Policy', policy)
    if (request.protocol === 'https') reply.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
    reply.header('X-Content-Type-Options', 'nosniff')
    reply.header('X-Frame-Options', 'DENY')
    reply.header('Referrer-Policy', 'no-referrer')
  })
}
