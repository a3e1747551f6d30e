import type { FastifyInstance, FastifyRequest } from 'fastify'
import { allows, ROLE_NAMES, type Role } from '../../access/policy.js'
import { councilByCode } from '../../domain/englishCouncils.js'
import { AccountError, PASSWORD_LINK_HOURS, type AccountService } from '../../services/accountService.js'
import { render } from '../setUpViews.js'
import { ensureAnonymousCsrf } from '../setUpSessions.js'
import { notFound } from './scorecardRoutes.js'

const ROLE_ITEMS: { value: Exclude<Role, 'public'>; hint: string }[] = [
  { value: 'council-user', hint: 'One council: its figures, its children, loading its returns' },
  { value: 'national-analyst', hint: 'Every council, children included; loads returns and publishes' },
  { value: 'improvement-adviser', hint: 'Every council’s figures; no child-level data' },
  { value: 'administrator', hint: 'Accounts and the audit log' },
]

/** The address of a one-time link, as the person will open it. */
const linkFor = (request: FastifyRequest, token: string) =>
  `${request.protocol}://${request.host}/set-password/${token}`

/**
 * Accounts for administrators: create one (its holder sets the password through a one-time link: no password is sent
 * anywhere), change role and council, disable, issue a new link. Every step is in the audit log.
 */
export function accountAdminRoutes(
  app: FastifyInstance,
  accounts: AccountService,
  options: { secureCookies: boolean },
): void {
  const mayManage = (request: FastifyRequest) => allows(request.viewer, 'manage-accounts')
  const by = (request: FastifyRequest) => request.viewer.email ?? ''
  const form = (values: Record<string, string>, error: string | null, account?: { id: string; email: string }) => ({
    title: account ? `Change ${account.email}` : 'Create an account',
    section: 'admin',
    account,
    values,
    roleItems: ROLE_ITEMS.map((r) => ({
      value: r.value,
      text: ROLE_NAMES[r.value],
      hint: { text: r.hint },
      checked: values.role === r.value,
    })),
    errors: error ? [{ text: error, href: error.toLowerCase().includes('council') ? '#council' : '#role' }] : [],
    error,
  })
  const linkPage = (request: FastifyRequest, email: string, token: string, created: boolean) => ({
    title: 'One-time link',
    section: 'admin',
    email,
    created,
    link: linkFor(request, token),
    hours: PASSWORD_LINK_HOURS,
  })

  app.get('/admin/accounts/new', async (request, reply) => {
    if (!mayManage(request)) return notFound(reply)
    return render(reply, 'accountForm.njk', form({}, null))
  })

  app.post<{ Body: Record<string, string> }>('/admin/accounts/new', async (request, reply) => {
    if (!mayManage(request)) return notFound(reply)
    const values = {
      email: String(request.body?.email ?? '').slice(0, 320),
      role: String(request.body?.role ?? ''),
      council: String(request.body?.council ?? '').slice(0, 3),
    }
    try {
      const { account, token } = await accounts.invite(
        { email: values.email, role: values.role, council: values.council || null },
        by(request),
      )
      return render(reply, 'passwordLink.njk', linkPage(request, account.email, token, true))
    } catch (e) {
      if (!(e instanceof AccountError)) throw e
      return render(reply.code(400), 'accountForm.njk', form(values, e.message))
    }
  })

  app.get<{ Params: { id: string } }>('/admin/accounts/:id', async (request, reply) => {
    if (!mayManage(request)) return notFound(reply)
    const account = await accounts.byId(request.params.id)
    if (!account) return notFound(reply)
    return render(reply, 'accountForm.njk', {
      ...form({ email: account.email, role: account.role, council: account.council ?? '' }, null, account),
      councilName: account.council ? councilByCode(account.council).name : null,
      disabled: account.disabled,
    })
  })

  app.post<{ Params: { id: string }; Body: Record<string, string> }>('/admin/accounts/:id', async (request, reply) => {
    if (!mayManage(request)) return notFound(reply)
    const account = await accounts.byId(request.params.id)
    if (!account) return notFound(reply)
    const role = String(request.body?.role ?? '')
    const council = String(request.body?.council ?? '').slice(0, 3)
    try {
      await accounts.changeRole(account.id, role, council || null, by(request))
      return reply.redirect('/admin/accounts?changed=1', 303)
    } catch (e) {
      if (!(e instanceof AccountError)) throw e
      return render(
        reply.code(400),
        'accountForm.njk',
        form({ email: account.email, role, council }, e.message, account),
      )
    }
  })

  app.post<{ Params: { id: string } }>('/admin/accounts/:id/disable', async (request, reply) => {
    if (!mayManage(request)) return notFound(reply)
    const account = await accounts.byId(request.params.id)
    if (!account) return notFound(reply)
    await accounts.disable(account.email, by(request))
    return reply.redirect('/admin/accounts?disabled=1', 303)
  })

  app.post<{ Params: { id: string } }>('/admin/accounts/:id/password-link', async (request, reply) => {
    if (!mayManage(request)) return notFound(reply)
    const account = await accounts.byId(request.params.id)
    if (!account) return notFound(reply)
    const token = await accounts.issuePasswordLink(account.id, by(request))
    return render(reply, 'passwordLink.njk', linkPage(request, account.email, token, false))
  })

  // The holder of a one-time link, not signed in.
  app.get<{ Params: { token: string } }>('/set-password/:token', async (request, reply) => {
    if (!(await accounts.passwordLinkValid(request.params.token))) {
      return notFound(reply, 'This link has expired or has been used. Ask an administrator for another.')
    }
    ensureAnonymousCsrf(request, reply, options.secureCookies)
    return render(reply.header('Referrer-Policy', 'no-referrer'), 'setPassword.njk', {
      title: 'Set your password',
      token: request.params.token,
      errors: [],
    })
  })

  app.post<{ Params: { token: string }; Body: { password?: string; confirm?: string } }>(
    '/set-password/:token',
    async (request, reply) => {
      const password = String(request.body?.password ?? '').slice(0, 1024)
      const again = String(request.body?.confirm ?? '').slice(0, 1024)
      const problem = password !== again ? 'The two passwords are not the same' : null
      try {
        if (problem) throw new AccountError(problem)
        await accounts.setPassword(request.params.token, password)
        return reply.redirect('/sign-in?password=set', 303)
      } catch (e) {
        if (!(e instanceof AccountError)) throw e
        return render(reply.code(400), 'setPassword.njk', {
          title: 'Set your password',
          token: request.params.token,
          errors: [{ text: e.message, href: '#password' }],
          fieldError: { text: e.message },
        })
      }
    },
  )
}
