import { expect } from 'expect'
import { describe, it } from 'node:test'
import { cleanReturn, returnFiles } from '../../test/support/returnFixtures.js'
import { openStore } from '../store/database.js'
import { SubmissionRepository } from '../store/submissionRepository.js'
import { importReturns } from './dataImport.js'

describe('importing a data directory', () => {
  it('makes one submission per council and year, counting rows and findings, skipping stray files', async () => {
    const store = await openStore({ databaseUrl: null, sqliteFile: ':memory:' })
    const repository = new SubmissionRepository(store)
    const broken = cleanReturn()
    broken.Header[1]!.ETHNIC = 'White' // rule 103, an error
    const files = [
      ...returnFiles('850', 2013, cleanReturn()),
      ...returnFiles('856', 2013, broken),
      { path: 'README.txt', bytes: new TextEncoder().encode('notes') },
    ]
    const progress: string[] = []
    const result = await importReturns(
      files,
      repository,
      () => new Date('2026-11-22T12:00:00Z'),
      (d, n) => progress.push(`${d}/${n}`),
    )
    // The clean return holds 2 + 4 + 1 + 1 = 8 rows.
    expect(result).toMatchObject({ councils: 2, submissions: 2, unchanged: 0, errors: 1, warnings: 0 })
    expect(result!.returns.map((r) => [r.council, r.year, r.kind, r.version])).toEqual([
      ['850', 2013, 'new', 1],
      ['856', 2013, 'new', 1],
    ])
    expect(progress).toEqual(['1/2', '2/2'])
    const [hampshire] = await repository.history('850')
    expect(hampshire).toMatchObject({
      year: 2013,
      version: 1,
      state: 'current',
      rowCount: 8,
      receivedAt: '2026-11-22T12:00:00.000Z',
    })
    expect(hampshire!.files.map((f) => f.name)).toEqual([
      'ad1.csv',
      'episodes.csv',
      'header.csv',
      'placed_adoption.csv',
    ])
    // Again: Hampshire's files are the same bytes (left as they are); Leicester's lose child B.
    const fixed = cleanReturn()
    fixed.Header = fixed.Header.filter((h) => h.CHILD !== 'B')
    fixed.Episodes = fixed.Episodes.filter((e) => e.CHILD !== 'B')
    const again = await importReturns(
      [...returnFiles('850', 2013, cleanReturn()), ...returnFiles('856', 2013, fixed)],
      repository,
      () => new Date('2026-11-23T12:00:00Z'),
    )
    expect(again).toMatchObject({ submissions: 1, unchanged: 1 })
    expect(again!.returns.find((r) => r.council === '856')).toEqual({
      council: '856',
      year: 2013,
      kind: 'replaced',
      version: 2,
      changes: {
        children: { added: 0, removed: 1 },
        episodes: { added: 0, removed: 1 },
        adoptions: { added: 0, removed: 0 },
        same: false,
      },
    })
    expect((await repository.history('850')).map((s) => s.version)).toEqual([1])
    await store.close()
  })

  it('writes nothing when asked to stop before it writes: the store is as it was', async () => {
    const store = await openStore({ databaseUrl: null, sqliteFile: ':memory:' })
    const repository = new SubmissionRepository(store)
    const result = await importReturns(
      returnFiles('850', 2013, cleanReturn()),
      repository,
      () => new Date(),
      undefined,
      {
        stopRequested: () => true,
      },
    )
    expect(result).toBeNull()
    expect(await repository.councils()).toEqual([])
    await store.close()
  })
})
