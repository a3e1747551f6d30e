/**
 * The check page's benchmark: a year's return (with last year's) for the largest synthetic council, checked by the
 * same code the page runs: in Node, and in Debian's Chromium through the page itself (its worker reports the time).
 * Prints figures, asserts nothing. Target from the issue: under 2 s; the bundle under 1 MB gzipped.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser } from 'playwright-core'
import { checkReturn, type ChosenFile } from '../src/check/returnCheck.js'
import { readConfig } from '../src/config.js'
import type { Council } from '../src/domain/council.js'
import { ENGLISH_COUNCILS } from '../src/domain/englishCouncils.js'
import { councilProfile } from '../src/synth/councilProfile.js'
import { synthesiseCouncil } from '../src/synth/nationalSynth.js'
import { checkView } from '../src/web/checkView.js'
import { browserBuildDir } from '../src/web/projectPaths.js'
import { startServer } from '../src/web/server.js'

const YEAR = 2016
const RUNS = 5
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const kb = (n: number) => `${Math.round(n / 1024)} KB`

async function main() {
  const bundle = ['checkPage.js', 'checkWorker.js', 'service-worker.js'].map((f) => {
    const bytes = readFileSync(path.join(browserBuildDir(), f))
    return { f, raw: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length }
  })
  for (const b of bundle) console.log(`bundle ${b.f.padEnd(20)} ${kb(b.raw).padStart(8)}, ${kb(b.gzipped)} gzipped`)
  const total = bundle.reduce((s, b) => s + b.gzipped, 0)
  console.log(`bundle total gzipped: ${kb(total)}   (target < 1 MB)`)

  // The largest council of the synthetic set, one row in a hundred given a realistic fault; and three times it, more
  // than the largest English council's return.
  const council = [...ENGLISH_COUNCILS].sort(
    (a, b) => councilProfile(b, 1, 1).entriesPerYear - councilProfile(a, 1, 1).entriesPerYear,
  )[0]!
  const storeDir = mkdtempSync(path.join(tmpdir(), 'adoption-check-bench-store-'))
  const config = {
    ...readConfig({}),
    sqliteFile: path.join(storeDir, 'bench.sqlite'),
    port: 0,
    metricsPort: 0,
    logLevel: 'silent',
  }
  const server = await startServer(config)
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] })
  try {
    for (const scale of [1, 3]) await scenario(council, scale, server.address, browser)
  } finally {
    await browser.close()
    await server.app.close()
  }
}

async function scenario(council: Council, scale: number, address: string, browser: Browser) {
  const synth = synthesiseCouncil(council, {
    councils: [council],
    firstYear: 2006,
    lastYear: YEAR,
    seed: 1,
    scale,
    faultRate: 0.01,
  })
  const dir = mkdtempSync(path.join(tmpdir(), 'adoption-check-bench-'))
  const chosen = (year: number): { files: ChosenFile[]; paths: string[] } => {
    const files: ChosenFile[] = []
    const paths: string[] = []
    for (const [p, text] of synth) {
      const [, y, name] = p.split('/')
      if (Number(y) !== year) continue
      const file = path.join(dir, String(year), name!)
      mkdirSync(path.dirname(file), { recursive: true })
      writeFileSync(file, text)
      files.push({ name: name!, bytes: new TextEncoder().encode(text) })
      paths.push(file)
    }
    return { files, paths }
  }
  const thisYear = chosen(YEAR)
  const lastYear = chosen(YEAR - 1)
  const bytes = [...thisYear.files, ...lastYear.files].reduce((s, f) => s + f.bytes.length, 0)
  const request = { council: council.code, year: YEAR, thisYear: thisYear.files, lastYear: lastYear.files }
  const first = checkReturn(request)
  console.log(
    `${council.name} (${council.code}) at scale ${scale}, ${YEAR} with ${YEAR - 1}: ${kb(bytes)} in ` +
      `${thisYear.files.length + lastYear.files.length} files, ${first.rows.toLocaleString('en-GB')} rows, ` +
      `${first.findings.length} findings, ${first.waiting.children.length} children on the journey`,
  )
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    checkView(checkReturn(request))
    times.push(performance.now() - start)
  }
  console.log(
    `check in Node (same modules as the worker), median of ${RUNS}: ${Math.round(median(times))} ms   (target < 2 s)`,
  )

  // The page itself, in Chromium: files chosen, "Check" selected, the worker's own timings read from the report.
  const page = await browser.newPage()
  await page.goto(`${address}/check`)
  const wall: number[] = []
  const checked: number[] = []
  for (let i = 0; i < RUNS; i++) {
    await page.getByLabel('Council').selectOption(council.code)
    await page.getByLabel('Collection year').selectOption(String(YEAR))
    await page.getByLabel("This year's return").setInputFiles(thisYear.paths)
    await page.getByLabel("Last year's return (optional)").setInputFiles(lastYear.paths)
    const start = performance.now()
    await page.getByRole('button', { name: 'Check', exact: true }).click()
    await page.locator('#check-report-title').waitFor({ timeout: 60_000 })
    wall.push(performance.now() - start)
    checked.push(Number(await page.locator('#check-report').getAttribute('data-check-ms')))
  }
  await page.close()
  console.log(
    `check in Chromium (worker, from "Check" to the report shown): first ${Math.round(wall[0]!)} ms, median ` +
      `${Math.round(median(wall))} ms; the check itself in the worker: first ${checked[0]} ms, median ` +
      `${median(checked)} ms   (target < 2 s)`,
  )
}

main().catch((e: unknown) => {
  console.error(e)
  process.exitCode = 1
})
