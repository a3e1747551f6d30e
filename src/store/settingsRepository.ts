import type { Store } from './database.js'
import { recordChange } from './dataChanges.js'

/** Per-council settings (flag thresholds, the weekly cost of care), as key and value. */
export class SettingsRepository {
  constructor(private readonly store: Store) {}

  async all(council: string): Promise<Record<string, string>> {
    const rows = await this.store.db.selectFrom('council_setting').selectAll().where('council', '=', council).execute()
    return Object.fromEntries(rows.map((r) => [r.key, r.value]))
  }

  async save(council: string, values: Record<string, string>): Promise<void> {
    await this.store.db.transaction().execute(async (trx) => {
      for (const [key, value] of Object.entries(values)) {
        await trx.deleteFrom('council_setting').where('council', '=', council).where('key', '=', key).execute()
        await trx.insertInto('council_setting').values({ council, key, value }).execute()
      }
      await recordChange(trx, this.store.dialect, { kind: 'settings', council })
    })
  }
}
