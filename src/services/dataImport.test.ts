import { expect } from 'expect'
import { describe, it } from 'node:test'
import { cleanReturn, returnFiles } from '../../test/support/returnFixtures.js'
import { openStore } from '../store/database.js'
import { SubmissionRepository } from '../store/submissionRepository.js'
import { importReturns } from './dataImport.js'

describe('importing a data directory', () => {
  it('makes one current submission per council and year, counting rows and findings, and skips stray files', async () => {
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
    const result = await importReturns(files, repository, () => new Date('2026-11-22T12:00:00Z'), (d, n) => progress.push(`${d}/${n}`))
    // The clean return holds 2 + 4 + 1 + 1 = 8 rows.
    expect(result).toEqual({ councils: 2, submissions: 2, errors: 1, warnings: 0 })
    expect(progress).toEqual(['1/2', '2/2'])
    const [hampshire] = await repository.history('850')
    expect(hampshire).toMatchObject({ year: 2013, version: 1, state: 'current', rowCount: 8, receivedAt: '2026-11-22T12:00:00.000Z' })
    expect(hampshire!.files.map((f) => f.name)).toEqual(['ad1.csv', 'episodes.csv', 'header.csv', 'placed_adoption.csv'])
    await store.close()
  })
})
