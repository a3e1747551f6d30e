import { createHash, randomBytes } from 'node:crypto'
import { ENGLISH_COUNCILS } from '../domain/englishCouncils.js'
import { hashPassword, UNUSABLE_HASH, verifyPassword } from '../access/passwordHashing.js'
import { passwordProblem } from '../access/passwordRules.js'
import type { Viewer } from '../access/policy.js'
import type { SignInThrottle } from '../access/signInThrottle.js'
import type { Account, AccountRepository } from '../store/accountRepository.js'
import type { AuditLog } from '../store/auditLog.js'
import { NO_EVENTS, type ServiceEvents } from './serviceEvents.js'
import type { Role } from '../store/schema.js'

export const IDLE_TIMEOUT_MS = 30 * 60 * 1000
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000
/** Last-seen is written at most this often, so that every request is not a write. */
const TOUCH_EVERY_MS = 60 * 1000

export class AccountError extends Error {}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex')
const ACCOUNT_ROLES: readonly Role[] = ['national-analyst', 'council-user', 'improvement-adviser', 'administrator']

export type SignInResult =
  | { ok: true; token: string; viewer: Viewer }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; minutes: number }

/**
 * Accounts, sign-in and sessions. Session tokens are random, kept only in the user's cookie; the store holds their
 * hash.
 */
export class AccountService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly audit: AuditLog,
    private readonly throttle: SignInThrottle,
    private readonly now: () => Date = () => new Date(),
    private readonly events: ServiceEvents = NO_EVENTS,
  ) {}

  async create(
    input: { email: string; role: string; council?: string | null; password: string },
    by: string,
  ): Promise<Account> {
    const email = input.email.trim().toLowerCase()
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
      throw new AccountError('Enter an email address such as name@example.org')
    const { role, council } = checkedRole(input.role, input.council ?? null)
    const problem = passwordProblem(input.password, email)
    if (problem) throw new AccountError(problem)
    if (await this.accounts.byEmail(email)) throw new AccountError(`There is already an account for ${email}`)
    const account = await this.accounts.create({
      email,
      role,
      council,
      passwordHash: await hashPassword(input.password),
      createdAt: this.now().toISOString(),
    })
    await this.audit.record(by, 'account-created', council, `${email} as ${role}`)
    return account
  }

  async signIn(emailInput: string, password: string, client: string): Promise<SignInResult> {
    const email = emailInput.trim().toLowerCase().slice(0, 320)
    const keys = [`email:${email}`, `client:${client}`]
    const wait = await this.throttle.blockedFor(keys)
    if (wait > 0) {
      this.events.signInThrottled()
      await this.audit.record(email || '(blank)', 'sign-in-failed', null, `refused: too many attempts, from ${client}`)
      return { ok: false, reason: 'throttled', minutes: wait }
    }
    const account = await this.accounts.byEmail(email)
    const valid = await verifyPassword(password, account?.passwordHash ?? UNUSABLE_HASH)
    if (!account || !valid || account.disabled) {
      await this.throttle.fail(keys)
      this.events.signInFailed()
      await this.audit.record(email || '(blank)', 'sign-in-failed', null, `from ${client}`)
      return { ok: false, reason: 'invalid' }
    }
    await this.throttle.succeed(keys[0]!)
    // A new token at every sign-in: a session id known before sign-in is never used after it.
    const token = randomBytes(32).toString('base64url')
    const at = this.now().toISOString()
    await this.accounts.addSession({
      tokenHash: tokenHash(token),
      accountId: account.id,
      csrfToken: randomBytes(24).toString('base64url'),
      createdAt: at,
      lastSeenAt: at,
    })
    await this.audit.record(account.email, 'sign-in', account.council, `from ${client}`)
    return { ok: true, token, viewer: viewerOf(account) }
  }

  /** The signed-in viewer for a session token, or null when there is none or it has timed out (idle or absolute). */
  async session(token: string | undefined): Promise<{ viewer: Viewer; csrfToken: string } | null> {
    if (!token) return null
    const hash = tokenHash(token)
    const s = await this.accounts.session(hash)
    if (!s) return null
    const now = this.now().getTime()
    if (now - Date.parse(s.lastSeenAt) > IDLE_TIMEOUT_MS || now - Date.parse(s.createdAt) > ABSOLUTE_TIMEOUT_MS) {
      await this.accounts.endSession(hash)
      return null
    }
    const account = await this.accounts.byId(s.accountId)
    if (!account || account.disabled) return null
    if (now - Date.parse(s.lastSeenAt) > TOUCH_EVERY_MS)
      await this.accounts.touchSession(hash, this.now().toISOString())
    return { viewer: viewerOf(account), csrfToken: s.csrfToken }
  }

  async signOut(token: string, viewer: Viewer): Promise<void> {
    await this.accounts.endSession(tokenHash(token))
    await this.audit.record(viewer.email ?? '', 'sign-out', viewer.council, '')
  }

  async signOutEverywhere(viewer: Viewer): Promise<void> {
    if (!viewer.accountId) return
    await this.accounts.endAllSessions(viewer.accountId)
    await this.audit.record(viewer.email ?? '', 'sign-out-everywhere', viewer.council, '')
  }

  async disable(email: string, by: string): Promise<boolean> {
    const account = await this.accounts.byEmail(email)
    if (!account) return false
    await this.accounts.disable(account.id)
    await this.audit.record(by, 'account-disabled', account.council, account.email)
    return true
  }

  list(): Promise<Account[]> {
    return this.accounts.list()
  }

  byId(id: string): Promise<Account | null> {
    return this.accounts.byId(id)
  }

  /**
   * Creates an account with no password and a one-time link for its holder to set one: no password is ever sent
   * anywhere. Returns the account and the link's token.
   */
  async invite(input: { email: string; role: string; council?: string | null }, by: string) {
    const account = await this.create({ ...input, password: randomBytes(24).toString('base64url') }, by)
    const token = await this.issuePasswordLink(account.id, by)
    return { account, token }
  }

  /** A one-time link (the token) for an account to set its password, good for PASSWORD_LINK_HOURS. */
  async issuePasswordLink(accountId: string, by: string): Promise<string> {
    const account = await this.accounts.byId(accountId)
    if (!account) throw new AccountError('There is no such account')
    const token = randomBytes(32).toString('base64url')
    const expires = new Date(this.now().getTime() + PASSWORD_LINK_HOURS * 3600_000).toISOString()
    await this.accounts.addPasswordToken(tokenHash(token), account.id, expires)
    await this.audit.record(by, 'password-link-issued', account.council, account.email)
    return token
  }

  /** Whether a one-time link is still good. */
  async passwordLinkValid(token: string): Promise<boolean> {
    return (await this.accounts.passwordTokenAccount(tokenHash(token), this.now().toISOString())) !== null
  }

  /** Sets a password through a one-time link; throws AccountError when the link or the password will not do. */
  async setPassword(token: string, password: string): Promise<void> {
    const accountId = await this.accounts.passwordTokenAccount(tokenHash(token), this.now().toISOString())
    const account = accountId ? await this.accounts.byId(accountId) : null
    if (!account) throw new AccountError('This link has expired or has been used. Ask an administrator for another.')
    const problem = passwordProblem(password, account.email)
    if (problem) throw new AccountError(problem)
    const done = await this.accounts.usePasswordToken(
      tokenHash(token),
      this.now().toISOString(),
      await hashPassword(password),
    )
    if (!done) throw new AccountError('This link has expired or has been used. Ask an administrator for another.')
    await this.audit.record(account.email, 'password-set', account.council, 'through a one-time link')
  }

  /** A new role (and council, for a council user); the account's sessions end. */
  async changeRole(accountId: string, roleInput: string, councilInput: string | null, by: string): Promise<void> {
    const account = await this.accounts.byId(accountId)
    if (!account) throw new AccountError('There is no such account')
    const { role, council } = checkedRole(roleInput, councilInput)
    await this.accounts.changeRole(account.id, role, council)
    await this.audit.record(
      by,
      'account-changed',
      council,
      `${account.email} now ${role}${council ? ` (${council})` : ''}`,
    )
  }
}

/** How long a one-time password link lasts. */
export const PASSWORD_LINK_HOURS = 72

function checkedRole(roleInput: string, councilInput: string | null): { role: Role; council: string | null } {
  if (!ACCOUNT_ROLES.includes(roleInput as Role))
    throw new AccountError(`Role must be one of ${ACCOUNT_ROLES.join(', ')}`)
  const role = roleInput as Role
  const council = role === 'council-user' ? (councilInput?.trim() ?? '') : councilInput?.trim() || null
  if (role === 'council-user' && !ENGLISH_COUNCILS.some((c) => c.code === council)) {
    throw new AccountError(
      council
        ? `${council} is not the code of an English council with children's services: use the DfE three-digit code`
        : 'A council user needs a council: the DfE three-digit code, for example 850',
    )
  }
  if (role !== 'council-user' && council !== null) throw new AccountError('Only council users are bound to a council')
  return { role, council: role === 'council-user' ? council : null }
}

export function viewerOf(a: Account): Viewer {
  return { role: a.role, council: a.council, email: a.email, accountId: a.id }
}
