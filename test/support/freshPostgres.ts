import pg from 'pg'

/** The machines' PostgreSQL server (TEST_DATABASE_URL, or the `test` database on 127.0.0.1). */
export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

/**
 * A new, empty database on the test server for one test file, so no test meets tables (or migrations) left by
 * another run, another branch or another file running at the same time. `drop` removes it.
 */
export async function freshPostgresDatabase(purpose: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `scorecard_${purpose}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: ADMIN_URL })
    await client.connect()
    try {
      await client.query(statement)
    } finally {
      await client.end()
    }
  }
  await admin(`create database ${name}`)
  return {
    url: ADMIN_URL.replace(/\/[^/]*$/, `/${name}`),
    drop: () => admin(`drop database if exists ${name} with (force)`),
  }
}
