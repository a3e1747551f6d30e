import { after, before, describe, it } from 'node:test'
import { expect } from 'expect'
import { openStore, type Store } from './database.js'
import { SubmissionRepository } from './submissionRepository.js'

const enc = (s: string) => new TextEncoder().encode(s)

/** The same tests on the embedded SQLite store and on PostgreSQL (TEST_DATABASE_URL, the machines' server by default). */
const targets: { name: string; url: string | null }[] = [
  { name: 'SQLite', url: null },
  { name: 'PostgreSQL', url: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test' },
]

for (const target of targets) {
  describe(`submission repository on ${target.name}`, () => {
    let store: Store
    let repo: SubmissionRepository
    before(async () => {
      store = await openStore({ databaseUrl: target.url, sqliteFile: ':memory:' })
      if (store.dialect === 'postgres') {
        await store.db.deleteFrom('submission_file').execute()
        await store.db.deleteFrom('submission').execute()
      }
      repo = new SubmissionRepository(store)
    })
    after(async () => store.close())

    it('stores a submission whole, and a later one supersedes it while the first stays readable', async () => {
      const first = await repo.add({ council: '850', year: 2013, files: [{ name: 'episodes.csv', bytes: enc('a') }, { name: 'header.csv', bytes: enc('b') }], rowCount: 2, warningCount: 0, receivedAt: '2026-11-22T10:00:00Z' })
      expect(first).toMatchObject({ council: '850', year: 2013, version: 1, state: 'current', rowCount: 2 })
      expect(first.files.map((f) => [f.name, f.size])).toEqual([['episodes.csv', 1], ['header.csv', 1]])
      expect(first.sha256).toMatch(/^[0-9a-f]{64}$/)
      const second = await repo.add({ council: '850', year: 2013, files: [{ name: 'episodes.csv', bytes: enc('c') }], rowCount: 1, warningCount: 3, receivedAt: '2026-11-22T11:00:00Z' })
      expect(second).toMatchObject({ version: 2, state: 'current', warningCount: 3 })
      expect((await repo.find(first.id))!.state).toBe('superseded')
      expect(new TextDecoder().decode((await repo.file(first.id, 'header.csv'))!)).toBe('b')
      expect((await repo.history('850')).map((s) => [s.version, s.state])).toEqual([[2, 'current'], [1, 'superseded']])
      expect(await repo.currentFiles('850')).toEqual([{ path: '850/2013/episodes.csv', bytes: enc('c') }])
    })

    it('lists councils with current data and keeps years apart', async () => {
      await repo.add({ council: '856', year: 2012, files: [{ name: 'e.csv', bytes: enc('x') }], rowCount: 1, warningCount: 0, receivedAt: '2026-11-22T12:00:00Z' })
      await repo.add({ council: '856', year: 2013, files: [{ name: 'e.csv', bytes: enc('y') }], rowCount: 1, warningCount: 0, receivedAt: '2026-11-22T12:00:00Z' })
      expect(await repo.councils()).toEqual(['850', '856'])
      expect((await repo.currentFiles('856')).map((f) => f.path)).toEqual(['856/2012/e.csv', '856/2013/e.csv'])
    })

    it('leaves the store exactly as it was when a submission fails part-way', async () => {
      const before = await repo.snapshot()
      const bad = { name: 'x.csv', bytes: null as unknown as Uint8Array } // the second file cannot be written
      await expect(repo.add({ council: '850', year: 2013, files: [{ name: 'ok.csv', bytes: enc('z') }, bad], rowCount: 1, warningCount: 0, receivedAt: '2026-11-22T13:00:00Z' })).rejects.toThrow()
      expect(await repo.snapshot()).toEqual(before)
    })
  })
}
