import { expect } from 'expect'
import { after, before, describe, it } from 'node:test'
import { freshPostgresDatabase } from '../../test/support/freshPostgres.js'
import { noCourtStages } from '../pipeline/courtStages.js'
import { CourtStageRepository } from './courtStageRepository.js'
import { DataChangeRepository } from './dataChanges.js'
import { openStore, type Store } from './database.js'

for (const target of [
  { name: 'SQLite', postgres: false },
  { name: 'PostgreSQL', postgres: true },
]) {
  describe(`court stages on ${target.name} (migration 2026-11-24-01-court-stages)`, () => {
    let store: Store
    let fresh: { url: string; drop: () => Promise<void> } | null = null
    before(async () => {
      fresh = target.postgres ? await freshPostgresDatabase('court') : null
      store = await openStore({ databaseUrl: fresh?.url ?? null, sqliteFile: ':memory:' })
    })
    after(async () => {
      await store.close()
      await fresh?.drop()
    })

    it('keeps one record per council and child, replaced whole, and tells other servers', async () => {
      const repo = new CourtStageRepository(store)
      const changes = new DataChangeRepository(store)
      const before = await changes.version()
      const first = {
        ...noCourtStages('850', 'C1'),
        recommendation: '2013-04-01',
        annexARequested: '2013-04-05',
        annexATeam: 'Adoption Team',
        hearings: ['2013-09-12', '2013-07-01'],
      }
      await repo.save(first, 'hampshire@test.invalid', '2026-11-24T00:00:00Z')
      await repo.save({ ...noCourtStages('856', 'C1'), orderMade: null }, 'leicester@test.invalid', 't')
      expect(await repo.find('850', 'C1')).toEqual({ ...first, hearings: ['2013-07-01', '2013-09-12'] })
      const second = { ...first, annexAReceived: '2013-05-01', applicationLodged: '2013-05-20', hearings: [] }
      await repo.save(second, 'hampshire@test.invalid', '2026-11-24T01:00:00Z')
      expect(await repo.forCouncil('850')).toEqual([second])
      expect(await repo.find('850', 'nobody')).toBeNull()
      expect((await changes.since(before)).map((c) => [c.kind, c.council])).toEqual([
        ['court-stages', '850'],
        ['court-stages', '856'],
        ['court-stages', '850'],
      ])
    })
  })
}
