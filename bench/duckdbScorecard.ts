/**
 * The baseline an analyst would reach for: DuckDB reading the raw CSV files and computing A1, A10, A2 and A3 for one
 * period with the SQL in bench/scorecard.sql. Run as its own process by the benchmark so its time and peak memory
 * are its own: node dist/bench/duckdbScorecard.js DATA PERIOD A3MONTHS
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parsePeriod } from '../src/domain/period.js'

export interface DuckDbCouncil {
  council: string
  a1: number | null
  a1_children: number
  a10: number | null
  a10_children: number
  a2: number | null
  a2_children: number
  a3_within: number | null
  a3_children: number
}

const BENCH = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../bench')
const SQL_FILE = path.join(BENCH, 'scorecard.sql')

/** The part of @duckdb/node-api the baseline uses. */
interface DuckDbApi {
  DuckDBInstance: {
    create(path: string): Promise<{
      connect(): Promise<{
        runAndReadAll(sql: string): Promise<{ getRowObjectsJS(): unknown[] }>
        closeSync(): void
      }>
    }>
  }
}

/**
 * DuckDB lives in bench/duckdb with its own package.json, outside the product's lock file (see that file); `npm run
 * bench` installs it there.
 */
function loadDuckDb(): DuckDbApi {
  const require = createRequire(path.join(BENCH, 'duckdb', 'package.json'))
  try {
    return require('@duckdb/node-api') as DuckDbApi
  } catch {
    throw new Error('DuckDB is not installed: run npm install --prefix bench/duckdb (npm run bench does)')
  }
}

export async function duckDbScorecard(data: string, periodName: string, a3Months: number): Promise<DuckDbCouncil[]> {
  const period = parsePeriod(periodName)
  if (!period) throw new Error(`not a period: ${periodName}`)
  const sql = readFileSync(SQL_FILE, 'utf8')
    .replaceAll('{data}', data.replaceAll("'", "''"))
    .replaceAll('{periodStart}', period.start)
    .replaceAll('{periodEnd}', period.end)
    .replaceAll('{a3Months}', String(a3Months))
  const db = await loadDuckDb().DuckDBInstance.create(':memory:')
  const connection = await db.connect()
  const reader = await connection.runAndReadAll(sql)
  const rows = reader.getRowObjectsJS() as unknown as DuckDbCouncil[]
  connection.closeSync()
  return rows.map((r) => ({
    ...r,
    a1_children: Number(r.a1_children),
    a10_children: Number(r.a10_children),
    a2_children: Number(r.a2_children),
    a3_children: Number(r.a3_children),
  }))
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const [data, period, a3] = process.argv.slice(2)
  duckDbScorecard(data!, period!, Number(a3))
    .then((rows) => process.stdout.write(JSON.stringify(rows) + '\n'))
    .catch((e: unknown) => {
      console.error(e)
      process.exitCode = 1
    })
}
