import { randomUUID } from 'node:crypto'
import type { Store } from './database.js'
import type { Role } from './schema.js'

export interface Account {
  id: string
  email: string
  role: Role
  council: string | null
  passwordHash: string
  createdAt: string
  disabled: boolean
}

export interface SessionRow {
  tokenHash: string
  accountId: string
  csrfToken: string
  createdAt: string
  lastSeenAt: string
}

/** Accounts and their sessions. */
export class AccountRepository {
  constructor(private readonly store: Store) {}

  async create(input: {
    email: string
    role: Role
    council: string | null
    passwordHash: string
    createdAt: string
  }): Promise<Account> {
    const id = randomUUID()
    await this.store.db
      .insertInto('account')
      .values({
        id,
        email: input.email.toLowerCase(),
        role: input.role,
        council: input.council,
        password_hash: input.passwordHash,
        created_at: input.createdAt,
        disabled: 0,
      })
      .execute()
    return (await this.byId(id))!
  }

  private row(r: {
    id: string
    email: string
    role: Role
    council: string | null
    password_hash: string
    created_at: string
    disabled: number
  }): Account {
    return {
      id: r.id,
      email: r.email,
      role: r.role,
      council: r.council,
      passwordHash: r.password_hash,
      createdAt: r.created_at,
      disabled: Number(r.disabled) === 1,
    }
  }

  async byEmail(email: string): Promise<Account | null> {
    const r = await this.store.db
      .selectFrom('account')
      .selectAll()
      .where('email', '=', email.toLowerCase())
      .executeTakeFirst()
    return r ? this.row(r) : null
  }

  async byId(id: string): Promise<Account | null> {
    const r = await this.store.db.selectFrom('account').selectAll().where('id', '=', id).executeTakeFirst()
    return r ? this.row(r) : null
  }

  async list(): Promise<Account[]> {
    return (await this.store.db.selectFrom('account').selectAll().orderBy('email').execute()).map((r) => this.row(r))
  }

  async count(): Promise<number> {
    const r = await this.store.db
      .selectFrom('account')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst()
    return Number(r?.n ?? 0)
  }

  async disable(id: string): Promise<void> {
    await this.store.db.transaction().execute(async (trx) => {
      await trx.updateTable('account').set({ disabled: 1 }).where('id', '=', id).execute()
      await trx.deleteFrom('session').where('account_id', '=', id).execute()
    })
  }

  /** A new role and council; the account's sessions end, so the change holds from its next request. */
  async changeRole(id: string, role: Role, council: string | null): Promise<void> {
    await this.store.db.transaction().execute(async (trx) => {
      await trx.updateTable('account').set({ role, council }).where('id', '=', id).execute()
      await trx.deleteFrom('session').where('account_id', '=', id).execute()
    })
  }

  /** Keeps the hash of a one-time password link. */
  async addPasswordToken(tokenHash: string, accountId: string, expiresAt: string): Promise<void> {
    await this.store.db
      .insertInto('password_token')
      .values({ token_hash: tokenHash, account_id: accountId, expires_at: expiresAt, used: 0 })
      .execute()
  }

  /**
   * Uses a one-time password link: sets the password, marks the link used, ends the account's sessions, in one
   * transaction. The account id, or null when the link is unknown, used or expired.
   */
  async usePasswordToken(tokenHash: string, now: string, passwordHash: string): Promise<string | null> {
    return this.store.db.transaction().execute(async (trx) => {
      const t = await trx
        .selectFrom('password_token')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .where('used', '=', 0)
        .where('expires_at', '>', now)
        .executeTakeFirst()
      if (!t) return null
      await trx.updateTable('password_token').set({ used: 1 }).where('token_hash', '=', tokenHash).execute()
      await trx
        .updateTable('account')
        .set({ password_hash: passwordHash, disabled: 0 })
        .where('id', '=', t.account_id)
        .execute()
      await trx.deleteFrom('session').where('account_id', '=', t.account_id).execute()
      return t.account_id
    })
  }

  /** Whether a one-time link is still good (unknown, used and expired links are not), and for whom. */
  async passwordTokenAccount(tokenHash: string, now: string): Promise<string | null> {
    const t = await this.store.db
      .selectFrom('password_token')
      .select('account_id')
      .where('token_hash', '=', tokenHash)
      .where('used', '=', 0)
      .where('expires_at', '>', now)
      .executeTakeFirst()
    return t?.account_id ?? null
  }

  async addSession(s: SessionRow): Promise<void> {
    await this.store.db
      .insertInto('session')
      .values({
        token_hash: s.tokenHash,
        account_id: s.accountId,
        csrf_token: s.csrfToken,
        created_at: s.createdAt,
        last_seen_at: s.lastSeenAt,
      })
      .execute()
  }

  async session(tokenHash: string): Promise<SessionRow | null> {
    const r = await this.store.db
      .selectFrom('session')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst()
    return r
      ? {
          tokenHash: r.token_hash,
          accountId: r.account_id,
          csrfToken: r.csrf_token,
          createdAt: r.created_at,
          lastSeenAt: r.last_seen_at,
        }
      : null
  }

  async touchSession(tokenHash: string, at: string): Promise<void> {
    await this.store.db.updateTable('session').set({ last_seen_at: at }).where('token_hash', '=', tokenHash).execute()
  }

  async endSession(tokenHash: string): Promise<void> {
    await this.store.db.deleteFrom('session').where('token_hash', '=', tokenHash).execute()
  }

  async endAllSessions(accountId: string): Promise<void> {
    await this.store.db.deleteFrom('session').where('account_id', '=', accountId).execute()
  }
}
