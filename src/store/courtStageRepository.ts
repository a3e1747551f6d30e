import type { CourtStages } from '../pipeline/courtStages.js'
import type { Store } from './database.js'
import { recordChange } from './dataChanges.js'
import type { CourtStageTable } from './schema.js'

const fromRow = (r: CourtStageTable): CourtStages => ({
  council: r.council,
  child: r.child,
  recommendation: r.recommendation,
  annexARequested: r.annex_a_requested,
  annexAReceived: r.annex_a_received,
  annexATeam: r.annex_a_team,
  applicationLodged: r.application_lodged,
  hearings: r.hearings === '' ? [] : r.hearings.split(','),
  orderMade: r.order_made,
})

/** The court stages councils record for their placed children: one row per council and child, replaced whole. */
export class CourtStageRepository {
  constructor(private readonly store: Store) {}

  async forCouncil(council: string): Promise<CourtStages[]> {
    const rows = await this.store.db
      .selectFrom('court_stage')
      .selectAll()
      .where('council', '=', council)
      .orderBy('child')
      .execute()
    return rows.map(fromRow)
  }

  async find(council: string, child: string): Promise<CourtStages | null> {
    const row = await this.store.db
      .selectFrom('court_stage')
      .selectAll()
      .where('council', '=', council)
      .where('child', '=', child)
      .executeTakeFirst()
    return row ? fromRow(row) : null
  }

  /** Replaces a child's court stages, in one transaction with the change every server hears of. */
  async save(s: CourtStages, by: string, at: string): Promise<void> {
    await this.store.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('court_stage').where('council', '=', s.council).where('child', '=', s.child).execute()
      await trx
        .insertInto('court_stage')
        .values({
          council: s.council,
          child: s.child,
          recommendation: s.recommendation,
          annex_a_requested: s.annexARequested,
          annex_a_received: s.annexAReceived,
          annex_a_team: s.annexATeam,
          application_lodged: s.applicationLodged,
          hearings: [...s.hearings].sort().join(','),
          order_made: s.orderMade,
          updated_at: at,
          updated_by: by,
        })
        .execute()
      await recordChange(trx, this.store.dialect, { kind: 'court-stages', council: s.council })
    })
  }
}
