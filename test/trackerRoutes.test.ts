import { expect } from 'expect'
import { after, before, describe, it } from 'node:test'
import { onTheJourney } from '../src/pipeline/journeyFlags.js'
import { buildTestApp, type Session, type TestApp } from './support/webApp.js'

/**
 * The tracker page and the court stages after placement, by role: only Hampshire's own users record Hampshire's
 * court stages; Leicester's user, an adviser and the public can neither see nor change them. The synthetic returns run
 * to 31 March 2014.
 */
let t: TestApp
let hampshire: Session
let child: string
let placed: string
const ASAT = '2014-03-31'
const csv = (body: string) => body.trim().split('\n')

before(async () => {
  t = await buildTestApp()
  hampshire = await t.signIn('hampshire')
  const j = onTheJourney(await t.scorecards.journeys('850'), ASAT)
    .filter((x) => x.placedForAdoption !== null && x.placedForAdoption <= ASAT)
    .sort((a, b) => (a.child < b.child ? -1 : 1))[0]!
  child = j.child
  placed = j.placedForAdoption!
})
after(async () => t.app.close())

const shown = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`

describe('the adoption tracker', () => {
  it('shows the council’s users the counts, the four lists and the expected adoptions, with downloads', async () => {
    const page = await hampshire.get('/councils/850/tracker')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Adoption orders made this year')
    expect(page.body).toContain('Adoptions expected by 31 March 2014')
    const placedRows = csv((await hampshire.get('/councils/850/tracker?table=awaiting-application&format=csv')).body)
    expect(placedRows[0]).toBe('Child,Placed for adoption,Days placed')
    expect(placedRows.some((r) => r.startsWith(`${child},${placed},`))).toBe(true)
    const xlsx = await hampshire.get('/councils/850/tracker?table=orders-made&format=xlsx')
    expect([xlsx.statusCode, xlsx.headers['content-type']]).toEqual([
      200,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ])
    const views = await t.audit.search({ action: 'child-level-view', council: '850' })
    expect(views.some((e) => e.detail === 'adoption tracker (csv download)')).toBe(true)
  })

  it('records a placed child’s court stages for the council’s own users, audited, shown on the tracker', async () => {
    const before = JSON.stringify(await t.scorecards.national('2011-14'))
    const form = await hampshire.get(`/councils/850/tracker/${child}`)
    expect(form.statusCode).toBe(200)
    expect(form.body).toContain('Court stages for child')
    const r = await hampshire.post(`/councils/850/tracker/${child}`, {
      recommendation: shown(placed),
      annexARequested: placed,
      annexATeam: 'Locality Team 2',
    })
    expect(r.statusCode).toBe(303)
    const action = csv((await hampshire.get('/councils/850/tracker?table=action-needed&format=csv')).body)
    expect(action[0]).toBe('Child,Placed for adoption,Recommendation to apply,Action needed,Awaited from')
    expect(action).toContain(`${child},${placed},${placed},Annex A report awaited,Locality Team 2`)
    // Beside the return's own stage, on the list of every child on the journey.
    const children = csv((await hampshire.get('/councils/850/tracker?table=children&format=csv')).body)
    expect(children[0]).toBe(
      'Child,Stage in the return,Court stage recorded by the council,Entered care,Days in care,Flags',
    )
    expect(children.find((r) => r.startsWith(`${child},`))).toContain(
      `${child},placed for adoption,Annex A awaited from Locality Team 2,`,
    )
    const [event] = await t.audit.search({ action: 'court-stage', council: '850' })
    expect(event).toMatchObject({
      actor: 'hampshire@test.invalid',
      detail: `child ${child}: recommendation ${placed}; Annex A requested ${placed} from Locality Team 2`,
    })
    // Court stages never change the scorecard.
    expect(JSON.stringify(await t.scorecards.national('2011-14'))).toBe(before)
  })

  it('names every problem with the form and stores nothing', async () => {
    const audited = (await t.audit.search({ action: 'court-stage' })).length
    const r = await hampshire.post(`/councils/850/tracker/${child}`, {
      recommendation: shown(placed),
      applicationLodged: '31/02/2014',
      hearings: '01/01/2000',
    })
    expect(r.statusCode).toBe(400)
    expect(r.body).toContain('There is a problem')
    expect(r.body).toContain('Application lodged: “31/02/2014” is not a date; write it as, for example, 15/08/2013')
    expect(r.body).toContain('Hearing 2000-01-01 is recorded: enter when the application was lodged')
    expect((await t.audit.search({ action: 'court-stage' })).length).toBe(audited)
    const form = await hampshire.get(`/councils/850/tracker/${child}`)
    expect(form.body).toContain('value="Locality Team 2"')
  })

  it('lets no other council’s user, adviser or member of the public see or change the court stages', async () => {
    const leicester = await t.signIn('leicester')
    const adviser = await t.signIn('adviser')
    const analyst = await t.signIn('analyst')
    const audited = (await t.audit.search({ action: 'court-stage' })).length
    for (const s of [leicester, adviser]) {
      expect((await s.get('/councils/850/tracker')).statusCode).toBe(403)
      expect((await s.get('/councils/850/tracker?table=action-needed&format=csv')).statusCode).toBe(403)
      expect((await s.get(`/councils/850/tracker/${child}`)).statusCode).toBe(403)
      expect((await s.post(`/councils/850/tracker/${child}`, { orderMade: shown(placed) })).statusCode).toBe(404)
    }
    const get = (url: string) => t.app.inject({ method: 'GET', url })
    expect((await get('/councils/850/tracker')).statusCode).toBe(404)
    expect((await get(`/councils/850/tracker/${child}`)).statusCode).toBe(404)
    const anonymous = await t.app.inject({
      method: 'POST',
      url: `/councils/850/tracker/${child}`,
      payload: { orderMade: shown(placed) },
    })
    expect(anonymous.statusCode).toBeGreaterThanOrEqual(400)
    // A national analyst sees the tracker (child-level data) but records nothing: the council's stages are its own.
    expect((await analyst.get('/councils/850/tracker')).statusCode).toBe(200)
    expect((await analyst.get(`/councils/850/tracker/${child}`)).statusCode).toBe(403)
    expect((await analyst.post(`/councils/850/tracker/${child}`, { orderMade: shown(placed) })).statusCode).toBe(404)
    expect((await t.audit.search({ action: 'court-stage' })).length).toBe(audited)
    const orders = csv((await hampshire.get('/councils/850/tracker?table=orders-made&format=csv')).body)
    expect(orders.some((r) => r.includes(child))).toBe(false)
  })

  it('answers "not found" for a child who is not placed for adoption', async () => {
    expect((await hampshire.get('/councils/850/tracker/no-such-child')).statusCode).toBe(404)
    expect((await hampshire.post('/councils/850/tracker/no-such-child', { recommendation: '' })).statusCode).toBe(404)
  })
})
