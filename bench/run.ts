/**
 * Benchmarks on the national synthetic data set (152 councils, collection years 2006-2016, seed 1), as CSV and as
 * the XML export: prints figures, asserts nothing. Each measured command runs as its own process, so its time and
 * peak memory are its own.
 *
 * - From raw files to every council's scorecard: `scorecard score` against the baseline an analyst would write, the
 *   DuckDB SQL in bench/scorecard.sql (A1, A10, A2, A3 with the same exclusions), run alternately, with their
 *   agreement council by council. Target: at most half DuckDB's time, under 400 MB.
 * - `scorecard validate` with every rule, CSV and XML. Target: under 10 s.
 */
import { availableParallelism, cpus, totalmem } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { editionFor } from '../src/scorecard/methodology.js'
import { mustSucceed, runCli, runNode, type CliRun } from './childProcesses.js'
import type { DuckDbCouncil } from './duckdbScorecard.js'
import { nationalData } from './nationalData.js'

const DUCKDB = path.join(path.dirname(fileURLToPath(import.meta.url)), 'duckdbScorecard.js')
const PERIOD = process.env.BENCH_PERIOD ?? '2010-13'
const RUNS = Number(process.env.BENCH_RUNS ?? 3)

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const row = (label: string, seconds: number, peakMb: number, note = '') =>
  console.log(
    `${label.padEnd(44)} ${seconds.toFixed(2).padStart(7)} s ${Math.round(peakMb).toString().padStart(6)} MB  ${note}`,
  )

interface OurCouncil {
  code: string
  indicators: Record<string, { value: number | null; children: number; count?: number }>
}

/** Council by council: do A1, A10, A2 and A3 (value and children counted) agree with DuckDB's? */
function agreement(ours: OurCouncil[], duck: DuckDbCouncil[]): { agree: number; of: number; differ: string[] } {
  const byCode = new Map(duck.map((d) => [d.council, d]))
  const differ: string[] = []
  let agree = 0
  let of = 0
  for (const c of ours) {
    const i = c.indicators
    const d = byCode.get(c.code)
    if (!d && (i.A1?.children ?? 0) === 0) continue // no adoption in the period: no row from the SQL either
    of++
    const mine = [
      i.A1!.value,
      i.A1!.children,
      i.A1_adjusted!.value,
      i.A2!.value,
      i.A2!.children,
      i.A3!.count,
      i.A3!.children,
    ]
    const theirs = d ? [d.a1, d.a1_children, d.a10, d.a2, d.a2_children, d.a3_within, d.a3_children] : []
    if (JSON.stringify(mine) === JSON.stringify(theirs)) agree++
    else differ.push(`${c.code}: ours ${JSON.stringify(mine)}, DuckDB ${JSON.stringify(theirs)}`)
  }
  return { agree, of, differ }
}

async function main() {
  console.log(
    `adoption-scorecard benchmark: node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model}), ` +
      `${Math.round(totalmem() / 1024 ** 3)} GB, ${new Date().toISOString().slice(0, 10)}`,
  )
  const base = await nationalData('csv')
  const xmlBase = await nationalData('xml')
  const a3Months = editionFor(PERIOD)!.a3Months

  console.log(`\nRaw CSV files to every council's scorecard for ${PERIOD}, ${RUNS} runs each, alternating (median):`)
  const ours: CliRun[] = []
  const duck: CliRun[] = []
  for (let i = 0; i < RUNS; i++) {
    const score = ['score', '--data', base, '--period', PERIOD, '--format', 'json']
    ours.push(mustSucceed('scorecard score', await runCli(score, {})))
    duck.push(mustSucceed('the DuckDB baseline', await runNode(DUCKDB, [base, PERIOD, String(a3Months)], {})))
  }
  const oursS = median(ours.map((m) => m.seconds))
  const duckS = median(duck.map((m) => m.seconds))
  const oursMb = Math.max(...ours.map((m) => m.peakMb))
  const duckMb = Math.max(...duck.map((m) => m.peakMb))
  row('scorecard score (every council)', oursS, oursMb, `runs: ${ours.map((m) => m.seconds.toFixed(2)).join(', ')}`)
  row('DuckDB SQL (A1, A10, A2, A3)', duckS, duckMb, `runs: ${duck.map((m) => m.seconds.toFixed(2)).join(', ')}`)
  console.log(
    `ratio ours / DuckDB: time ${(oursS / duckS).toFixed(2)} (target <= 0.50), peak memory ` +
      `${(oursMb / duckMb).toFixed(2)}; ours under 400 MB: ${oursMb < 400 ? 'yes' : 'no'}`,
  )
  const scored = JSON.parse(ours[0]!.stdout) as { councils: OurCouncil[] }
  const a = agreement(scored.councils, JSON.parse(duck[0]!.stdout) as DuckDbCouncil[])
  console.log(`agreement with DuckDB: ${a.agree} of ${a.of} councils with adoptions agree on every figure`)
  for (const d of a.differ.slice(0, 10)) console.log(`  differs: ${d}`)

  console.log('\nEvery rule on the national set (scorecard validate --format json):')
  for (const [label, dir] of [
    ['validate, CSV', base],
    ['validate, XML', xmlBase],
  ] as const) {
    const m = await runCli(['validate', '--data', dir, '--format', 'json'], {})
    if (m.status !== 0 && m.status !== 1) mustSucceed('scorecard validate', m)
    const findings = (JSON.parse(m.stdout) as unknown[]).length
    row(label, m.seconds, m.peakMb, `${findings} findings (target < 10 s)`)
  }
}

main().catch((e) => {
  console.error(e)
  process.exitCode = 1
})
