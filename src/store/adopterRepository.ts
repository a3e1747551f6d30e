import type { AdopterHousehold } from '../adopters/adopterRecords.js'
import type { Store } from './database.js'
import { recordChange } from './dataChanges.js'

/** Prospective adopter households, replaced agency by agency when a file is loaded. */
export class AdopterRepository {
  constructor(private readonly store: Store) {}

  async replace(households: readonly AdopterHousehold[]): Promise<void> {
    const agencies = [...new Set(households.map((h) => h.agency))]
    await this.store.db.transaction().execute(async (trx) => {
      if (agencies.length) await trx.deleteFrom('adopter_household').where('agency', 'in', agencies).execute()
      for (const h of households) {
        await trx
          .insertInto('adopter_household')
          .values({
            agency: h.agency,
            id: h.id,
            interest: h.interest,
            stage1: h.stage1,
            application: h.application,
            approved: h.approved,
            referred: h.referred,
            matched: h.matched,
            placed: h.placed,
            withdrawn: h.withdrawn,
            reason_withdrawn: h.reasonWithdrawn,
          })
          .execute()
      }
      await recordChange(trx, this.store.dialect, { kind: 'adopters' })
    })
  }

  async all(): Promise<AdopterHousehold[]> {
    const rows = await this.store.db
      .selectFrom('adopter_household')
      .selectAll()
      .orderBy('agency')
      .orderBy('id')
      .execute()
    return rows.map((r) => ({
      id: r.id,
      agency: r.agency,
      interest: r.interest,
      stage1: r.stage1,
      application: r.application,
      approved: r.approved,
      referred: r.referred,
      matched: r.matched,
      placed: r.placed,
      withdrawn: r.withdrawn,
      reasonWithdrawn: r.reason_withdrawn,
      row: 0,
    }))
  }
}
