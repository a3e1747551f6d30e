import { expect } from 'expect'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import pg from 'pg'
import { loadHistories, nationalJourneys } from '../src/journey/councilHistories.js'
import { scoreNation } from '../src/scorecard/nationalScorecard.js'
import { openStore, type Store } from '../src/store/database.js'
import { SubmissionRepository } from '../src/store/submissionRepository.js'
import { importReturns } from '../src/services/dataImport.js'
import { syntheticReturns } from './support/webApp.js'

const CLI = path.resolve('dist/src/cli/main.js')
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

/** What a restored store must give back: every table's rows counted, and a scorecard worked out from its returns. */
async function fingerprint(store: Store): Promise<unknown> {
  const tables = ['submission', 'submission_file', 'audit_event', 'data_change'] as const
  const counts = Object.fromEntries(
    await Promise.all(
      tables.map(
        async (t) =>
          [
            t,
            Number(
              (await store.db
                .selectFrom(t)
                .select((e) => e.fn.countAll().as('n'))
                .executeTakeFirst())!.n,
            ),
          ] as const,
      ),
    ),
  )
  const repository = new SubmissionRepository(store)
  const files = (await Promise.all((await repository.councils()).map((c) => repository.currentFiles(c)))).flat()
  const national = scoreNation(nationalJourneys(loadHistories(files)), '2010-13')
  return { counts, a1: national.councils.map((c) => [c.code, c.indicators.A1.value]) }
}

async function filled(store: Store): Promise<void> {
  await importReturns(
    syntheticReturns(['850', '856'], 2009, 2013, 0.3, 5),
    new SubmissionRepository(store),
    () => new Date(),
  )
}

describe('backups (docs/deployment.md)', () => {
  it('restores the embedded SQLite store from `scorecard backup`', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'backup-'))
    const sqliteFile = path.join(dir, 'live.sqlite')
    const store = await openStore({ databaseUrl: null, sqliteFile })
    await filled(store)
    const before = await fingerprint(store)
    const copy = path.join(dir, 'copy.sqlite')
    const r = spawnSync(process.execPath, [CLI, 'backup', '--out', copy], {
      env: { ...process.env, SQLITE_FILE: sqliteFile, DATABASE_URL: '' },
    })
    expect(r.status).toBe(0)
    await store.close()
    const restored = await openStore({ databaseUrl: null, sqliteFile: copy })
    expect(await fingerprint(restored)).toEqual(before)
    await restored.close()
  })

  it('restores PostgreSQL from pg_dump with pg_restore', async () => {
    const live = `scorecard_backup_${process.pid}`
    const back = `scorecard_restore_${process.pid}`
    const url = (db: string) => ADMIN_URL.replace(/\/[^/]*$/, `/${db}`)
    const admin = new pg.Client({ connectionString: ADMIN_URL })
    await admin.connect()
    for (const db of [live, back]) await admin.query(`drop database if exists ${db}`)
    await admin.query(`create database ${live}`)
    await admin.query(`create database ${back}`)
    try {
      const store = await openStore({ databaseUrl: url(live), sqliteFile: '' })
      await filled(store)
      const before = await fingerprint(store)
      await store.close()
      const dump = path.join(mkdtempSync(path.join(tmpdir(), 'dump-')), 'store.dump')
      execFileSync('pg_dump', ['--format=custom', '--file', dump, url(live)])
      execFileSync('pg_restore', ['--no-owner', '--dbname', url(back), dump])
      const restored = await openStore({ databaseUrl: url(back), sqliteFile: '' })
      expect(await fingerprint(restored)).toEqual(before)
      await restored.close()
    } finally {
      for (const db of [live, back]) await admin.query(`drop database if exists ${db} with (force)`)
      await admin.end()
    }
  })
})
