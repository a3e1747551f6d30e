import { expect } from 'expect'
import { childReference } from '../src/access/childReference.js'
import { after, before, describe, it } from 'node:test'
import {
  ACCOUNTS,
  buildTestApp,
  cookieValue,
  hiddenCsrf,
  multipart,
  PASSWORD,
  signInAs,
  type Session,
  type TestApp,
  syntheticReturns,
  type Who,
} from './support/webApp.js'

/**
 * Who may see what: every route against every role and a foreign council,
 * and the defences around sessions, forms and uploads. 2011-14 is published;
 * 2010-13 is not.
 */
let t: TestApp
const sessions = {} as Record<Who, Session>
let child: string

before(async () => {
  t = await buildTestApp()
  for (const who of Object.keys(ACCOUNTS) as Who[]) sessions[who] = await t.signIn(who)
  await sessions.analyst.post('/periods/2011-14/publish')
  child = (await t.scorecards.childrenBehind('850', '2010-13'))[0]!.child
})
after(async () => t.app.close())

type Viewer = Who | 'public'
const VIEWERS: Viewer[] = ['public', 'analyst', 'adviser', 'admin', 'hampshire', 'leicester']
const request = (v: Viewer, url: string) =>
  v === 'public' ? t.app.inject({ method: 'GET', url }) : sessions[v].get(url)

/** [route, viewers allowed]; everyone else must get 403 or 404 (the public a sign-in redirect for /upload). */
const MATRIX: [string, Viewer[]][] = [
  ['/', VIEWERS],
  ['/methodology', VIEWERS],
  ['/periods/2011-14', VIEWERS],
  ['/periods/2011-14?format=csv', VIEWERS],
  ['/periods/2010-13', ['analyst', 'adviser']],
  ['/periods/2010-13?format=xlsx', ['analyst', 'adviser']],
  ['/councils/850/periods/2011-14', VIEWERS],
  ['/councils/850/periods/2011-14/indicators?format=csv', VIEWERS],
  ['/councils/850/periods/2010-13', ['analyst', 'adviser', 'hampshire']],
  ['/councils/850/periods/2010-13/trend?format=csv', ['analyst', 'adviser', 'hampshire']],
  ['/councils/850/periods/2011-14/distribution?format=csv', ['analyst', 'adviser', 'hampshire']],
  ['/councils/850/periods/2010-13/context', ['analyst', 'adviser', 'hampshire']],
  ['/councils/850/periods/2011-14/context?table=stages&format=csv', ['analyst', 'adviser', 'hampshire']],
  ['/councils/850/periods/2010-13/commentary', ['analyst', 'hampshire']],
  ['/councils/850/periods/2010-13/children', ['analyst', 'hampshire']],
  ['/councils/850/periods/2010-13/children?format=csv', ['analyst', 'hampshire']],
  ['/councils/850/children/CHILD', ['analyst', 'hampshire']],
  ['/councils/850/children/CHILD/journey?index=0&format=xlsx', ['analyst', 'hampshire']],
  ['/api/v1/periods', VIEWERS],
  ['/api/v1/scorecards/2011-14', VIEWERS],
  ['/api/v1/scorecards/2010-13', ['analyst', 'adviser']],
  ['/api/v1/scorecards/2010-13/councils/850', ['analyst', 'adviser', 'hampshire']],
  ['/upload', ['analyst', 'hampshire', 'leicester']],
  ['/reviews', ['analyst', 'adviser', 'hampshire', 'leicester']],
  ['/councils/850/plan', ['analyst', 'adviser', 'hampshire']],
  ['/councils/850/periods/2010-13/report', ['analyst', 'adviser', 'hampshire']],
  ['/admin/audit', ['admin']],
  ['/admin/accounts', ['admin']],
  ['/account', ['analyst', 'adviser', 'admin', 'hampshire', 'leicester']],
]

describe('the access matrix', () => {
  for (const [route, allowed] of MATRIX) {
    it(route, async () => {
      const url = route.replace('CHILD', child)
      const got: Record<string, number> = {}
      for (const v of VIEWERS) {
        const r = await request(v, url)
        got[v] = r.statusCode
        if (!allowed.includes(v)) {
          // Nothing about a child ever leaks into a refusal.
          expect(r.body).not.toContain(child)
          expect(r.body).not.toMatch(/850\d{6}/)
        }
      }
      const expected = Object.fromEntries(VIEWERS.map((v) => [v, allowed.includes(v) ? 200 : got[v]]))
      expect(got).toEqual(expected)
      for (const v of VIEWERS.filter((x) => !allowed.includes(x))) {
        const ok = [403, 404].includes(got[v]!) || (v === 'public' && (got[v] === 302 || got[v] === 303))
        expect({ viewer: v, status: got[v], refused: ok }).toEqual({ viewer: v, status: got[v], refused: true })
      }
    })
  }

  it('publishing is for national analysts only', async () => {
    for (const v of ['adviser', 'admin', 'hampshire'] as const) {
      expect((await sessions[v].post('/periods/2012-15/publish')).statusCode).toBe(404)
    }
    expect((await t.app.inject({ method: 'POST', url: '/periods/2012-15/publish', payload: {} })).statusCode).toBe(403)
    expect((await t.scorecards.published()).has('2012-15')).toBe(false)
  })

  it('a council user may load returns only for their own council', async () => {
    const s = sessions.hampshire
    const body = multipart({ _csrf: s.csrf, council: '856', year: '2013' }, [
      { name: 'h.csv', content: 'CHILD,SEX,DOB,ETHNIC\n' },
    ])
    const r = await t.app.inject({
      method: 'POST',
      url: '/upload',
      payload: body.payload,
      headers: { ...body.headers, cookie: s.cookie },
    })
    expect(r.statusCode).toBe(403)
  })

  it('a published period shows the public no figure resting on fewer than six children', async () => {
    const national = await t.scorecards.national('2011-14')
    const small = national.councils.filter((c) => (c.indicators.A2.children ?? 0) > 0 && c.indicators.A2.children! < 6)
    const json = (await t.app.inject({ method: 'GET', url: '/api/v1/scorecards/2011-14' })).json()
    for (const c of json.councils) {
      const full = national.councils.find((x) => x.code === c.code)!
      for (const key of ['A1', 'A1_adjusted', 'A2'] as const) {
        if (c.indicators[key].value !== null) expect(full.indicators[key].children).toBeGreaterThanOrEqual(6)
      }
      expect(c.context).toBeUndefined()
    }
    void small
  })
})

describe('sessions and forms', () => {
  it('refuses a state-changing request without the session’s CSRF token', async () => {
    const s = sessions.analyst
    const none = await t.app.inject({
      method: 'POST',
      url: '/periods/2012-15/publish',
      headers: { cookie: s.cookie },
      payload: {},
    })
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/periods/2012-15/publish',
      headers: { cookie: s.cookie },
      payload: { _csrf: 'x'.repeat(s.csrf.length) },
    })
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/sign-in',
      payload: { email: ACCOUNTS.analyst.email, password: PASSWORD },
    })
    expect([none.statusCode, wrong.statusCode, anonymous.statusCode]).toEqual([403, 403, 403])
    expect(none.body).toContain('This form has expired')
    expect((await t.scorecards.published()).has('2012-15')).toBe(false)
  })

  it('never keeps a session id set before sign-in (fixation)', async () => {
    const planted = 'planted-session-id'
    const form = await t.app.inject({
      method: 'GET',
      url: '/sign-in',
      headers: { cookie: `adoption_session=${planted}` },
    })
    const csrf = cookieValue(form.headers['set-cookie'], 'adoption_csrf')!
    const r = await t.app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: { cookie: `adoption_session=${planted}; adoption_csrf=${csrf}` },
      payload: { email: ACCOUNTS.adviser.email, password: PASSWORD, _csrf: hiddenCsrf(form.body) },
    })
    const issued = cookieValue(r.headers['set-cookie'], 'adoption_session')
    expect(issued).not.toBeNull()
    expect(issued).not.toBe(planted)
    const withPlanted = await t.app.inject({
      method: 'GET',
      url: '/account',
      headers: { cookie: `adoption_session=${planted}` },
    })
    expect(withPlanted.statusCode).toBe(302)
    expect(r.headers['set-cookie']!.toString()).toMatch(/HttpOnly/)
    expect(r.headers['set-cookie']!.toString()).toMatch(/SameSite=Lax/)
  })

  it('ends a session after 30 minutes idle, and after 12 hours whatever', async () => {
    const s = await t.signIn('adviser')
    t.clock.now = new Date(t.clock.now.getTime() + 29 * 60_000)
    expect((await s.get('/account')).statusCode).toBe(200)
    t.clock.now = new Date(t.clock.now.getTime() + 31 * 60_000)
    expect((await s.get('/account')).statusCode).toBe(302)
    const busy = await t.signIn('adviser')
    for (let i = 0; i < 30; i++) {
      t.clock.now = new Date(t.clock.now.getTime() + 25 * 60_000) // never idle for long, 12.5 hours in all
      const status = (await busy.get('/account')).statusCode
      if (i < 28) expect(status).toBe(200)
      else expect(status).toBe(302)
    }
  })

  it('signs out everywhere', async () => {
    const a = await t.signIn('leicester')
    const b = await t.signIn('leicester')
    expect((await a.post('/sign-out-everywhere')).statusCode).toBe(303)
    expect((await a.get('/account')).statusCode).toBe(302)
    expect((await b.get('/account')).statusCode).toBe(302)
  })

  it('limits failed sign-ins with a clear message, even for the right password', async () => {
    const attempt = async (password: string) => {
      const form = await t.app.inject({ method: 'GET', url: '/sign-in' })
      const csrf = cookieValue(form.headers['set-cookie'], 'adoption_csrf')!
      return t.app.inject({
        method: 'POST',
        url: '/sign-in',
        headers: { cookie: `adoption_csrf=${csrf}` },
        payload: { email: ACCOUNTS.admin.email, password, _csrf: hiddenCsrf(form.body) },
      })
    }
    for (let i = 0; i < 5; i++) expect((await attempt('wrong password, ' + i)).statusCode).toBe(401)
    const blocked = await attempt(PASSWORD)
    expect(blocked.statusCode).toBe(429)
    expect(blocked.body).toContain('You have tried to sign in too many times. Wait 15 minutes and try again.')
    t.clock.now = new Date(t.clock.now.getTime() + 16 * 60_000)
    expect((await attempt(PASSWORD)).statusCode).toBe(303)
    await expect(signInAs(t.app, ACCOUNTS.admin.email, 'not the password')).rejects.toThrow()
  })
})

// The session tests move the clock on by hours: later tests sign in afresh.
describe('uploads', () => {
  const send = async (fields: Record<string, string>, files: { name: string; content: string | Uint8Array }[]) => {
    const s = await t.signIn('analyst')
    const body = multipart({ _csrf: s.csrf, ...fields }, files)
    return t.app.inject({
      method: 'POST',
      url: '/upload',
      payload: body.payload,
      headers: { ...body.headers, cookie: s.cookie },
    })
  }

  it('refuses files over the size limit and too many files, with a message', async () => {
    const big = await send({ council: '850', year: '2013' }, [
      { name: 'big.csv', content: new Uint8Array(6 * 1024 * 1024).fill(65) },
    ])
    expect(big.statusCode).toBe(400)
    expect(big.body).toContain('Choose at most 6 files of at most 5 MB each')
    const many = await send(
      { council: '850', year: '2013' },
      Array.from({ length: 7 }, (_, i) => ({ name: `f${i}.csv`, content: 'CHILD\n' })),
    )
    expect(many.statusCode).toBe(400)
  })

  it('renders script in text fields as text', async () => {
    const r = await send({ council: '<script>alert(1)</script>', year: '"><img src=x onerror=alert(1)>' }, [])
    expect(r.body).not.toContain('<script>alert(1)</script>')
    expect(r.body).not.toContain('<img src=x')
    expect(r.body).toContain('&lt;script&gt;')
  })
})

describe('the audit log', () => {
  it('records sign-ins, failures, child views, exports and publications; administrators search it', async () => {
    const hampshire = await t.signIn('hampshire')
    await hampshire.get(`/councils/850/children/${child}`)
    await hampshire.get('/councils/850/periods/2010-13/children?format=csv')
    const events = await t.audit.search({})
    const actions = new Set(events.map((e) => e.action))
    for (const a of ['account-created', 'sign-in', 'sign-in-failed', 'child-level-view', 'export', 'publication'])
      expect([...actions]).toContain(a)
    // The child by pseudonym: administrators read the log and may not see children.
    const view = events.find((e) => e.action === 'child-level-view' && e.detail.includes(childReference('850', child)))!
    expect(view).toMatchObject({ actor: ACCOUNTS.hampshire.email, council: '850' })
    expect(events.filter((e) => e.detail.includes(child))).toEqual([])
    const admin = await t.signIn('admin')
    const page = await admin.get('/admin/audit?action=publication')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('published 2011-14')
    const rows = (await admin.get('/admin/audit?action=publication&format=csv')).body.trim().split('\n').slice(1)
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(row.split(',')[2]).toBe('publication')
  })

  it('reaches an administrator’s spreadsheet as text: an e-mail typed as a formula is not run', async () => {
    await expect(signInAs(t.app, '=HYPERLINK("http://evil.invalid","x")', 'wrong password!!')).rejects.toThrow()
    const admin = await t.signIn('admin')
    const csv = (await admin.get('/admin/audit?action=sign-in-failed&format=csv')).body
    expect(csv).toContain(`"'=hyperlink(""http://evil.invalid"",""x"")"`) // e-mails are kept in lower case
    expect(csv.split('\n').some((line) => /(^|,)"?=/.test(line))).toBe(false)
  })

  it('cannot be changed, even by the database connection the application uses', async () => {
    const before = await t.audit.search({})
    await expect(t.store.db.updateTable('audit_event').set({ actor: 'someone else' }).execute()).rejects.toThrow(
      /append-only/,
    )
    await expect(t.store.db.deleteFrom('audit_event').execute()).rejects.toThrow(/append-only/)
    expect(await t.audit.search({})).toEqual(before)
  })
})

describe('behind a proxy', () => {
  it('believes only the address its own proxy added, not one a client wrote into X-Forwarded-For', async () => {
    const app = await buildTestApp(syntheticReturns(['850']), { trustProxy: 1 })
    const form = await app.app.inject({ method: 'GET', url: '/sign-in' })
    const csrf = cookieValue(form.headers['set-cookie'], 'adoption_csrf')!
    await app.app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: { cookie: `adoption_csrf=${csrf}`, 'x-forwarded-for': '6.6.6.6, 10.1.2.3' },
      payload: { email: 'nobody@test.invalid', password: 'not a password', _csrf: hiddenCsrf(form.body) },
    })
    const failed = (await app.audit.search({})).filter((e) => e.action === 'sign-in-failed')
    expect(failed.map((e) => e.detail)).toEqual(['from 10.1.2.3'])
    await app.app.close()
  })
})
