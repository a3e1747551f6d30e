import type { Store } from './database.js'
import { recordChange } from './dataChanges.js'

export interface PublishedVersion {
  period: string
  version: number
  publishedAt: string
  publishedBy: string
  note: string
  content: string
}

/**
 * Which periods are published, and what was published: the figures frozen at publication and every revision since,
 * each kept. A publication lands whole or not at all.
 */
export class PublicationRepository {
  constructor(private readonly store: Store) {}

  /** Publishes a period's first version. False (and nothing written) if it already was published. */
  async publish(period: string, by: string, at: string, content: string): Promise<boolean> {
    return this.store.db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom('publication')
        .select('period')
        .where('period', '=', period)
        .executeTakeFirst()
      if (existing) return false
      await trx.insertInto('publication').values({ period, published_by: by, published_at: at }).execute()
      // After a withdrawal the period is published again as the next version.
      const latest = await trx
        .selectFrom('published_scorecard')
        .select((eb) => eb.fn.max('version').as('v'))
        .where('period', '=', period)
        .executeTakeFirst()
      await trx
        .insertInto('published_scorecard')
        .values({ period, version: Number(latest?.v ?? 0) + 1, published_at: at, published_by: by, note: '', content })
        .execute()
      await recordChange(trx, this.store.dialect, { kind: 'publication', period })
      return true
    })
  }

  /** Publishes a revision of a published period; returns its version, or null when the period is not published. */
  async revise(period: string, by: string, at: string, note: string, content: string): Promise<number | null> {
    return this.store.db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom('publication')
        .select('period')
        .where('period', '=', period)
        .executeTakeFirst()
      if (!existing) return null
      const latest = await trx
        .selectFrom('published_scorecard')
        .select((eb) => eb.fn.max('version').as('v'))
        .where('period', '=', period)
        .executeTakeFirst()
      const version = Number(latest?.v ?? 0) + 1
      await trx
        .insertInto('published_scorecard')
        .values({ period, version, published_at: at, published_by: by, note, content })
        .execute()
      await recordChange(trx, this.store.dialect, { kind: 'publication', period })
      return version
    })
  }

  /** Withdraws a period from publication: the public no longer sees it; its versions are kept. False if it was not. */
  async withdraw(period: string): Promise<boolean> {
    return this.store.db.transaction().execute(async (trx) => {
      const r = await trx.deleteFrom('publication').where('period', '=', period).executeTakeFirst()
      if (Number(r.numDeletedRows) === 0) return false
      await recordChange(trx, this.store.dialect, { kind: 'publication', period })
      return true
    })
  }

  async published(): Promise<Set<string>> {
    const rows = await this.store.db.selectFrom('publication').select('period').execute()
    return new Set(rows.map((r) => r.period))
  }

  /** Every version of a period, oldest first, without their figures. */
  async versions(period: string): Promise<Omit<PublishedVersion, 'content'>[]> {
    const rows = await this.store.db
      .selectFrom('published_scorecard')
      .select(['period', 'version', 'published_at', 'published_by', 'note'])
      .where('period', '=', period)
      .orderBy('version')
      .execute()
    return rows.map((r) => ({
      period: r.period,
      version: Number(r.version),
      publishedAt: r.published_at,
      publishedBy: r.published_by,
      note: r.note,
    }))
  }

  /** One version of a period (the latest when none is named), or null. */
  async version(period: string, version?: number): Promise<PublishedVersion | null> {
    let q = this.store.db.selectFrom('published_scorecard').selectAll().where('period', '=', period)
    q = version === undefined ? q.orderBy('version', 'desc') : q.where('version', '=', version)
    const r = await q.limit(1).executeTakeFirst()
    return r
      ? {
          period: r.period,
          version: Number(r.version),
          publishedAt: r.published_at,
          publishedBy: r.published_by,
          note: r.note,
          content: r.content,
        }
      : null
  }

  /** Freezes a period published before versions were kept, as it is now. */
  async freezeUnversioned(period: string, content: string): Promise<void> {
    await this.store.db.transaction().execute(async (trx) => {
      const p = await trx.selectFrom('publication').selectAll().where('period', '=', period).executeTakeFirst()
      const any = await trx
        .selectFrom('published_scorecard')
        .select('version')
        .where('period', '=', period)
        .executeTakeFirst()
      if (!p || any) return
      await trx
        .insertInto('published_scorecard')
        .values({ period, version: 1, published_at: p.published_at, published_by: p.published_by, note: '', content })
        .execute()
    })
  }
}
