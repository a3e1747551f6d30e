import { expect } from 'expect'
import { after, before, describe, it } from 'node:test'
import { freshPostgresDatabase } from '../../test/support/freshPostgres.js'
import { noCourtStages } from '../pipeline/courtStages.js'
import { CourtStageRepository } from './courtStageRepository.js'
import { ExtractRepository } from './extractRepository.js'
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

    it('keeps in-year extracts whole, one per council and day (migration 2026-11-24-02-in-year-extracts)', async () => {
      const repo = new ExtractRepository(store)
      const bytes = (text: string) => new TextEncoder().encode(text)
      await repo.save(
        {
          council: '850',
          takenOn: '2013-08-15',
          rowCount: 3,
          files: [{ name: 'header.csv', bytes: bytes('a\u0000b') }],
        },
        'hampshire@test.invalid',
        '2026-11-24T00:00:00Z',
      )
      await repo.save(
        { council: '850', takenOn: '2012-11-30', rowCount: 1, files: [{ name: 'episodes.csv', bytes: bytes('x') }] },
        'cli',
        '2026-11-24T00:00:01Z',
      )
      // The same day again replaces that day's extract, files and all.
      await repo.save(
        { council: '850', takenOn: '2013-08-15', rowCount: 2, files: [{ name: 'episodes.csv', bytes: bytes('y') }] },
        'hampshire@test.invalid',
        '2026-11-24T00:00:02Z',
      )
      expect((await repo.list('850')).map((e) => [e.takenOn, e.rowCount, e.receivedBy])).toEqual([
        ['2012-11-30', 1, 'cli'],
        ['2013-08-15', 2, 'hampshire@test.invalid'],
      ])
      const files = await repo.files('850')
      expect(files.map((f) => [f.path, new TextDecoder().decode(f.bytes)])).toEqual([
        ['850/2012-11-30/episodes.csv', 'x'],
        ['850/2013-08-15/episodes.csv', 'y'],
      ])
      expect(await repo.list('856')).toEqual([])
    })
  })
}
