import type { FastifyInstance } from 'fastify'
import { ROLE_NAMES } from '../../access/policy.js'
import { MAX_FAILURES_PER_ACCOUNT } from '../../access/signInThrottle.js'
import { councilByCode } from '../../domain/englishCouncils.js'
import type { AccountService } from '../../services/accountService.js'
import { cookieOptions, ensureAnonymousCsrf, SESSION_COOKIE } from '../setUpSessions.js'
import { render } from '../setUpViews.js'

/** Only local paths are followed after sign-in. */
const safeNext = (next: unknown) => (typeof next === 'string' && /^\/(?![/\\])[\w\-/.?=&%]*$/.test(next) ? next : '/')

/** Sign in, sign out, sign out everywhere, and the account page. */
export function accountRoutes(
  app: FastifyInstance,
  accounts: AccountService,
  options: { secureCookies: boolean },
): void {
  app.get<{ Querystring: { next?: string; password?: string } }>('/sign-in', async (request, reply) => {
    if (request.viewer.role !== 'public') return reply.redirect('/account')
    ensureAnonymousCsrf(request, reply, options.secureCookies)
    return render(reply, 'signIn.njk', {
      title: 'Sign in',
      next: safeNext(request.query.next),
      values: {},
      errors: [],
      passwordSet: request.query.password === 'set',
    })
  })

  app.post<{ Body: { email?: string; password?: string; next?: string } }>('/sign-in', async (request, reply) => {
    const email = String(request.body?.email ?? '').slice(0, 320)
    const password = String(request.body?.password ?? '').slice(0, 1024)
    const next = safeNext(request.body?.next)
    const result = await accounts.signIn(email, password, request.ip)
    if (!result.ok) {
      const message =
        result.reason === 'throttled'
          ? `You have tried to sign in too many times. Wait ${result.minutes} ` +
            `minute${result.minutes === 1 ? '' : 's'} and try again.`
          : 'Enter a correct email address and password'
      const field = result.reason === 'throttled' ? 'email' : 'password'
      return render(reply.code(result.reason === 'throttled' ? 429 : 401), 'signIn.njk', {
        title: 'Sign in',
        next,
        values: { email },
        errors: [{ text: message, href: `#${field}` }],
        fieldErrors: { [field]: { text: message } },
        maxFailures: MAX_FAILURES_PER_ACCOUNT,
      })
    }
    reply.setCookie(SESSION_COOKIE, result.token, cookieOptions(request, options.secureCookies))
    return reply.redirect(next, 303)
  })

  app.post('/sign-out', async (request, reply) => {
    if (request.sessionToken) await accounts.signOut(request.sessionToken, request.viewer)
    reply.clearCookie(SESSION_COOKIE, { path: '/' })
    return reply.redirect('/', 303)
  })

  app.post('/sign-out-everywhere', async (request, reply) => {
    await accounts.signOutEverywhere(request.viewer)
    reply.clearCookie(SESSION_COOKIE, { path: '/' })
    return reply.redirect('/', 303)
  })

  app.get('/account', async (request, reply) => {
    const v = request.viewer
    if (v.role === 'public') return reply.redirect('/sign-in?next=/account')
    return render(reply, 'account.njk', {
      title: 'Your account',
      roleName: ROLE_NAMES[v.role],
      council: v.council ? councilByCode(v.council) : null,
    })
  })
}
