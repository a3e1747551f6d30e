/**
 * The web service's benchmark, on the national synthetic set (152 councils, 2006-2016), every server a process of
 * its own started as an operator would (`scorecard start`). Prints figures, asserts nothing. Targets from issues 13
 * and 14:
 * - start-up with the national set stored: the first page in under 2 s;
 * - a newly loaded council-year rescored in under 200 ms;
 * - pages at 50 connections, p95 under 50 ms: the public's published national table, and for signed-in users the
 *   analyst's national table, a council's scorecard, its context page and its children list;
 * - the same pages from two servers on one PostgreSQL database;
 * - 20 uploads of 4 x 45 MB leave the server under 400 MB.
 * BENCH_SECONDS sets the seconds of load per page (10 by default); BENCH_PARTS (comma-separated: pages, rescoring,
 * uploads, postgres) runs only the parts named.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { DataChangeRepository } from '../src/store/dataChanges.js'
import { openStore } from '../src/store/database.js'
import { CouncilJourneyRepository } from '../src/store/councilJourneyRepository.js'
import { PublicationRepository } from '../src/store/publicationRepository.js'
import { SubmissionRepository } from '../src/store/submissionRepository.js'
import { ScorecardService } from '../src/services/scorecardService.js'
import { bigReturn } from './bigReturn.js'
import { endAll, memoryOf, mustRunCli, startServerProcess, type ServerProcess } from './childProcesses.js'
import { nationalData } from './nationalData.js'
import { checkPage, firstOk, load, percentile, signIn, upload, uploadBody, type LoadResult } from './webClient.js'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const PERIOD = '2010-13'
const COUNCIL = '850'
const PASSWORD = 'a long bench password for synthetic data'
const ANALYST = 'analyst@bench.invalid'
const COUNCIL_USER = 'hampshire@bench.invalid'
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

const PARTS = (process.env.BENCH_PARTS ?? 'pages,rescoring,uploads,postgres').split(',')
const wanted = (part: string) => PARTS.includes(part)
const ms = (x: number) => `${x.toFixed(0).padStart(4)} ms`
const mb = (x: number) => `${Math.round(x)} MB`

/** The pages measured: who asks, and what the page must hold for the answer to count. */
interface Page {
  label: string
  url: string
  as: 'public' | 'analyst' | 'council'
  mustHold: string
}
const PAGES: Page[] = [
  { label: 'public: national table', url: `/periods/${PERIOD}`, as: 'public', mustHold: 'Hampshire' },
  { label: 'analyst: national table', url: `/periods/${PERIOD}`, as: 'analyst', mustHold: 'Signed in as' },
  {
    label: 'council: scorecard',
    url: `/councils/${COUNCIL}/periods/${PERIOD}`,
    as: 'council',
    mustHold: 'Signed in as',
  },
  {
    label: 'council: context',
    url: `/councils/${COUNCIL}/periods/${PERIOD}/context`,
    as: 'council',
    mustHold: 'Signed in as',
  },
  {
    label: 'council: children list',
    url: `/councils/${COUNCIL}/periods/${PERIOD}/children`,
    as: 'council',
    mustHold: 'Signed in as',
  },
]

function report(label: string, r: LoadResult): void {
  const p = (x: number) => ms(percentile(r.latencies, x))
  console.log(
    `${label.padEnd(34)} p50 ${p(50)}  p95 ${p(95)}  p99 ${p(99)}  ${Math.round(r.perSecond).toString().padStart(5)}` +
      ` req/s  ${r.requests} requests, ${r.errors} errors, ${r.non2xx} not 2xx   (target p95 < 50 ms)`,
  )
}

/** Makes the bench's two accounts in the store the environment names. */
async function makeAccounts(env: NodeJS.ProcessEnv): Promise<void> {
  await mustRunCli(['user', 'add', '--email', ANALYST, '--role', 'national-analyst'], env, `${PASSWORD}\n`)
  const council = ['user', 'add', '--email', COUNCIL_USER, '--role', 'council-user', '--council', COUNCIL]
  await mustRunCli(council, env, `${PASSWORD}\n`)
}

/** Each page measured at 50 connections, shared evenly between the servers given. */
async function loadPages(servers: ServerProcess[]): Promise<void> {
  const sessions = await Promise.all(
    servers.map(async (s) => ({
      public: null,
      analyst: (await signIn(s.url, ANALYST, PASSWORD)).cookie,
      council: (await signIn(s.url, COUNCIL_USER, PASSWORD)).cookie,
    })),
  )
  for (const page of PAGES) {
    for (const [i, s] of servers.entries()) await checkPage(s.url + page.url, sessions[i]![page.as], page.mustHold)
    const connections = Math.floor(50 / servers.length)
    const results = await Promise.all(
      servers.map((s, i) => load(s.url + page.url, sessions[i]![page.as], connections, SECONDS)),
    )
    const all: LoadResult = {
      requests: results.reduce((n, r) => n + r.requests, 0),
      errors: results.reduce((n, r) => n + r.errors, 0),
      non2xx: results.reduce((n, r) => n + r.non2xx, 0),
      perSecond: results.reduce((n, r) => n + r.perSecond, 0),
      latencies: results.flatMap((r) => r.latencies).sort((a, b) => a - b),
    }
    report(page.label, all)
  }
}

/**
 * The server's own work when a council-year is loaded: catching up with the store (the council's journeys, kept by
 * the import) and the national scorecard rebuilt, in this process on the same store. Also the same without the
 * journeys kept, when the council's returns are read again.
 */
async function rescoring(sqliteFile: string, data: string): Promise<void> {
  const store = await openStore({ databaseUrl: null, sqliteFile })
  const submissions = new SubmissionRepository(store)
  const journeys = new CouncilJourneyRepository(store)
  const service = new ScorecardService(
    submissions,
    new PublicationRepository(store),
    undefined,
    null,
    new DataChangeRepository(store),
    journeys,
  )
  let start = performance.now()
  await service.national(PERIOD)
  console.log(`in-process start from the store (every council, national table): ${ms(performance.now() - start)}`)
  // A council-year loaded anew: the 2016 header with a trailing blank line, a different file the reader reads alike.
  const copy = mkdtempSync(path.join(tmpdir(), 'bench-rescore-'))
  try {
    cpSync(path.join(data, COUNCIL), path.join(copy, COUNCIL), { recursive: true })
    appendFileSync(path.join(copy, COUNCIL, '2016', 'header.csv'), '\n')
    await mustRunCli(['import', '--data', copy], { DATABASE_URL: '', SQLITE_FILE: sqliteFile })
    start = performance.now()
    await service.sync()
    await service.national(PERIOD)
    console.log(`a newly loaded council-year rescored (journeys kept by the import): ${ms(performance.now() - start)}`)
    await store.db.deleteFrom('council_journeys').where('council', '=', COUNCIL).execute()
    start = performance.now()
    await service.reload(COUNCIL)
    await service.national(PERIOD)
    console.log(`the same, the council's returns read again (no journeys kept):    ${ms(performance.now() - start)}`)
    console.log('  (target: under 200 ms)')
  } finally {
    rmSync(copy, { recursive: true, force: true })
    await store.close()
  }
}

async function uploads(server: ServerProcess, data: string): Promise<void> {
  const big = bigReturn(data, COUNCIL, 2016, 45 * 2 ** 20)
  const session = await signIn(server.url, COUNCIL_USER, PASSWORD)
  const form = uploadBody(
    session.csrf,
    { council: COUNCIL, year: '2016' },
    big.files.map((f) => ({ name: f.name, bytes: f.bytes })),
  )
  console.log(
    `\n20 uploads of 4 x 45 MB (${big.rows['episodes.csv']} episodes, ${Math.round(form.body.length / 2 ** 20)} MB ` +
      `a request), one after another, as a council user; the server's memory:`,
  )
  const before = memoryOf(server.pid)
  console.log(`before: ${mb(before.rssMb)} resident`)
  const start = performance.now()
  for (let i = 1; i <= 20; i++) {
    const t = performance.now()
    await upload(server.url, session, form)
    if (i % 5 === 0) {
      const m = memoryOf(server.pid)
      const took = ms(performance.now() - t)
      console.log(`after ${i}: ${mb(m.rssMb)} resident, ${mb(m.peakMb)} peak; last upload checked in ${took}`)
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 2000))
  const after = memoryOf(server.pid)
  console.log(
    `2 s after the last: ${mb(after.rssMb)} resident, peak ${mb(after.peakMb)} (target < 400 MB); ` +
      `${((performance.now() - start) / 1000).toFixed(1)} s in all`,
  )
}

async function main() {
  const data = await nationalData('csv')
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-web-'))
  const sqliteFile = path.join(dir, 'store.sqlite')
  const sqlite = { DATABASE_URL: '', SQLITE_FILE: sqliteFile }
  try {
    console.log('One server on SQLite')
    const imported = await mustRunCli(['import', '--data', data], sqlite)
    console.log(`import of the national set: ${imported.seconds.toFixed(1)} s, ${mb(imported.peakMb)} peak`)
    await makeAccounts(sqlite)
    await mustRunCli(['publish', '--period', PERIOD], sqlite)

    if (wanted('pages')) {
      const server = await startServerProcess(sqlite)
      const first = await firstOk(`${server.url}/periods/${PERIOD}`, server.spawnedAt)
      console.log(`start-up to the first page (the published national table): ${first.toFixed(2)} s (target < 2 s)`)
      const ready = await firstOk(`${server.url}/health/ready`, server.spawnedAt)
      console.log(`start-up to ready (every council's journeys loaded): ${ready.toFixed(2)} s`)
      await loadPages([server])
      await server.stop()
    }

    if (wanted('rescoring')) {
      console.log('\nRescoring')
      await rescoring(sqliteFile, data)
    }

    if (wanted('uploads')) {
      const server = await startServerProcess(sqlite)
      await firstOk(`${server.url}/`, server.spawnedAt)
      await uploads(server, data)
      await server.stop()
    }

    if (!wanted('postgres')) return
    console.log('\nTwo servers on one PostgreSQL database (25 connections each)')
    const name = `bench_web_${process.pid}`
    const admin = new pg.Client({ connectionString: ADMIN_URL })
    await admin.connect()
    await admin.query(`create database ${name}`)
    const postgres = { DATABASE_URL: ADMIN_URL.replace(/\/[^/]*$/, `/${name}`) }
    try {
      const pgImport = await mustRunCli(['import', '--data', data], postgres)
      console.log(`import of the national set: ${pgImport.seconds.toFixed(1)} s, ${mb(pgImport.peakMb)} peak`)
      await makeAccounts(postgres)
      await mustRunCli(['publish', '--period', PERIOD], postgres)
      const servers = [await startServerProcess(postgres), await startServerProcess(postgres)]
      for (const s of servers) {
        const seconds = await firstOk(`${s.url}/periods/${PERIOD}`, s.spawnedAt)
        const ready = await firstOk(`${s.url}/health/ready`, s.spawnedAt)
        console.log(`start-up to the first page: ${seconds.toFixed(2)} s; to ready: ${ready.toFixed(2)} s`)
      }
      await loadPages(servers)
      for (const s of servers) await s.stop()
    } finally {
      endAll()
      await admin.query(`drop database if exists ${name} with (force)`)
      await admin.end()
    }
  } finally {
    endAll()
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((e) => {
  console.error(e)
  endAll()
  process.exitCode = 1
})
