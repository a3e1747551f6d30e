import { expect } from 'expect'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { main } from '../src/cli/main.js'
import { buildTestApp, syntheticReturns, type TestApp } from './support/webApp.js'

let t: TestApp
before(async () => {
  t = await buildTestApp()
})
after(async () => t.app.close())

describe('the story behind the number', () => {
  it('shows stages, proceedings, harder-to-place children, adjusted A1, permanence, comparable councils', async () => {
    const analyst = await t.signIn('analyst')
    const r = await analyst.get('/councils/850/periods/2010-13/context')
    expect(r.statusCode).toBe(200)
    for (const heading of [
      'Where the time goes',
      'Children who are harder to place',
      'A1 for this council',
      'Permanence beyond adoption',
      'Comparable councils',
    ]) {
      expect(r.body).toContain(heading)
    }
    expect(r.body.match(/<svg role="img"/g)?.length).toBe(2)
    const ctx = await t.scorecards.contextFor('2010-13')
    const stages = (await analyst.get('/councils/850/periods/2010-13/context?table=stages&format=csv')).body
      .trim()
      .split('\n')
    expect(stages).toHaveLength(5)
    expect(stages[2]).toContain(
      `Care proceedings to the placement order,The court,${ctx.councils.get('850')!.stages[1]!.days.value ?? ''}`,
    )
    const comparison = (await analyst.get('/councils/850/periods/2010-13/context?table=comparison&format=csv')).body
    expect(comparison).toContain('Other councils in the region')
  })

  it('is for those who may see the council’s figures unsuppressed', async () => {
    expect((await (await t.signIn('hampshire')).get('/councils/850/periods/2010-13/context')).statusCode).toBe(200)
    expect((await (await t.signIn('adviser')).get('/councils/850/periods/2010-13/context')).statusCode).toBe(200)
    expect((await (await t.signIn('leicester')).get('/councils/850/periods/2010-13/context')).statusCode).toBe(404)
    expect((await t.app.inject({ method: 'GET', url: '/councils/850/periods/2010-13/context' })).statusCode).toBe(404)
  })

  it('lets the council write its commentary, shown beside the scorecard and to the public once published', async () => {
    const hampshire = await t.signIn('hampshire')
    expect(
      (await (await t.signIn('leicester')).post('/councils/850/periods/2010-13/commentary', { text: 'not ours' }))
        .statusCode,
    ).toBe(404)
    const saved = await hampshire.post('/councils/850/periods/2010-13/commentary', {
      text: 'Court delay <b>doubled</b> in 2011.\n\nWe have a new team.',
    })
    expect(saved.statusCode).toBe(303)
    const page = await hampshire.get('/councils/850/periods/2010-13')
    expect(page.body).toContain('Court delay &lt;b&gt;doubled&lt;/b&gt; in 2011.</p>')
    expect(page.body).toContain('We have a new team.')
    expect((await t.app.inject({ method: 'GET', url: '/councils/850/periods/2010-13' })).statusCode).toBe(404)
    await (await t.signIn('analyst')).post('/periods/2010-13/publish')
    expect((await t.app.inject({ method: 'GET', url: '/councils/850/periods/2010-13' })).body).toContain(
      'We have a new team.',
    )
    const tooLong = await hampshire.post('/councils/850/periods/2010-13/commentary', { text: 'x'.repeat(5001) })
    expect(tooLong.statusCode).toBe(400)
    expect(tooLong.body).toContain('Commentary must be 5000 characters or fewer')
  })

  it('compares with statistical neighbours once a list is loaded', async () => {
    await t.context.replaceNeighbours(new Map([['850', ['856', '336']]]))
    await t.scorecards.sync() // as a server does when the store's data version goes up
    const ctx = await t.scorecards.contextFor('2010-13')
    expect(ctx.neighbourSource).toBe('statistical neighbours')
    const national = await t.scorecards.national('2010-13')
    const a1 = (code: string) => national.councils.find((c) => c.code === code)!.indicators.A1.value!
    expect(ctx.councils.get('850')!.neighbours).toMatchObject({
      a1: Math.round((a1('856') + a1('336')) / 2),
      councils: 2,
    })
  })
})

describe('scorecard model', () => {
  it('prints the case-mix model’s fit', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'model-'))
    for (const f of syntheticReturns(['850', '856', '336', '202'], 2009, 2013, 0.5)) {
      await mkdir(path.join(dir, path.dirname(f.path)), { recursive: true })
      await writeFile(path.join(dir, f.path), f.bytes)
    }
    let out = ''
    const status = await main(['model', '--data', dir, '--period', '2010-13'], {
      out: (s) => (out += s),
      err: () => {},
    })
    expect(status).toBe(0)
    expect(out).toMatch(/children: \d+/)
    expect(out).toMatch(/R squared: 0\.\d{3}/)
    expect(out).toMatch(/residual standard deviation: \d+\.\d days/)
    expect(out).toContain('aged 5 or over on entering care')
  })
})
