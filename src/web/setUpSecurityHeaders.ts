import { randomBytes } from 'node:crypto'
import type { FastifyInstance } from 'fastify'

declare module 'fastify' {
  interface FastifyReply {
    cspNonce: string
  }
}

/** A Content-Security-Policy with no inline script but the GOV.UK template's own (by nonce), and the usual hardening headers. */
export function setUpSecurityHeaders(app: FastifyInstance): void {
  app.decorateReply('cspNonce', '')
  app.addHook('onRequest', async (_request, reply) => {
    const nonce = randomBytes(16).toString('base64')
    reply.cspNonce = nonce
    reply.header('Content-Security-Policy',
      `default-src 'self'; script-src 'self' 'nonce-${nonce}'; style-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`)
    reply.header('X-Content-Type-Options', 'nosniff')
    reply.header('X-Frame-Options', 'DENY')
    reply.header('Referrer-Policy', 'no-referrer')
  })
}
