/**
 * Benchmarks on the national synthetic data set (152 councils, collection
 * years 2006-2016, seed 1): prints figures, asserts nothing. Targets from the
 * issues: read + validate + stitch under 10 s and 1.5 GB; scoring every period
 * from stitched data under 1 s, and from raw files under 5 s.
 */
import { existsSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ENGLISH_COUNCILS } from '../src/domain/englishCouncils.js'
import { loadHistories, nationalJourneys } from '../src/journey/councilHistories.js'
import { EDITIONS } from '../src/scorecard/methodology.js'
import { scoreNation } from '../src/scorecard/nationalScorecard.js'
import { readDataDirectory } from '../src/ssda903/dataDirectory.js'
import { writeSynthetic } from '../src/synth/nationalSynth.js'

const PERIODS = EDITIONS.map((e) => e.period).filter((p) => Number(p.slice(0, 4)) + 3 <= 2016)
const dir = process.env.BENCH_DATA ?? path.join(tmpdir(), 'adoption-scorecard-bench-152-2006-2016-seed1')
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

async function timed<T>(label: string, f: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now()
  const value = await f()
  const ms = performance.now() - start
  console.log(`${label.padEnd(52)} ${seconds(ms)}`)
  return [value, ms]
}

async function main() {
  console.log(`adoption-scorecard benchmark, node ${process.version}, data in ${dir}`)
  if (!existsSync(`${dir}.complete`)) {
    await timed('synthesise national data (152 councils, 2006-2016)', () =>
      writeSynthetic(dir, { councils: ENGLISH_COUNCILS, firstYear: 2006, lastYear: 2016, seed: 1, scale: 1, faultRate: 0 }))
    writeFileSync(`${dir}.complete`, 'ok')
  }
  const rssBefore = process.memoryUsage().rss
  const [files, readMs] = await timed('read files from disk', () => readDataDirectory(dir))
  const bytes = files.reduce((s, f) => s + f.bytes.length, 0)
  const [histories, loadMs] = await timed('parse + validate + stitch + journeys', () => loadHistories(files))
  const journeys = [...histories.councils.values()].reduce((s, c) => s + c.journeys.length, 0)
  console.log(`  ${files.length} files, ${mb(bytes)}, ${histories.rows.toLocaleString('en-GB')} rows, ${journeys.toLocaleString('en-GB')} journeys, ${histories.findings.length} findings`)
  console.log(`  rows read per second (whole load): ${Math.round(histories.rows / ((readMs + loadMs) / 1000)).toLocaleString('en-GB')}`)
  console.log(`${'read + validate + stitch, total'.padEnd(52)} ${seconds(readMs + loadMs)}   (target < 10 s)`)
  const national = nationalJourneys(histories)
  const [, scoreMs] = await timed(`score all councils for ${PERIODS.length} periods (stitched)`, () => {
    for (const p of PERIODS) scoreNation(national, p)
  })
  console.log(`  per period: ${seconds(scoreMs / PERIODS.length)}   (target: all periods < 1 s)`)
  console.log(`${'raw files to one period scored'.padEnd(52)} ${seconds(readMs + loadMs + scoreMs / PERIODS.length)}   (target < 5 s)`)
  const peak = process.resourceUsage().maxRSS * 1024
  console.log(`peak memory (max RSS): ${mb(peak)}   (target < 1.5 GB; ${mb(rssBefore)} before reading)`)
}

main().catch((e) => {
  console.error(e)
  process.exitCode = 1
})
