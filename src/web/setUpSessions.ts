import { randomBytes, timingSafeEqual } from 'node:crypto'
import cookie from '@fastify/cookie'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { PUBLIC, type Viewer } from '../access/policy.js'
import type { AccountService } from '../services/accountService.js'
import { render } from './setUpViews.js'

declare module 'fastify' {
  interface FastifyRequest {
    viewer: Viewer
    /** The token every state-changing request must carry as _csrf. */
    csrfToken: string
    sessionToken: string | null
  }
}

export const SESSION_COOKIE = 'adoption_session'
export const CSRF_COOKIE = 'adoption_csrf'

export function cookieOptions(request: FastifyRequest, secure: boolean) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: secure || request.protocol === 'https' }
}

const same = (a: string, b: string) =>
  a.length > 0 && a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))

/**
 * Who is asking: the signed-in viewer from the session cookie, or the public.
 * Every POST must carry the CSRF token: the session's, or before sign-in a
 * double-submit cookie's.
 */
export async function setUpSessions(app: FastifyInstance, accounts: AccountService): Promise<void> {
  await app.register(cookie)
  app.decorateRequest('viewer', null as unknown as Viewer)
  app.decorateRequest('csrfToken', '')
  app.decorateRequest('sessionToken', null)
  app.addHook('onRequest', async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE]
    const session = await accounts.session(token)
    if (session) {
      request.viewer = session.viewer
      request.csrfToken = session.csrfToken
      request.sessionToken = token!
      reply.header('Cache-Control', 'no-store')
      return
    }
    if (token) reply.clearCookie(SESSION_COOKIE, { path: '/' })
    request.viewer = PUBLIC
    request.csrfToken = request.cookies[CSRF_COOKIE] ?? ''
    request.sessionToken = null
  })
  app.addHook('preHandler', async (request, reply) => {
    if (request.method === 'GET' || request.method === 'HEAD') return
    // A multipart form (the upload) carries its token as its first field; its route checks it before reading files.
    if ((request.routeOptions.config as { csrfInFirstField?: boolean }).csrfInFirstField && request.isMultipart())
      return
    const body = request.body as Record<string, unknown> | undefined
    const query = request.query as Record<string, unknown> | undefined
    const raw = (body && typeof body === 'object' ? body._csrf : undefined) ?? query?._csrf
    const sent = typeof raw === 'string' ? raw : ''
    if (!same(sent, request.csrfToken)) return forbiddenRequest(reply)
  })
}

/** Gives an anonymous visitor a CSRF cookie for the sign-in form. */
export function ensureAnonymousCsrf(request: FastifyRequest, reply: FastifyReply, secure: boolean): void {
  if (request.sessionToken || request.csrfToken) return
  request.csrfToken = randomBytes(24).toString('base64url')
  reply.setCookie(CSRF_COOKIE, request.csrfToken, cookieOptions(request, secure))
}

function forbiddenRequest(reply: FastifyReply) {
  return render(reply.code(403), 'message.njk', {
    title: 'This form has expired',
    message: 'For your security the form could not be sent. Go back, reload the page and try again.',
  })
}

/** Whether a token sent in a form is this session's (compared in constant time). */
export function isCsrfToken(request: FastifyRequest, sent: unknown): boolean {
  return typeof sent === 'string' && same(sent, request.csrfToken)
}
