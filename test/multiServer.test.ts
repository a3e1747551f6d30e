import { expect } from 'expect'
import { spawn, type ChildProcess } from 'node:child_process'
import { request as httpRequest } from 'node:http'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import pg from 'pg'
import { openStore, type Store } from '../src/store/database.js'

/**
 * Many servers, one store: two server processes on one PostgreSQL database and one on SQLite, each started from the
 * command line as an operator would, and a command-line run beside them.
 */
const CLI = path.resolve('dist/src/cli/main.js')
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const DB = `scorecard_multi_${process.pid}`
const DATABASE_URL = ADMIN_URL.replace(/\/[^/]*$/, `/${DB}`)
const dir = mkdtempSync(path.join(tmpdir(), 'multi-'))
const SQLITE_FILE = path.join(dir, 'store.sqlite')
const DATA = path.join(dir, 'data')
const PASSWORD = 'correct horse battery staple'
const PG_ENV = { DATABASE_URL, METRICS_PORT: '0', LOG_LEVEL: 'silent', PORT: '0' }
const SQLITE_ENV = { DATABASE_URL: '', SQLITE_FILE, METRICS_PORT: '0', LOG_LEVEL: 'silent', PORT: '0' }

function cli(args: string[], env: Record<string, string>, input?: string) {
  return new Promise<{ code: number | null; err: string }>((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env } })
    let err = ''
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.stdin.end(input ?? '')
    child.on('exit', (code) => resolve({ code, err }))
  })
}

interface Server {
  child: ChildProcess
  base: string
}
function startServer(env: Record<string, string>): Promise<Server> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'start'], { env: { ...process.env, ...env } })
    let err = ''
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString()
      const m = /running at (http:\/\/[^\s]+)/.exec(err)
      if (m) resolve({ child, base: m[1]! })
    })
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${err}`)))
  })
}

const get = (s: Server, url: string, cookie = '') =>
  fetch(s.base + url, { headers: cookie ? { cookie } : {}, redirect: 'manual' })

/** Signs in; returns the session cookie and the session's CSRF token, or the status of a refusal. */
async function signIn(s: Server, email: string, password: string): Promise<{ status: number; cookie: string }> {
  const form = await get(s, '/sign-in')
  const csrfCookie = /adoption_csrf=([^;]+)/.exec(form.headers.get('set-cookie') ?? '')![1]!
  const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!
  const r = await fetch(s.base + '/sign-in', {
    method: 'POST',
    headers: { cookie: `adoption_csrf=${csrfCookie}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, password, _csrf: token, next: '/' }),
    redirect: 'manual',
  })
  const session = /adoption_session=([^;]+)/.exec(r.headers.get('set-cookie') ?? '')?.[1]
  return { status: r.status, cookie: session ? `adoption_session=${session}` : '' }
}
const csrfOf = async (s: Server, cookie: string) =>
  /name="_csrf" value="([^"]+)"/.exec(await (await get(s, '/account', cookie)).text())![1]!

/** Waits until `check` holds, for at most `ms`; returns how long it took. */
async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const start = Date.now()
  while (Date.now() - start < ms) {
    if (await check()) return Date.now() - start
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`not within ${ms} ms`)
}

let a: Server
let b: Server
let c: Server
let pgStore: Store

before(async () => {
  const admin = new pg.Client({ connectionString: ADMIN_URL })
  await admin.connect()
  await admin.query(`drop database if exists ${DB}`)
  await admin.query(`create database ${DB}`)
  await admin.end()
  expect((await cli(['synth', '--only', '850,856', '--years', '2009-2013', '--out', DATA], {})).code).toBe(0)
  for (const env of [PG_ENV, SQLITE_ENV]) {
    const r = await cli(
      ['user', 'add', '--email', 'analyst@multi.invalid', '--role', 'national-analyst'],
      env,
      PASSWORD,
    )
    expect(r.code).toBe(0)
  }
  ;[a, b, c] = await Promise.all([startServer(PG_ENV), startServer(PG_ENV), startServer(SQLITE_ENV)])
  pgStore = await openStore({ databaseUrl: DATABASE_URL, sqliteFile: '' })
})

after(async () => {
  for (const s of [a, b, c]) s?.child.kill('SIGTERM')
  await pgStore?.close()
  await new Promise((r) => setTimeout(r, 500))
  const admin = new pg.Client({ connectionString: ADMIN_URL })
  await admin.connect()
  await admin.query(`drop database if exists ${DB} with (force)`)
  await admin.end()
})

const councilsOn = async (s: Server) =>
  ((await (await get(s, '/api/v1/councils')).json()) as { councils: { code: string }[] }).councils.map((x) => x.code)

describe('many servers on one store', () => {
  it('an import and a publication from the command line appear on every server within 5 s', async () => {
    for (const s of [a, b, c]) expect(await councilsOn(s)).toEqual([])
    expect((await cli(['import', '--data', DATA], PG_ENV)).code).toBe(0)
    expect((await cli(['import', '--data', DATA], SQLITE_ENV)).code).toBe(0)
    for (const s of [a, b, c]) {
      const ms = await within(5000, async () => (await councilsOn(s)).length === 2)
      expect(ms).toBeLessThan(5000)
    }
    // Not yet published: the public sees nothing of 2010-13.
    for (const s of [a, b, c]) expect((await get(s, '/periods/2010-13')).status).toBe(404)
    expect((await cli(['publish', '--period', '2010-13'], PG_ENV)).code).toBe(0)
    expect((await cli(['publish', '--period', '2010-13'], SQLITE_ENV)).code).toBe(0)
    for (const s of [a, b, c]) await within(5000, async () => (await get(s, '/periods/2010-13')).status === 200)
    const audit = await pgStore.db.selectFrom('audit_event').select(['actor', 'detail']).execute()
    expect(audit).toContainEqual({ actor: expect.stringMatching(/^command line \(/), detail: 'published 2010-13' })
  })

  it('counts sign-in failures against both servers towards one limit', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await signIn(i % 2 ? a : b, 'analyst@multi.invalid', `wrong password ${i}`)).status).toBe(401)
    }
    expect((await signIn(a, 'analyst@multi.invalid', PASSWORD)).status).toBe(429)
    expect((await signIn(b, 'analyst@multi.invalid', PASSWORD)).status).toBe(429)
    // A fresh account on the same servers signs in: the limit is the account's.
    expect(
      (await cli(['user', 'add', '--email', 'two@multi.invalid', '--role', 'national-analyst'], PG_ENV, PASSWORD)).code,
    ).toBe(0)
    expect((await signIn(b, 'two@multi.invalid', PASSWORD)).status).toBe(303)
  })

  it('confirms through one server a draft uploaded through the other', async () => {
    const { cookie } = await signIn(a, 'two@multi.invalid', PASSWORD)
    const form = new FormData()
    form.append('_csrf', await csrfOf(a, cookie))
    form.append('council', '850')
    form.append('year', '2013')
    for (const name of ['header.csv', 'episodes.csv', 'ad1.csv', 'placed_adoption.csv']) {
      form.append('files', new Blob([readFileSync(path.join(DATA, '850', '2013', name))]), name)
    }
    const upload = await fetch(a.base + '/upload', {
      method: 'POST',
      body: form,
      headers: { cookie },
      redirect: 'manual',
    })
    expect(upload.status).toBe(303)
    const draft = upload.headers.get('location')!
    expect((await get(b, draft, cookie)).status).toBe(200)
    const confirm = await fetch(b.base + `${draft}/confirm`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: await csrfOf(b, cookie) }),
      redirect: 'manual',
    })
    expect(confirm.status).toBe(303)
    const versions = await pgStore.db
      .selectFrom('submission')
      .select('version')
      .where('council', '=', '850')
      .where('year', '=', 2013)
      .execute()
    // The import's version 1, then this upload's version 2 (the files are the same bytes, but it was loaded).
    expect(versions.map((v) => Number(v.version)).sort()).toEqual([1, 2])
    expect(
      Number(
        (await pgStore.db
          .selectFrom('upload_draft')
          .select((e) => e.fn.countAll().as('n'))
          .executeTakeFirst())!.n,
      ),
    ).toBe(0)
  })

  it('leaves nothing partial when a server is killed mid-upload', async () => {
    const count = async (table: 'submission' | 'upload_draft' | 'upload_draft_file') =>
      Number(
        (await pgStore.db
          .selectFrom(table)
          .select((e) => e.fn.countAll().as('n'))
          .executeTakeFirst())!.n,
      )
    const before = {
      submissions: await count('submission'),
      drafts: await count('upload_draft'),
      files: await count('upload_draft_file'),
    }
    const { cookie } = await signIn(a, 'two@multi.invalid', PASSWORD)
    const csrf = await csrfOf(a, cookie)
    const boundary = 'kill-test-boundary'
    const url = new URL(a.base + '/upload')
    await new Promise<void>((resolve) => {
      const req = httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: '/upload',
          method: 'POST',
          headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
        },
        () => resolve(),
      )
      req.on('error', () => resolve())
      req.write(`--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${csrf}\r\n`)
      req.write(`--${boundary}\r\nContent-Disposition: form-data; name="council"\r\n\r\n850\r\n`)
      req.write(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="episodes.csv"\r\n\r\n`)
      req.write('CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC\n')
      // The rest arrives slowly, a chunk every 20 ms: the server is killed while it is still reading it.
      const chunk = 'X,01/04/2012,S,C1,N1,U6,PR1,,\n'.repeat(2000)
      const drip = setInterval(() => req.write(chunk), 20)
      setTimeout(() => {
        a.child.kill('SIGKILL')
        clearInterval(drip)
        req.destroy()
      }, 400)
    })
    await new Promise((r) => a.child.once('exit', r))
    expect({
      submissions: await count('submission'),
      drafts: await count('upload_draft'),
      files: await count('upload_draft_file'),
    }).toEqual(before)
  })
})
