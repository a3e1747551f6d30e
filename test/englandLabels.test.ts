import { expect } from 'expect'
import { after, before, describe, it } from 'node:test'
import { buildTestApp, type TestApp } from './support/webApp.js'

/** With three councils loaded, "England" is their total, and the pages say so; ranks say out of how many. */
let t: TestApp
before(async () => {
  t = await buildTestApp()
})
after(async () => t.app.close())

const csv = async (url: string) =>
  (await (await t.signIn('analyst')).get(url)).body
    .trim()
    .split('\n')
    .map((l) => l.split(','))

describe('what England and a rank rest on', () => {
  it('names England as the councils loaded, and gives each rank out of the councils ranked', async () => {
    const national = await t.scorecards.national('2010-13')
    const ranked = national.councils.filter((c) => c.indicators.A1.rank !== null).length
    expect(national.councils).toHaveLength(3)
    const rows = await csv('/councils/850/periods/2010-13/indicators?format=csv')
    const header = rows[0]!
    expect(header).toContain('England (the 3 councils loaded)')
    const a1 = rows[1]!
    const hampshire = national.councils.find((c) => c.code === '850')!.indicators.A1
    expect(a1[header.indexOf('Rank')]).toBe(`${hampshire.rank} of ${ranked}`)
    const national2 = await csv('/periods/2010-13?format=csv')
    expect(national2[0]).toContain(`A1 rank (of ${ranked})`)
    const page = (await (await t.signIn('analyst')).get('/periods/2010-13')).body
    expect(page).toContain('England (the 3 councils loaded) A1')
  })

  it('says the change from the previous period in words, and A3’s cut-off in each period', async () => {
    const rows = await csv('/councils/850/periods/2011-14/indicators?format=csv')
    const change = rows[1]![rows[0]!.indexOf('Change from the previous period')]!
    const a1 = (await t.scorecards.national('2011-14')).councils.find((c) => c.code === '850')!.indicators.A1
    expect(a1.trend).not.toBeNull()
    const days = Math.abs(a1.trend!)
    expect(change).toBe(a1.trend === 0 ? 'no change' : `${days} days ${a1.trend! > 0 ? 'longer' : 'shorter'}`)
    const trend = await csv('/councils/850/periods/2011-14/trend?format=csv')
    expect(trend[0]).toContain('A3 cut-off (months)')
  })
})
