import type { CalendarDate } from '../domain/calendarDate.js'
import type { ReturnFile } from '../ssda903/returnFiles.js'
import type { Store } from './database.js'
import { recordChange } from './dataChanges.js'
import type { StoredFile } from './submissionRepository.js'

export interface StoredExtract {
  council: string
  takenOn: CalendarDate
  receivedAt: string
  receivedBy: string
  rowCount: number
}

/**
 * In-year extracts, kept apart from the annual returns (submissions) so that the scorecard never reads them. One per
 * council and day: a second extract for the same day replaces the first; extracts of other days are all kept.
 */
export class ExtractRepository {
  constructor(private readonly store: Store) {}

  /** Stores an extract whole, in one transaction, with the change every server hears of. */
  async save(
    e: { council: string; takenOn: CalendarDate; rowCount: number; files: readonly StoredFile[] },
    by: string,
    at: string,
  ): Promise<void> {
    await this.store.db.transaction().execute(async (trx) => {
      await trx
        .deleteFrom('in_year_extract_file')
        .where('council', '=', e.council)
        .where('taken_on', '=', e.takenOn)
        .execute()
      await trx
        .deleteFrom('in_year_extract')
        .where('council', '=', e.council)
        .where('taken_on', '=', e.takenOn)
        .execute()
      await trx
        .insertInto('in_year_extract')
        .values({ council: e.council, taken_on: e.takenOn, received_at: at, received_by: by, row_count: e.rowCount })
        .execute()
      for (const f of e.files) {
        await trx
          .insertInto('in_year_extract_file')
          .values({ council: e.council, taken_on: e.takenOn, name: f.name, content: f.bytes })
          .execute()
      }
      await recordChange(trx, this.store.dialect, { kind: 'extract', council: e.council })
    })
  }

  /** A council's extracts, oldest first. */
  async list(council: string): Promise<StoredExtract[]> {
    const rows = await this.store.db
      .selectFrom('in_year_extract')
      .selectAll()
      .where('council', '=', council)
      .orderBy('taken_on')
      .execute()
    return rows.map((r) => ({
      council: r.council,
      takenOn: r.taken_on,
      receivedAt: r.received_at,
      receivedBy: r.received_by,
      rowCount: Number(r.row_count),
    }))
  }

  /** Every extract file of a council, laid out as DIR/<council>/<YYYY-MM-DD>/<file>. */
  async files(council: string): Promise<ReturnFile[]> {
    const rows = await this.store.db
      .selectFrom('in_year_extract_file')
      .select(['taken_on', 'name', 'content'])
      .where('council', '=', council)
      .orderBy('taken_on')
      .orderBy('name')
      .execute()
    return rows.map((r) => ({ path: `${council}/${r.taken_on}/${r.name}`, bytes: new Uint8Array(r.content) }))
  }
}
