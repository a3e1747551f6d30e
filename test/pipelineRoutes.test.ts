import { expect } from 'expect'
import { after, before, describe, it } from 'node:test'
import { buildTestApp, type TestApp } from './support/webApp.js'

let t: TestApp
before(async () => {
  t = await buildTestApp()
})
after(async () => t.app.close())

describe('children on the journey and the forecast', () => {
  it('lists every child waiting, flags and status lists, for the council’s users; downloads match', async () => {
    const hampshire = await t.signIn('hampshire')
    const page = await hampshire.get('/councils/850/pipeline')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('31 March 2014') // the synthetic returns run to 2014
    expect(page.body).toContain('Adoption orders made in the year')
    const csv = (await hampshire.get('/councils/850/pipeline?table=children&format=csv')).body.trim().split('\n')
    expect(csv[0]).toBe(
      'Child,Stage now,Days in care,Days since decision,Days since placement order,Days since match,Flags',
    )
    expect(csv.length).toBeGreaterThan(1)
    expect((await (await t.signIn('leicester')).get('/councils/850/pipeline')).statusCode).toBe(403)
    expect((await (await t.signIn('adviser')).get('/councils/850/pipeline')).statusCode).toBe(403)
    expect((await t.app.inject({ method: 'GET', url: '/councils/850/pipeline' })).statusCode).toBe(404)
    const audit = await t.audit.search({ action: 'child-level-view', council: '850' })
    expect(audit.some((e) => e.detail.startsWith('children on the journey'))).toBe(true)
  })

  it('lets the council change when a child is flagged', async () => {
    const hampshire = await t.signIn('hampshire')
    expect(
      (
        await hampshire.post('/councils/850/settings', {
          placedWithoutOrderDays: '30',
          decisionWithoutOrderDays: 'many',
          weeklyCostOfCare: '950',
        })
      ).statusCode,
    ).toBe(303)
    const page = await hampshire.get('/councils/850/pipeline')
    expect(page.body).toContain('value="30"')
    expect(page.body).toContain('value="183"') // "many" is not a number: unchanged
    expect(page.body).toContain('value="950"')
    expect(
      (await (await t.signIn('adviser')).post('/councils/850/settings', { placedWithoutOrderDays: '1' })).statusCode,
    ).toBe(404)
  })

  it('forecasts the next two periods with a range, and the cost of delay', async () => {
    const analyst = await t.signIn('analyst')
    const page = await analyst.get('/councils/850/forecast')
    expect(page.statusCode).toBe(200)
    const rows = (await analyst.get('/councils/850/forecast?table=forecast&format=csv')).body.trim().split('\n')
    expect(rows.map((r) => r.split(',')[0])).toEqual(['Period', '2012-15', '2013-16'])
    expect(page.body).toContain('The cost of delay')
    // child-level
    expect((await (await t.signIn('adviser')).get('/councils/850/forecast')).body).not.toContain('The cost of delay')
    expect((await t.app.inject({ method: 'GET', url: '/councils/850/forecast' })).statusCode).toBe(404)
  })
})
