import type { Store } from './database.js'

/** Which periods are published: from then the public sees their (suppressed) scorecards. */
export class PublicationRepository {
  constructor(private readonly store: Store) {}

  async publish(period: string, by: string, at: string): Promise<boolean> {
    const existing = await this.store.db.selectFrom('publication').select('period').where('period', '=', period).executeTakeFirst()
    if (existing) return false
    await this.store.db.insertInto('publication').values({ period, published_by: by, published_at: at }).execute()
    return true
  }

  async published(): Promise<Set<string>> {
    const rows = await this.store.db.selectFrom('publication').select('period').execute()
    return new Set(rows.map((r) => r.period))
  }
}
