import { sql, type Kysely, type Transaction } from 'kysely'
import type { Store } from './database.js'
import type { Schema } from './schema.js'

/** What changed in the store that servers may hold derived from: they reload only what a change touches. */
export type ChangeKind =
  'submission' | 'publication' | 'commentary' | 'neighbours' | 'settings' | 'adopters' | 'court-stages' | 'extract'

export interface DataChange {
  /** The data version after the change: it only goes up. */
  id: number
  kind: ChangeKind
  council: string | null
  period: string | null
}

/** PostgreSQL's channel for data changes: delivered to every listening server when the change commits. */
export const CHANGE_CHANNEL = 'adoption_data_change'

/**
 * Records a change in the same transaction as the change itself, so a server that sees the version go up sees the
 * change, and one that does not sees neither. On PostgreSQL it also notifies listening servers (at commit).
 */
export async function recordChange(
  trx: Transaction<Schema> | Kysely<Schema>,
  dialect: Store['dialect'],
  change: { kind: ChangeKind; council?: string | null; period?: string | null },
): Promise<void> {
  await trx
    .insertInto('data_change')
    .values({
      at: new Date().toISOString(),
      kind: change.kind,
      council: change.council ?? null,
      period: change.period ?? null,
    })
    .execute()
  if (dialect === 'postgres') await sql`select pg_notify(${CHANGE_CHANNEL}, ${change.kind})`.execute(trx)
}

/** Reads the data version and the changes since a version. */
export class DataChangeRepository {
  constructor(private readonly store: Store) {}

  async version(): Promise<number> {
    const r = await this.store.db
      .selectFrom('data_change')
      .select((eb) => eb.fn.max('id').as('v'))
      .executeTakeFirst()
    return Number(r?.v ?? 0)
  }

  async since(version: number): Promise<DataChange[]> {
    const rows = await this.store.db
      .selectFrom('data_change')
      .select(['id', 'kind', 'council', 'period'])
      .where('id', '>', version)
      .orderBy('id')
      .execute()
    return rows.map((r) => ({ id: Number(r.id), kind: r.kind as ChangeKind, council: r.council, period: r.period }))
  }
}
