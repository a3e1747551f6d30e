import { after, before, describe, it } from 'node:test'
import { expect } from 'expect'
import { freshPostgresDatabase } from '../../test/support/freshPostgres.js'
import { openStore, type Store } from './database.js'
import { SubmissionRepository } from './submissionRepository.js'

const enc = (s: string) => new TextEncoder().encode(s)

/**
 * The same tests on the embedded SQLite store and on PostgreSQL (a fresh database on TEST_DATABASE_URL's server).
 */
const targets: { name: string; postgres: boolean }[] = [
  { name: 'SQLite', postgres: false },
  { name: 'PostgreSQL', postgres: true },
]

for (const target of targets) {
  describe(`submission repository on ${target.name}`, () => {
    let store: Store
    let fresh: { url: string; drop: () => Promise<void> } | null = null
    let repo: SubmissionRepository
    before(async () => {
      fresh = target.postgres ? await freshPostgresDatabase('submissions') : null
      store = await openStore({ databaseUrl: fresh?.url ?? null, sqliteFile: ':memory:' })
      repo = new SubmissionRepository(store)
    })
    after(async () => {
      await store.close()
      await fresh?.drop()
    })

    it('stores a submission whole, and a later one supersedes it while the first stays readable', async () => {
      const first = await repo.add({
        council: '850',
        year: 2013,
        files: [
          { name: 'episodes.csv', bytes: enc('a') },
          { name: 'header.csv', bytes: enc('b') },
        ],
        rowCount: 2,
        warningCount: 0,
        receivedAt: '2026-11-22T10:00:00Z',
      })
      expect(first).toMatchObject({ council: '850', year: 2013, version: 1, state: 'current', rowCount: 2 })
      expect(first.files.map((f) => [f.name, f.size])).toEqual([
        ['episodes.csv', 1],
        ['header.csv', 1],
      ])
      expect(first.sha256).toMatch(/^[0-9a-f]{64}$/)
      const second = await repo.add({
        council: '850',
        year: 2013,
        files: [{ name: 'episodes.csv', bytes: enc('c') }],
        rowCount: 1,
        warningCount: 3,
        receivedAt: '2026-11-22T11:00:00Z',
      })
      expect(second).toMatchObject({ version: 2, state: 'current', warningCount: 3 })
      expect((await repo.find(first.id))!.state).toBe('superseded')
      expect(new TextDecoder().decode((await repo.file(first.id, 'header.csv'))!)).toBe('b')
      expect((await repo.history('850')).map((s) => [s.version, s.state])).toEqual([
        [2, 'current'],
        [1, 'superseded'],
      ])
      expect(await repo.currentFiles('850')).toEqual([{ path: '850/2013/episodes.csv', bytes: enc('c') }])
    })

    it('lists councils with current data and keeps years apart', async () => {
      await repo.add({
        council: '856',
        year: 2012,
        files: [{ name: 'e.csv', bytes: enc('x') }],
        rowCount: 1,
        warningCount: 0,
        receivedAt: '2026-11-22T12:00:00Z',
      })
      await repo.add({
        council: '856',
        year: 2013,
        files: [{ name: 'e.csv', bytes: enc('y') }],
        rowCount: 1,
        warningCount: 0,
        receivedAt: '2026-11-22T12:00:00Z',
      })
      expect(await repo.councils()).toEqual(['850', '856'])
      expect((await repo.currentFiles('856')).map((f) => f.path)).toEqual(['856/2012/e.csv', '856/2013/e.csv'])
    })

    it('leaves the store exactly as it was when a submission fails part-way', async () => {
      const before = await repo.snapshot()
      const bad = { name: 'x.csv', bytes: null as unknown as Uint8Array } // the second file cannot be written
      await expect(
        repo.add({
          council: '850',
          year: 2013,
          files: [{ name: 'ok.csv', bytes: enc('z') }, bad],
          rowCount: 1,
          warningCount: 0,
          receivedAt: '2026-11-22T13:00:00Z',
        }),
      ).rejects.toThrow()
      expect(await repo.snapshot()).toEqual(before)
    })
  })
}
