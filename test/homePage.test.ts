import { expect } from 'expect'
import { after, before, describe, it } from 'node:test'
import { buildTestApp, type TestApp } from './support/webApp.js'

/** The home page of a council user whose data is loaded but whose periods are not yet published. */
let t: TestApp
before(async () => {
  t = await buildTestApp()
})
after(async () => t.app.close())

describe('the home page', () => {
  it('lists a council user’s own scorecards before anything is published, marked as not yet published', async () => {
    const page = (await (await t.signIn('hampshire')).get('/')).body
    expect(page).not.toContain('There are no scorecards for you to see yet')
    expect(page).toMatch(/Hampshire(&#39;|')s scorecards/)
    const periods = await t.scorecards.periods()
    expect(periods.length).toBeGreaterThan(0)
    for (const p of periods) {
      expect(page).toContain(
        `href="/councils/850/periods/${p}">${p}</a> (not yet published: only your council sees it)`,
      )
    }
    // Never another council's.
    expect(page).not.toContain('/councils/856/periods/')
  })

  it('marks only the periods still unpublished once one is published', async () => {
    await (await t.signIn('analyst')).post('/periods/2011-14/publish')
    const page = (await (await t.signIn('leicester')).get('/')).body
    expect(page).toContain('href="/councils/856/periods/2011-14">2011-14</a></li>')
    expect(page).toContain('href="/councils/856/periods/2010-13">2010-13</a> (not yet published')
  })
})
