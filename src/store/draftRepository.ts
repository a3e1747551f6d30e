import type { Store } from './database.js'

export interface StoredDraft {
  id: string
  owner: string
  council: string
  year: number
  createdAt: string
  /** The report, as JSON. */
  report: string
}

/**
 * Uploads checked and waiting for confirmation, in the store: any server can show or confirm one, none holds one in
 * memory. A draft lands whole (report and files in one transaction) or not at all.
 */
export class DraftRepository {
  constructor(private readonly store: Store) {}

  /**
   * Keeps a draft, forgetting drafts made before `expireBefore` and the owner's oldest beyond `perOwner - 1`, in the
   * same transaction.
   */
  async save(
    draft: StoredDraft,
    files: readonly { name: string; bytes: Uint8Array }[],
    limits: { expireBefore: string; perOwner: number },
  ): Promise<void> {
    await this.store.db.transaction().execute(async (trx) => {
      const expired = trx.selectFrom('upload_draft').select('id').where('created_at', '<', limits.expireBefore)
      await trx.deleteFrom('upload_draft_file').where('draft_id', 'in', expired).execute()
      await trx.deleteFrom('upload_draft').where('created_at', '<', limits.expireBefore).execute()
      const mine = await trx
        .selectFrom('upload_draft')
        .select('id')
        .where('owner', '=', draft.owner)
        .orderBy('created_at', 'desc')
        .execute()
      const surplus = mine.slice(Math.max(0, limits.perOwner - 1)).map((d) => d.id)
      if (surplus.length > 0) {
        await trx.deleteFrom('upload_draft_file').where('draft_id', 'in', surplus).execute()
        await trx.deleteFrom('upload_draft').where('id', 'in', surplus).execute()
      }
      await trx
        .insertInto('upload_draft')
        .values({
          id: draft.id,
          owner: draft.owner,
          council: draft.council,
          year: draft.year,
          created_at: draft.createdAt,
          report: draft.report,
        })
        .execute()
      for (const [position, f] of files.entries()) {
        await trx
          .insertInto('upload_draft_file')
          .values({ draft_id: draft.id, position, name: f.name, content: f.bytes })
          .execute()
      }
    })
  }

  /** A draft made on or after `notBefore`, or null. */
  async find(id: string, notBefore: string): Promise<StoredDraft | null> {
    const r = await this.store.db
      .selectFrom('upload_draft')
      .selectAll()
      .where('id', '=', id)
      .where('created_at', '>=', notBefore)
      .executeTakeFirst()
    return r
      ? {
          id: r.id,
          owner: r.owner,
          council: r.council,
          year: Number(r.year),
          createdAt: r.created_at,
          report: r.report,
        }
      : null
  }

  async files(id: string): Promise<{ name: string; bytes: Uint8Array }[]> {
    const rows = await this.store.db
      .selectFrom('upload_draft_file')
      .select(['name', 'content'])
      .where('draft_id', '=', id)
      .orderBy('position')
      .execute()
    return rows.map((r) => ({ name: r.name, bytes: new Uint8Array(r.content) }))
  }

  async remove(id: string): Promise<void> {
    await this.store.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('upload_draft_file').where('draft_id', '=', id).execute()
      await trx.deleteFrom('upload_draft').where('id', '=', id).execute()
    })
  }

  /** How many drafts are kept (for tests and the metrics). */
  async count(): Promise<number> {
    const r = await this.store.db
      .selectFrom('upload_draft')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst()
    return Number(r?.n ?? 0)
  }
}
