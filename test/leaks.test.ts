import { expect } from 'expect'
import { after, before, describe, it } from 'node:test'
import { ACCOUNTS, buildTestApp, type Session, type TestApp, type Who } from './support/webApp.js'

/**
 * The leaks a probe of every route as every role found (issue: "Close the leaks"), each pinned by a test. 2011-14 is
 * published; 2010-13 and 2009-12 are not. Councils 850 (Hampshire) and 856 (Leicester) share no region, so for
 * Hampshire the comparable councils are its region's others.
 */
let t: TestApp
const s = {} as Record<Who, Session>
before(async () => {
  t = await buildTestApp()
  for (const who of Object.keys(ACCOUNTS) as Who[]) s[who] = await t.signIn(who)
  await s.analyst.post('/periods/2011-14/publish')
})
after(async () => t.app.close())

const csvRows = (body: string) =>
  body
    .trim()
    .split('\n')
    .map((l) => l.split(','))

describe('closed leaks', () => {
  it('1. an adviser cannot download the children behind the cost of delay', async () => {
    for (const format of ['csv', 'xlsx']) {
      const r = await s.adviser.get(`/councils/850/forecast?table=cost&format=${format}`)
      expect(r.statusCode).toBe(404)
      expect(r.body).not.toMatch(/850\d{6}/)
    }
    expect((await s.hampshire.get('/councils/850/forecast?table=cost&format=csv')).statusCode).toBe(200)
  })

  it('2. a council user sees no other council’s figures in an unpublished period’s comparable councils', async () => {
    const rows = csvRows(
      (await s.hampshire.get('/councils/850/periods/2010-13/context?table=comparison&format=csv')).body,
    )
    expect(rows.map((r) => r[0])).toEqual(['Area', 'Hampshire', 'England (all children)'])
    // England is not published for 2010-13 either: its cells are empty for Hampshire.
    expect(rows[2]!.slice(1, 3)).toEqual(['', ''])
  })

  it('3. in a published period, the comparable councils’ means rest only on figures the public sees', async () => {
    const published = await t.scorecards.publicNational('2011-14')
    const live = await t.scorecards.national('2011-14')
    const hidden = published.councils.filter((c) => c.indicators.A1.suppressed).map((c) => c.code)
    const rows = csvRows(
      (await s.hampshire.get('/councils/850/periods/2011-14/context?table=comparison&format=csv')).body,
    )
    const region = rows.find((r) => r[0]!.startsWith('South East'))
    // The region's mean is of the others' published values, leaving out any suppressed one.
    const others = published.councils.filter((c) => c.region === 'South East' && c.code !== '850')
    const shown = others.map((c) => c.indicators.A1.value).filter((v): v is number => v !== null)
    expect(region?.[3]).toBe(String(shown.length))
    if (shown.length > 0) {
      expect(Number(region![1])).toBe(Math.round(shown.reduce((a, b) => a + b, 0) / shown.length))
    }
    // And an analyst, who sees everything, gets the live figures (hidden ones included) for comparison.
    expect(live.councils.length).toBeGreaterThanOrEqual(published.councils.length - hidden.length)
  })

  it('5. the public API gives England no "previous" or trend from an unpublished period', async () => {
    const json = (await t.app.inject({ method: 'GET', url: '/api/v1/scorecards/2011-14' })).json()
    for (const key of ['A1', 'A1_adjusted', 'A2']) {
      expect([json.england.indicators?.[key]?.previous ?? json.england[key]?.previous, key]).toEqual([null, key])
    }
  })

  it('11. an unknown table, __proto__ included, is "not found", never a server error', async () => {
    for (const url of [
      '/councils/850/periods/2010-13/context?table=__proto__&format=csv',
      '/councils/850/periods/2010-13/context?table=constructor&format=xlsx',
      '/councils/850/pipeline?table=toString&format=csv',
      '/councils/850/forecast?table=__proto__&format=csv',
    ]) {
      expect([url, (await s.analyst.get(url)).statusCode]).toEqual([url, 404])
    }
  })

  it('a council user’s page for an unpublished period shows no rank among the other councils', async () => {
    const national = await t.scorecards.nationalFor(
      { role: 'council-user', council: '850', email: null, accountId: null },
      '2010-13',
      '850',
    )
    expect(national.councils.map((c) => c.code)).toEqual(['850'])
    expect(national.councils[0]!.indicators.A1.rank).toBeNull()
    expect(national.england.A1.value).toBeNull()
    const page = await s.hampshire.get('/councils/850/periods/2010-13/indicators?format=csv')
    expect(page.body).not.toMatch(/Rank[^\n]*\d/)
  })
})
