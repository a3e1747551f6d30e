import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely'
import pg from 'pg'
import { migrationProvider } from './migrations.js'
import type { Schema } from './schema.js'

export interface Store {
  db: Kysely<Schema>
  dialect: 'sqlite' | 'postgres'
  close(): Promise<void>
}

/**
 * Opens the store: PostgreSQL when a connection string is given, otherwise
 * SQLite in a file (WAL) or in memory (':memory:'), and brings its schema up
 * to date.
 */
export async function openStore(options: { databaseUrl: string | null; sqliteFile: string }): Promise<Store> {
  let store: Store
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 })
    const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) })
    store = { db, dialect: 'postgres', close: () => db.destroy() }
  } else {
    if (options.sqliteFile !== ':memory:') mkdirSync(path.dirname(options.sqliteFile), { recursive: true })
    const sqlite = new Database(options.sqliteFile)
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('foreign_keys = ON')
    const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) })
    store = { db, dialect: 'sqlite', close: () => db.destroy() }
  }
  const { error } = await new Migrator({ db: store.db, provider: migrationProvider(store.dialect) }).migrateToLatest()
  if (error) {
    await store.close()
    throw error instanceof Error ? error : new Error('the store could not be migrated', { cause: error })
  }
  return store
}
