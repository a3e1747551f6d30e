import type { Store } from './database.js'
import { recordChange } from './dataChanges.js'

export interface Commentary {
  council: string
  period: string
  text: string
  updatedBy: string
  updatedAt: string
}

/** A council's own account of its figures, and the statistical-neighbour list. */
export class ContextRepository {
  constructor(private readonly store: Store) {}

  async commentary(council: string, period: string): Promise<Commentary | null> {
    const r = await this.store.db
      .selectFrom('commentary')
      .selectAll()
      .where('council', '=', council)
      .where('period', '=', period)
      .executeTakeFirst()
    return r
      ? { council: r.council, period: r.period, text: r.text, updatedBy: r.updated_by, updatedAt: r.updated_at }
      : null
  }

  async saveCommentary(c: Commentary): Promise<void> {
    await this.store.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('commentary').where('council', '=', c.council).where('period', '=', c.period).execute()
      await trx
        .insertInto('commentary')
        .values({
          council: c.council,
          period: c.period,
          text: c.text,
          updated_by: c.updatedBy,
          updated_at: c.updatedAt,
        })
        .execute()
      await recordChange(trx, this.store.dialect, { kind: 'commentary', council: c.council, period: c.period })
    })
  }

  /** Replaces the whole neighbour list in one transaction. */
  async replaceNeighbours(groups: ReadonlyMap<string, readonly string[]>): Promise<void> {
    await this.store.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('statistical_neighbour').execute()
      for (const [council, neighbours] of groups) {
        for (const [i, neighbour] of neighbours.entries()) {
          await trx
            .insertInto('statistical_neighbour')
            .values({ council, neighbour, position: i + 1 })
            .execute()
        }
      }
      await recordChange(trx, this.store.dialect, { kind: 'neighbours' })
    })
  }

  async neighbours(): Promise<Map<string, string[]>> {
    const rows = await this.store.db
      .selectFrom('statistical_neighbour')
      .selectAll()
      .orderBy('council')
      .orderBy('position')
      .execute()
    const groups = new Map<string, string[]>()
    for (const r of rows) groups.set(r.council, [...(groups.get(r.council) ?? []), r.neighbour])
    return groups
  }
}
