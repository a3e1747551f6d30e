import { expect } from 'expect'
import { after, before, describe, it } from 'node:test'
import { gunzipSync } from 'node:zlib'
import { buildTestApp, hiddenCsrf, type TestApp } from './support/webApp.js'

/**
 * Signed-in scorecard pages are kept rendered until the data changes, one copy per account: what must still hold is
 * that no one ever gets another session's CSRF token or another account's page, that child-level views are audited
 * on every request, and that a change shows at once.
 */
let t: TestApp
before(async () => {
  t = await buildTestApp()
})
after(async () => t.app.close())

const signedInAs = (html: string) => /Signed in as <a[^>]*>([^<]+)</.exec(html)?.[1]

describe('the page cache for signed-in users', () => {
  it('gives each session of one account its own CSRF token in the same page', async () => {
    const first = await t.signIn('analyst')
    const second = await t.signIn('analyst')
    expect(first.csrf).not.toBe(second.csrf)
    const a = await first.get('/periods/2010-13')
    const b = await second.get('/periods/2010-13')
    expect(hiddenCsrf(a.body)).toBe(first.csrf)
    expect(hiddenCsrf(b.body)).toBe(second.csrf)
    expect(b.body).not.toContain(first.csrf)
    // The same page otherwise, byte for byte: the second was the first's, kept.
    expect(b.body.split(second.csrf).join('')).toBe(a.body.split(first.csrf).join(''))
  })

  it('never gives one account the page another account was shown', async () => {
    const hampshire = await t.signIn('hampshire')
    const leicester = await t.signIn('leicester')
    const h = await hampshire.get('/councils/850/periods/2010-13')
    expect(signedInAs(h.body)).toBe('hampshire@test.invalid')
    // Leicester may not see Hampshire's unpublished figures: refused, not served Hampshire's kept page.
    const l = await leicester.get('/councils/850/periods/2010-13')
    expect(l.statusCode).not.toBe(200)
    expect(l.body).not.toContain('hampshire@test.invalid')
    const own = await leicester.get('/councils/856/periods/2010-13')
    expect(signedInAs(own.body)).toBe('leicester@test.invalid')
  })

  it('records every view of the children behind the averages, kept page or not', async () => {
    const hampshire = await t.signIn('hampshire')
    const views = async () =>
      (await t.audit.search({ action: 'child-level-view', council: '850' })).filter((e) =>
        e.detail.includes('children adopted in 2009-12'),
      ).length
    const before = await views()
    const one = await hampshire.get('/councils/850/periods/2009-12/children')
    const two = await hampshire.get('/councils/850/periods/2009-12/children')
    expect([one.statusCode, two.statusCode]).toEqual([200, 200])
    expect(two.body).toBe(one.body)
    expect(await views()).toBe(before + 2)
  })

  it('shows a change at once: the council’s new commentary on its scorecard page', async () => {
    const hampshire = await t.signIn('hampshire')
    const page = () => hampshire.get('/councils/850/periods/2011-14')
    expect((await page()).body).not.toContain('Court delays lengthened our waits')
    const saved = await hampshire.post('/councils/850/periods/2011-14/commentary', {
      text: 'Court delays lengthened our waits',
    })
    expect(saved.statusCode).toBe(303)
    expect((await page()).body).toContain('Court delays lengthened our waits')
  })

  it('gives the public a kept page gzipped when the browser asks for it so, the same page unpacked', async () => {
    await (await t.signIn('analyst')).post('/periods/2011-14/publish')
    const plain = await t.app.inject({ url: '/periods/2011-14' })
    const packed = await t.app.inject({ url: '/periods/2011-14', headers: { 'accept-encoding': 'gzip, br' } })
    expect(packed.headers['content-encoding']).toBe('gzip')
    expect(packed.headers.vary).toBe('Accept-Encoding')
    expect(gunzipSync(packed.rawPayload).toString()).toBe(plain.body)
    expect(packed.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4)
    // Without the header, never gzipped.
    expect((await t.app.inject({ url: '/periods/2011-14' })).headers['content-encoding']).toBeUndefined()
  })

  it('gzips a signed-in page too, with the asker’s own token in it', async () => {
    const first = await t.signIn('analyst')
    const second = await t.signIn('analyst')
    await first.get('/periods/2010-13')
    const packed = await t.app.inject({
      url: '/periods/2010-13',
      headers: { cookie: second.cookie, 'accept-encoding': 'gzip' },
    })
    expect(packed.headers['content-encoding']).toBe('gzip')
    const page = gunzipSync(packed.rawPayload).toString()
    expect(hiddenCsrf(page)).toBe(second.csrf)
    expect(page).not.toContain(first.csrf)
    expect(page).toBe((await second.get('/periods/2010-13')).body)
  })
})
