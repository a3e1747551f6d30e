import type { Store } from './database.js'

/**
 * Each council's journeys as last built from its current returns, with the basis they were built on. Derived data,
 * shared by every server on the store: a server whose basis differs builds them again and saves its own.
 */
export class CouncilJourneyRepository {
  constructor(private readonly store: Store) {}

  /** The encoded journeys of a council, when they were built on this basis. */
  async find(council: string, basis: string): Promise<string | null> {
    const row = await this.store.db
      .selectFrom('council_journeys')
      .select('journeys')
      .where('council', '=', council)
      .where('basis', '=', basis)
      .executeTakeFirst()
    return row?.journeys ?? null
  }

  async save(council: string, basis: string, journeys: string, at: string): Promise<void> {
    await this.store.db
      .insertInto('council_journeys')
      .values({ council, basis, journeys, built_at: at })
      .onConflict((oc) => oc.column('council').doUpdateSet({ basis, journeys, built_at: at }))
      .execute()
  }
}
