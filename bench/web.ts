/**
 * Request latency under load (autocannon, 50 connections, 20 s each) for the
 * national table and a council scorecard, with the national synthetic data
 * loaded into a SQLite store. Targets: p95 under 50 ms, no errors.
 */
import autocannon from 'autocannon'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readConfig } from '../src/config.js'
import { ENGLISH_COUNCILS } from '../src/domain/englishCouncils.js'
import { importReturns } from '../src/services/dataImport.js'
import { readDataDirectory } from '../src/ssda903/dataDirectory.js'
import { writeSynthetic } from '../src/synth/nationalSynth.js'
import { startServer } from '../src/web/server.js'

const dir = process.env.BENCH_DATA ?? path.join(tmpdir(), 'adoption-scorecard-bench-152-2006-2016-seed1')
const seconds = Number(process.env.BENCH_SECONDS ?? 20)

async function main() {
  if (!existsSync(`${dir}.complete`)) {
    await writeSynthetic(dir, {
      councils: ENGLISH_COUNCILS,
      firstYear: 2006,
      lastYear: 2016,
      seed: 1,
      scale: 1,
      faultRate: 0,
    })
    writeFileSync(`${dir}.complete`, 'ok')
  }
  const storeDir = mkdtempSync(path.join(tmpdir(), 'adoption-bench-store-'))
  const config = { ...readConfig({}), sqliteFile: path.join(storeDir, 'bench.sqlite'), port: 0 }
  let start = performance.now()
  const files = await readDataDirectory(dir)
  const { app, address, scorecards } = await startServer(config, {
    beforeListen: async (repository) => {
      await importReturns(files, repository, () => new Date())
      console.log(`import of ${files.length} files into SQLite: ${((performance.now() - start) / 1000).toFixed(1)} s`)
      start = performance.now()
    },
  })
  console.log(`start-up with national data (scorecards built): ${((performance.now() - start) / 1000).toFixed(1)} s`)
  // The public sees published periods: the load comes from anonymous visitors.
  await scorecards.publish('2010-13', 'bench', new Date().toISOString())
  for (const [name, url] of [
    ['national table 2010-13', '/periods/2010-13'],
    ['council scorecard 850 2010-13', '/councils/850/periods/2010-13'],
  ] as const) {
    await fetch(address + url) // warm the caches, as any first visitor would
    const result = await autocannon({ url: address + url, connections: 50, duration: seconds })
    console.log(
      `${name.padEnd(32)} requests ${result.requests.total}, errors ${result.errors + result.non2xx}, ` +
        `latency p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p97.5 ${result.latency.p97_5} ms, p99 ` +
        `${result.latency.p99} ms (target p95 < 50 ms), ${Math.round(result.requests.average)} req/s, ` +
        `${Math.round(result.throughput.average / 1024 / 1024)} MB/s`,
    )
  }
  await app.close()
}

main().catch((e) => {
  console.error(e)
  process.exitCode = 1
})
