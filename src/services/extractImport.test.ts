import { expect } from 'expect'
import { describe, it } from 'node:test'
import { ANNUAL, AUGUST, NOVEMBER, august, extractFiles } from '../../test/support/extractFixtures.js'
import { episode } from '../ssda903/exampleReturn.js'
import { AuditLog } from '../store/auditLog.js'
import { openStore } from '../store/database.js'
import { ExtractRepository } from '../store/extractRepository.js'
import { importExtracts } from './extractImport.js'

describe('importing in-year extracts from a data directory', () => {
  it('stores each clean extract, audited, and reports one with an error without storing it', async () => {
    const store = await openStore({ databaseUrl: null, sqliteFile: ':memory:' })
    try {
      const extracts = new ExtractRepository(store)
      const audit = new AuditLog(store, () => new Date('2026-11-24T00:00:00Z'))
      // 1 September 2013 is after an extract taken on 1 August 2013: an error (rule 354 and others).
      const late = extractFiles('850', '2013-08-01', {
        ...august,
        Episodes: [episode('C4', '01/09/2013', 'S', 'C2', 'Q2')],
      })
      const done = await importExtracts(
        [...ANNUAL, ...AUGUST, ...NOVEMBER, ...late],
        extracts,
        audit,
        'cli',
        () => new Date(),
      )
      expect(done.map((d) => [d.takenOn, d.stored])).toEqual([
        ['2012-11-30', true],
        ['2013-08-01', false],
        ['2013-08-15', true],
      ])
      expect(done[1]!.errors).toBeGreaterThan(0)
      expect((await extracts.list('850')).map((e) => [e.takenOn, e.rowCount])).toEqual([
        ['2012-11-30', 8],
        ['2013-08-15', 11],
      ])
      // The August extract: 3 Header, 4 Episodes, 1 AD1 and 3 PlacedAdoption rows; November's 2, 4 and 2.
      expect((await extracts.files('850')).filter((f) => f.path.startsWith('850/2013-08-15/')).length).toBe(4)
      expect((await audit.search({ action: 'upload' })).map((e) => e.detail)).toEqual([
        'in-year extract taken on 2013-08-15: 4 files, 11 rows',
        'in-year extract taken on 2012-11-30: 3 files, 8 rows',
      ])
    } finally {
      await store.close()
    }
  })
})
