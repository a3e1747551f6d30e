import { expect } from 'expect'
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { openStore } from '../src/store/database.js'
import { SubmissionRepository } from '../src/store/submissionRepository.js'
import { ACCOUNTS, buildTestApp, type Session, type TestApp } from './support/webApp.js'

const CLI = path.resolve('dist/src/cli/main.js')
let t: TestApp
const lines: string[] = []
let analyst: Session

before(async () => {
  t = await buildTestApp(undefined, { logLines: lines })
  analyst = await t.signIn('analyst')
})
after(async () => t.app.close())

const logged = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>)

describe('logs', () => {
  it('writes one JSON line a request, with its id, the route pattern, status and time', async () => {
    const child = (await t.scorecards.childrenBehind('850', '2010-13'))[0]!.child
    lines.length = 0
    await analyst.get(`/councils/850/children/${child}`)
    const requests = logged().filter((l) => l.msg === 'request')
    expect(requests).toHaveLength(1)
    expect(requests[0]).toMatchObject({
      level: 30,
      service: 'adoption-scorecard',
      route: '/councils/:code/children/:child',
      method: 'GET',
      status: 200,
    })
    expect(typeof requests[0]!.reqId).toBe('string')
    expect(typeof requests[0]!.ms).toBe('number')
  })

  it('leaves no child id, e-mail or session token in any line, over every page an analyst can see', async () => {
    const children = (await t.scorecards.journeys('850')).map((j) => j.child)
    const token = /adoption_session=([^;]+)/.exec(analyst.cookie)![1]!
    lines.length = 0
    await t.signIn('hampshire') // an e-mail in the form
    const routes = t.app.routeList.filter((r) => r.method === 'GET' && !r.url.includes('*') && !r.url.endsWith('.pdf'))
    for (const r of routes) {
      const url = r.url
        .replace(':code', '850')
        .replace(':period', '2010-13')
        .replace(':child', children[0]!)
        .replace(':id', 'x')
        .replace(/:table\([^)]*\)/, 'indicators')
      await analyst.get(url)
      await analyst.get(`${url}${url.includes('?') ? '&' : '?'}format=csv`)
    }
    const all = lines.join('\n')
    expect(logged().filter((l) => l.msg === 'request').length).toBeGreaterThan(routes.length)
    expect(all).not.toMatch(/850\d{6}/)
    expect(children.filter((c) => all.includes(c))).toEqual([])
    expect(all).not.toContain(token)
    for (const a of Object.values(ACCOUNTS)) expect(all).not.toContain(a.email)
  })
})

describe('health', () => {
  it('is alive, and ready only while the store answers', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/health' })).json()).toEqual({ status: 'ok' })
    await t.scorecards.periods()
    const ready = await t.app.inject({ method: 'GET', url: '/health/ready' })
    expect(ready.statusCode).toBe(200)
    expect(ready.json()).toMatchObject({ status: 'ready', checks: { store: 'ok', data: 'loaded' } })
    const answers = t.readiness.storeAnswers.bind(t.readiness)
    t.readiness.storeAnswers = () => Promise.reject(new Error('connection refused'))
    const down = await t.app.inject({ method: 'GET', url: '/health/ready' })
    expect(down.statusCode).toBe(503)
    expect(down.json()).toMatchObject({ status: 'not ready', checks: { store: 'unreachable' } })
    t.readiness.storeAnswers = answers
    expect((await t.app.inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200)
  })
})

describe('metrics', () => {
  it('count requests by route pattern and status, and what the server has loaded', async () => {
    await t.app.inject({ method: 'GET', url: '/methodology' })
    const text = await t.metrics.text()
    expect(text).toMatch(/http_request_duration_seconds_count\{route="\/methodology",method="GET",status="200"\} [1-9]/)
    expect(text).toMatch(/^councils_loaded 3$/m)
    expect(text).toMatch(/^data_version \d+$/m)
    expect(text).toContain('sign_in_failures_total')
  })
})

/** Runs the command line, resolving with its exit code and what it wrote, after `act` has had its go. */
function run(args: string[], env: Record<string, string>, act: (child: ReturnType<typeof spawn>, err: string) => void) {
  return new Promise<{ code: number | null; err: string }>((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env } })
    let err = ''
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString()
      act(child, err)
    })
    child.on('exit', (code) => resolve({ code, err }))
  })
}

describe('graceful shutdown', () => {
  it('SIGTERM during an import leaves the store as before or with the import whole, and exits 0', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'shutdown-'))
    const data = path.join(dir, 'data')
    const synth = await run(['synth', '--only', '850,856,336', '--years', '2009-2013', '--out', data], {}, () => {})
    expect(synth.code).toBe(0)
    const sqliteFile = path.join(dir, 'store.sqlite')
    // The signal comes while the import runs: either while it reads and checks the files, or while it writes.
    const r = await new Promise<{ code: number | null }>((resolve) => {
      const child = spawn(process.execPath, [CLI, 'import', '--data', data], {
        env: { ...process.env, SQLITE_FILE: sqliteFile, DATABASE_URL: '' },
      })
      child.stderr.once('data', () => child.kill('SIGTERM')) // "reading ...": its handlers are in place
      child.on('exit', (code) => resolve({ code }))
    })
    expect(r.code).toBe(0)
    const store = await openStore({ databaseUrl: null, sqliteFile })
    const councils = await new SubmissionRepository(store).councils()
    await store.close()
    // Stopped before writing (nothing) or finished (all three councils): never part.
    expect([[], ['336', '850', '856']]).toContainEqual(councils)
  })

  it('SIGTERM stops the server: it finishes, says so, and exits 0', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'server-'))
    const env = { SQLITE_FILE: path.join(dir, 's.sqlite'), PORT: '0', METRICS_PORT: '0', DATABASE_URL: '' }
    const r = await run(['start'], env, (child, err) => {
      if (err.includes('is running at')) child.kill('SIGTERM')
    })
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: expect.stringContaining('running') })
  })

  it('a port in use is one line and a non-zero exit', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'port-'))
    const first = spawn(process.execPath, [CLI, 'start'], {
      env: {
        ...process.env,
        SQLITE_FILE: path.join(dir, 'a.sqlite'),
        PORT: '39123',
        METRICS_PORT: '0',
        DATABASE_URL: '',
      },
    })
    await new Promise<void>((resolve) =>
      first.stderr.on('data', (d: Buffer) => d.toString().includes('running') && resolve()),
    )
    const second = await run(
      ['start'],
      { SQLITE_FILE: path.join(dir, 'b.sqlite'), PORT: '39123', METRICS_PORT: '0' },
      () => {},
    )
    first.kill('SIGTERM')
    expect(second.code).toBe(2)
    expect(
      second.err
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('scorecard:')),
    ).toEqual(['scorecard: PORT 39123 on 127.0.0.1 is already in use'])
    expect(second.err).not.toMatch(/\n\s+at /)
  })
})
