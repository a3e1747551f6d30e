import { expect } from 'expect'
import { after, before, describe, it } from 'node:test'
import { episode, header, placedAdoption, tableCsv, type Tables } from './support/returnFixtures.js'
import { buildTestApp, multipart, type Session, type TestApp } from './support/webApp.js'

/**
 * Loading an in-year extract on the web: checked to the day it was taken, stored only when clean, audited; it sets
 * the tracker's "now" and never changes the scorecard. The synthetic returns run to 31 March 2014.
 */
let t: TestApp
let hampshire: Session
before(async () => {
  t = await buildTestApp()
  hampshire = await t.signIn('hampshire')
})
after(async () => t.app.close())

// A child who entered care on 1 May 2014, with a decision to place on 10 July 2014: the extract of 15 August 2014.
const extract = (decom = '01/05/2014'): Partial<Tables> => ({
  Header: [header('X1', '01/01/2014')],
  Episodes: [episode('X1', decom, 'S', 'C2', 'Q2')],
  PlacedAdoption: [placedAdoption('X1', '10/07/2014')],
})
const load = (s: Session, code: string, takenOn: string, tables: Partial<Tables>) => {
  const files = (Object.keys(tables) as (keyof Tables)[]).map((name) => ({
    name: `${name.toLowerCase()}.csv`,
    content: tableCsv(name, tables[name]!),
  }))
  const body = multipart({ _csrf: s.csrf, takenOn }, files)
  return t.app.inject({
    method: 'POST',
    url: `/councils/${code}/extracts`,
    payload: body.payload,
    headers: { ...body.headers, cookie: s.cookie },
  })
}

describe('in-year extracts on the web', () => {
  it('names what is wrong, to the extract’s day, and stores nothing', async () => {
    // An episode starting on 1 September 2014 is after an extract taken on 15 August 2014.
    const late = await load(hampshire, '850', '15/08/2014', extract('01/09/2014'))
    expect(late.statusCode).toBe(400)
    expect(late.body).toContain('Nothing was stored')
    expect(late.body).toContain('850/2014-08-15/episodes.csv')
    expect((await load(hampshire, '850', '31/02/2014', extract())).body).toContain(
      'Enter the day the extract was taken',
    )
    expect((await hampshire.get('/councils/850/tracker')).body).toContain('31 March 2014')
  })

  it('sets the tracker’s "now" to the extract’s day, audited, and leaves the scorecard as it was', async () => {
    const before = JSON.stringify(await t.scorecards.national('2011-14'))
    const r = await load(hampshire, '850', '15/08/2014', extract())
    expect(r.statusCode).toBe(303)
    const page = await hampshire.get('/councils/850/tracker')
    expect(page.body).toContain('at 15 August 2014')
    expect(page.body).toContain('an in-year extract')
    // The year tracked is now 2014-15.
    expect(page.body).toContain('Adoptions expected by 31 March 2015')
    const [event] = await t.audit.search({ action: 'upload', council: '850' })
    expect(event!.detail).toBe('in-year extract taken on 2014-08-15: 3 files, 3 rows')
    expect(JSON.stringify(await t.scorecards.national('2011-14'))).toBe(before)
    expect(await t.scorecards.latestYear('850')).toBe(2014)
    expect((await hampshire.get('/councils/850/extracts')).body).toContain('Taken on 15 August 2014')
  })

  it('an extract older than the latest annual return changes nothing on the tracker', async () => {
    // X2 entered care on 1 May 2013 with a decision to place on 1 July 2013.
    const r = await load(hampshire, '850', '15/08/2013', {
      Header: [header('X2', '01/01/2013')],
      Episodes: [episode('X2', '01/05/2013', 'S', 'C2', 'Q2')],
      PlacedAdoption: [placedAdoption('X2', '01/07/2013')],
    })
    expect(r.statusCode).toBe(303)
    expect((await hampshire.get('/councils/850/tracker')).body).toContain('at 15 August 2014')
  })

  it('keeps older extracts, so the tracker can be seen as it stood on an earlier day', async () => {
    // 1 June 2014: the annual return to 31 March 2014 (the August extract was not yet taken).
    expect((await hampshire.get('/councils/850/tracker?asAt=01/06/2014')).body).toContain('at 31 March 2014')
    // 1 December 2013: only the returns to 31 March 2013, and the extract of 15 August 2013 after them.
    const december = await hampshire.get('/councils/850/tracker?asAt=2013-12-01')
    expect(december.body).toContain('at 15 August 2013')
    expect(december.body).toContain('Adoptions expected by 31 March 2014')
    const csv = (await hampshire.get('/councils/850/tracker?asAt=2013-12-01&table=children&format=csv')).body
    expect(csv).toContain('X2,')
    expect((await hampshire.get('/councils/850/tracker?asAt=1999-01-01')).statusCode).toBe(404)
    const bad = await hampshire.get('/councils/850/tracker?asAt=31/02/2014')
    expect([bad.statusCode, bad.body.includes('is not a date')]).toEqual([400, true])
  })

  it('lets only those who may load the council’s returns load its extracts', async () => {
    const leicester = await t.signIn('leicester')
    const adviser = await t.signIn('adviser')
    expect((await load(leicester, '850', '16/08/2014', extract())).statusCode).toBe(404)
    expect((await load(adviser, '850', '16/08/2014', extract())).statusCode).toBe(404)
    expect((await leicester.get('/councils/850/extracts')).statusCode).toBe(403)
    expect((await adviser.get('/councils/850/extracts')).statusCode).toBe(403)
    expect((await t.app.inject({ method: 'GET', url: '/councils/850/extracts' })).statusCode).toBe(404)
    expect((await hampshire.get('/councils/850/tracker')).body).toContain('at 15 August 2014')
  })
})
