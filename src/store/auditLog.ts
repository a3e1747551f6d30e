import type { Store } from './database.js'

export interface AuditEvent {
  id: number
  at: string
  actor: string
  action: string
  council: string | null
  detail: string
}

export type AuditAction =
  | 'sign-in'
  | 'sign-in-failed'
  | 'sign-out'
  | 'sign-out-everywhere'
  | 'upload'
  | 'publication'
  | 'export'
  | 'child-level-view'
  | 'account-created'
  | 'account-disabled'
  | 'account-changed'
  | 'password-link-issued'
  | 'password-set'
  | 'court-stage'
  | 'review-step'
  | 'plan-change'

/**
 * Who did what, to which council, when. Append-only: there is no update or delete here, and triggers refuse them in the
 * database.
 */
export class AuditLog {
  constructor(
    private readonly store: Store,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async record(actor: string, action: AuditAction, council: string | null, detail: string): Promise<void> {
    await this.store.db
      .insertInto('audit_event')
      .values({ at: this.now().toISOString(), actor, action, council, detail: detail.slice(0, 1000) })
      .execute()
  }

  async search(filter: {
    actor?: string
    action?: string
    council?: string
    from?: string
    to?: string
    limit?: number
  }): Promise<AuditEvent[]> {
    let q = this.store.db.selectFrom('audit_event').selectAll()
    if (filter.actor) q = q.where('actor', 'like', `%${filter.actor}%`)
    if (filter.action) q = q.where('action', '=', filter.action)
    if (filter.council) q = q.where('council', '=', filter.council)
    if (filter.from) q = q.where('at', '>=', filter.from)
    if (filter.to) q = q.where('at', '<=', `${filter.to}T99`)
    const rows = await q
      .orderBy('id', 'desc')
      .limit(filter.limit ?? 500)
      .execute()
    return rows.map((r) => ({ ...r, id: Number(r.id) }))
  }
}
