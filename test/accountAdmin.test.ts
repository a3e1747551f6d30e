import { expect } from 'expect'
import { after, before, describe, it } from 'node:test'
import {
  buildTestApp,
  cookieValue,
  hiddenCsrf,
  signInAs,
  syntheticReturns,
  type Session,
  type TestApp,
} from './support/webApp.js'

let t: TestApp
let admin: Session
before(async () => {
  t = await buildTestApp(syntheticReturns(['850']))
  admin = await t.signIn('admin')
})
after(async () => t.app.close())

const linkIn = (html: string) => /\/set-password\/([A-Za-z0-9_-]{20,})/.exec(html)?.[1] ?? ''

/** A visitor opening a one-time link and setting a password through it. */
async function setPassword(token: string, password: string, again = password) {
  const page = await t.app.inject({ method: 'GET', url: `/set-password/${token}` })
  const csrf = cookieValue(page.headers['set-cookie'], 'adoption_csrf') ?? ''
  return t.app.inject({
    method: 'POST',
    url: `/set-password/${token}`,
    headers: { cookie: `adoption_csrf=${csrf}` },
    payload: { password, confirm: again, _csrf: hiddenCsrf(page.body) },
  })
}

describe('accounts for administrators', () => {
  it('creates an account whose holder sets the password through a one-time link, and audits each step', async () => {
    const created = await admin.post('/admin/accounts/new', {
      email: 'New.Person@Council.gov.uk',
      role: 'council-user',
      council: '850',
    })
    expect(created.statusCode).toBe(200)
    const token = linkIn(created.body)
    expect(token).not.toBe('')
    expect(created.body).not.toMatch(/password:/i)
    // A password the rules refuse, then two that differ, then a good one; the link then works no more.
    expect((await setPassword(token, 'password1234')).body).toContain('too easy to guess')
    expect((await setPassword(token, 'maple violin harbour kettle', 'maple violin harbour')).body).toContain(
      'not the same',
    )
    const done = await setPassword(token, 'maple violin harbour kettle')
    expect(done.statusCode).toBe(303)
    expect(done.headers.location).toBe('/sign-in?password=set')
    const session = await signInAs(t.app, 'new.person@council.gov.uk', 'maple violin harbour kettle')
    expect((await session.get('/councils/850/periods/2010-13/children')).statusCode).toBe(200)
    expect((await t.app.inject({ method: 'GET', url: `/set-password/${token}` })).statusCode).toBe(404)
    const actions = (await t.audit.search({})).map((e) => e.action)
    expect(actions).toEqual(expect.arrayContaining(['account-created', 'password-link-issued', 'password-set']))
  })

  it('changes role and council (sessions end), refuses a code that is no council, and disables', async () => {
    const account = (await t.accounts.list()).find((a) => a.email === 'new.person@council.gov.uk')!
    const session = await signInAs(t.app, account.email, 'maple violin harbour kettle')
    const bad = await admin.post(`/admin/accounts/${account.id}`, { role: 'council-user', council: '999' })
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('999 is not the code of an English council')
    expect((await admin.post(`/admin/accounts/${account.id}`, { role: 'improvement-adviser' })).statusCode).toBe(303)
    expect((await t.accounts.byId(account.id))!).toMatchObject({ role: 'improvement-adviser', council: null })
    expect((await session.get('/account')).statusCode).not.toBe(200) // signed out by the change
    expect((await admin.post(`/admin/accounts/${account.id}/disable`)).statusCode).toBe(303)
    expect((await t.accounts.byId(account.id))!.disabled).toBe(true)
    await expect(signInAs(t.app, account.email, 'maple violin harbour kettle')).rejects.toThrow()
    const changed = (await t.audit.search({ action: 'account-changed' }))[0]!
    expect(changed.detail).toContain('now improvement-adviser')
  })

  it('is for administrators only', async () => {
    for (const who of ['analyst', 'hampshire'] as const) {
      const s = await t.signIn(who)
      expect((await s.get('/admin/accounts/new')).statusCode).toBe(404)
      expect((await s.post('/admin/accounts/new', { email: 'x@y.gov.uk', role: 'administrator' })).statusCode).toBe(404)
    }
    expect((await t.accounts.list()).some((a) => a.email === 'x@y.gov.uk')).toBe(false)
  })
})
