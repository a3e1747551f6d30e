import { expect } from 'expect'
import { after, before, describe, it } from 'node:test'
import { parseAdopterCsv } from '../src/adopters/adopterRecords.js'
import { ENGLISH_COUNCILS } from '../src/domain/englishCouncils.js'
import { synthesiseCouncil } from '../src/synth/nationalSynth.js'
import { buildTestApp, type TestApp } from './support/webApp.js'

let t: TestApp
before(async () => {
  t = await buildTestApp()
  const councils = ['850', '856', '336'].map((c) => ENGLISH_COUNCILS.find((x) => x.code === c)!)
  for (const council of councils) {
    // The same seed and scale as the returns the test app loads, so adopters match its children.
    const files = synthesiseCouncil(council, {
      councils,
      firstYear: 2008,
      lastYear: 2014,
      seed: 7,
      scale: 0.4,
      faultRate: 0,
      adoptersOut: 'unused',
    })
    const { households, findings } = parseAdopterCsv(files.get(`adopters/${council.code}.csv`)!, `${council.code}.csv`)
    expect(findings).toEqual([])
    await t.adopters.load(households)
  }
})
after(async () => t.app.close())

describe('prospective adopters', () => {
  it('shows the council its adopter indicators against England, and children against adopters waiting', async () => {
    const hampshire = await t.signIn('hampshire')
    const page = await hampshire.get('/councils/850/adopters?period=2010-13')
    expect(page.statusCode).toBe(200)
    const rows = (await hampshire.get('/councils/850/adopters?period=2010-13&format=csv')).body.trim().split('\n')
    expect(rows[0]).toBe('Indicator,Hampshire,Households,England')
    expect(rows.map((r) => r.split(',')[0])).toContain('Approval to match (days)')
    const f = await t.adopters.figures('2010-13', '850')
    expect(rows[3]).toBe(
      [
        'Approval to match (days)',
        f.council!.approvalToMatch.value,
        f.council!.approvalToMatch.children,
        f.england.approvalToMatch.value,
      ].join(','),
    )
    expect(f.council!.approvalToMatch.children).toBeGreaterThan(0)
    expect((await (await t.signIn('leicester')).get('/councils/850/adopters')).statusCode).toBe(404)
    expect((await t.app.inject({ method: 'GET', url: '/councils/850/adopters' })).statusCode).toBe(404)
  })

  it('compares children and adopters waiting nationally and for each council', async () => {
    const analyst = await t.signIn('analyst')
    const rows = (await analyst.get('/adopters?period=2010-13&format=csv')).body.trim().split('\n')
    expect(rows.map((r) => r.split(',')[0])).toEqual(['Council', 'England', 'Wolverhampton', 'Hampshire', 'Leicester'])
    const cells = rows.slice(2).map((r) => r.split(','))
    const england = rows[1]!.split(',')
    expect(Number(england[1])).toBe(cells.reduce((s, c) => s + Number(c[1]), 0))
    expect(Number(england[2])).toBe(cells.reduce((s, c) => s + Number(c[2]), 0))
    expect((await (await t.signIn('hampshire')).get('/adopters')).statusCode).toBe(404)
  })
})
