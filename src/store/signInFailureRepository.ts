import type { Store } from './database.js'

/** Failed sign-ins, in the store so that every server counts the same ones. */
export class SignInFailureRepository {
  constructor(private readonly store: Store) {}

  /** Records a failure under each key, and forgets failures older than `forgetBefore`. */
  async record(keys: readonly string[], at: number, forgetBefore: number): Promise<void> {
    await this.store.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('sign_in_failure').where('at', '<', forgetBefore).execute()
      if (keys.length > 0)
        await trx
          .insertInto('sign_in_failure')
          .values(keys.map((key) => ({ key, at })))
          .execute()
    })
  }

  /** For each key, how many failures since `since` and when the oldest of them was. */
  async recent(keys: readonly string[], since: number): Promise<Map<string, { count: number; oldest: number }>> {
    if (keys.length === 0) return new Map()
    const rows = await this.store.db
      .selectFrom('sign_in_failure')
      .select((eb) => ['key', eb.fn.countAll<number>().as('n'), eb.fn.min('at').as('oldest')])
      .where('key', 'in', keys)
      .where('at', '>=', since)
      .groupBy('key')
      .execute()
    return new Map(rows.map((r) => [r.key, { count: Number(r.n), oldest: Number(r.oldest) }]))
  }

  async clear(key: string): Promise<void> {
    await this.store.db.deleteFrom('sign_in_failure').where('key', '=', key).execute()
  }
}
