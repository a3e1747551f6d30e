import ExcelJS from 'exceljs'
import { expect } from 'expect'
import { after, before, describe, it } from 'node:test'
import { cleanReturn, returnFiles, tableCsv } from './support/returnFixtures.js'
import { buildTestApp, multipart, type Session, type TestApp } from './support/webApp.js'

let t: TestApp
let analyst: Session
before(async () => {
  t = await buildTestApp()
  analyst = await t.signIn('analyst')
})
after(async () => t.app.close())

/** Pages as a national analyst sees them (everything, unsuppressed); anonymous requests use t.app.inject. */
const get = (url: string) => analyst.get(url)
const anonymous = (url: string) => t.app.inject({ method: 'GET', url })
const csvRows = (body: string) => body.trim().split('\n')

describe('pages', () => {
  it('home lists the periods and councils', async () => {
    const r = await get('/')
    expect(r.statusCode).toBe(200)
    expect(r.body).toContain('href="/periods/2010-13"')
    expect(r.body).toContain('Hampshire')
    expect(r.body).toContain('Synthetic data')
    expect(r.body).toContain('Signed in as')
  })

  it('the national table has every council, sorts by any column and filters', async () => {
    const national = await t.scorecards.national('2010-13')
    const r = await get('/periods/2010-13')
    expect(r.statusCode).toBe(200)
    for (const c of national.councils) expect(r.body).toContain(c.name)
    expect(r.body).toContain('govuk-tag')
    const sorted = await get('/periods/2010-13?sort=a1&dir=desc&format=csv')
    const values = csvRows(sorted.body)
      .slice(1)
      .map((line) => Number(line.split(',')[2]))
    expect(values).toEqual([...values].sort((a, b) => b - a))
    const region = await get('/periods/2010-13?region=South%20East&format=csv')
    expect(
      csvRows(region.body)
        .slice(1)
        .map((l) => l.split(',')[0]),
    ).toEqual(['Hampshire'])
    const misses = await get('/periods/2010-13?misses=1&format=csv')
    const missing = national.councils.filter((c) => c.status === 'meets-one' || c.status === 'meets-neither')
    expect(csvRows(misses.body).length - 1).toBe(missing.length)
  })

  it('downloads hold exactly what the table shows, as CSV and XLSX', async () => {
    const csv = await get('/periods/2010-13?format=csv')
    expect(csv.headers['content-type']).toContain('text/csv')
    const xlsx = await get('/periods/2010-13?format=xlsx')
    expect(xlsx.headers['content-type']).toContain('spreadsheetml')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer)
    const sheet = book.worksheets[0]!
    const header = (sheet.getRow(1).values as unknown[]).slice(1)
    expect(header.join(',')).toBe(csvRows(csv.body)[0])
    expect(sheet.rowCount).toBe(csvRows(csv.body).length)
  })

  it('a council scorecard shows each indicator with threshold and England, and charts with data tables', async () => {
    const national = await t.scorecards.national('2010-13')
    const c = national.councils.find((x) => x.code === '850')!
    const r = await get('/councils/850/periods/2010-13')
    expect(r.statusCode).toBe(200)
    expect(r.body).toContain('Hampshire: adoption scorecard 2010-13')
    expect(r.body.match(/<svg role="img" aria-labelledby=/g)?.length).toBe(3)
    const indicators = await get('/councils/850/periods/2010-13/indicators?format=csv')
    const a1 = csvRows(indicators.body)[1]!.split(',')
    expect(Number(a1[1])).toBe(c.indicators.A1.value)
    expect(Number(a1[3])).toBe(608)
    expect(Number(a1[6])).toBe(national.england.A1.value)
    const trend = await get('/councils/850/periods/2010-13/trend?format=csv')
    expect(
      csvRows(trend.body)
        .slice(1)
        .map((l) => l.split(',')[0]),
    ).toEqual(['2008-11', '2009-12', '2010-13', '2011-14'])
    expect((await get('/councils/850')).statusCode).toBe(302)
    expect((await get('/councils/999/periods/2010-13')).statusCode).toBe(404)
    expect((await get('/periods/1990-93')).statusCode).toBe(404)
  })

  it('the children behind the averages, slowest first, and one child’s journey', async () => {
    const behind = await t.scorecards.childrenBehind('850', '2010-13')
    const r = await get('/councils/850/periods/2010-13/children')
    expect(r.statusCode).toBe(200)
    const csv = await get('/councils/850/periods/2010-13/children?format=csv')
    const rows = csvRows(csv.body).slice(1)
    expect(rows).toHaveLength(behind.length)
    const first = behind[0]!
    expect(rows[0]!.split(',')[0]).toBe(first.child)
    const journey = await get(`/councils/850/children/${first.child}`)
    expect(journey.statusCode).toBe(200)
    expect(journey.body).toContain('Entered care')
    expect(journey.body).toContain('Adopted')
    expect(journey.body).toMatch(/A1: entering care to placed for adoption\s*<\/dt>/)
    expect(journey.body).toContain(`${first.a1Days} days`)
    expect((await get('/councils/850/children/NOBODY')).statusCode).toBe(404)
    const timeline = await get(`/councils/850/children/${first.child}/journey?index=0&format=csv`)
    const stages = csvRows(timeline.body)
    expect(stages[0]).toBe('Stage,Date,Days since the stage before')
    expect(stages[1]).toBe(`Entered care,${first.enteredCare},`)
    expect(stages.at(-1)).toMatch(new RegExp(`^Adopted,${first.adopted},\\d+$`))
  })

  it('the methodology page lists every edition’s thresholds', async () => {
    const r = await get('/methodology')
    expect(r.statusCode).toBe(200)
    for (const t of ['2008-11', '639', '213', '2013-16', '426', '121']) expect(r.body).toContain(t)
  })
})

describe('loading a return', () => {
  const upload = (fields: Record<string, string>, files: { name: string; content: string }[]) => {
    const body = multipart({ _csrf: analyst.csrf, ...fields }, files)
    return t.app.inject({
      method: 'POST',
      url: '/upload',
      payload: body.payload,
      headers: { ...body.headers, cookie: analyst.cookie },
    })
  }
  const clean = () => {
    const tables = cleanReturn()
    return [
      { name: 'header.csv', content: tableCsv('Header', tables.Header) },
      { name: 'episodes.csv', content: tableCsv('Episodes', tables.Episodes) },
      { name: 'ad1.csv', content: tableCsv('AD1', tables.AD1) },
      { name: '../../etc/placed$(x).csv', content: tableCsv('PlacedAdoption', tables.PlacedAdoption) },
    ]
  }

  it('shows the form, and says what is missing', async () => {
    expect((await get('/upload')).body).toContain('enctype="multipart/form-data"')
    const r = await upload({ council: 'Hants', year: '13' }, [])
    expect(r.statusCode).toBe(400)
    expect(r.body).toContain('govuk-error-summary')
    expect(r.body).toContain('Enter a DfE three-digit council code')
    expect(r.body).toContain('Enter the collection year')
    expect(r.body).toContain('Choose the CSV files')
  })

  it('checks clean files, stores nothing until confirmed, then the council appears', async () => {
    const before = await t.repository.snapshot()
    const r = await upload({ council: '886', year: '2013' }, clean())
    expect(r.statusCode).toBe(303)
    const report = await get(r.headers.location as string)
    expect(report.body).toContain('No problems were found.')
    expect(report.body).toContain('file-4.csv')
    expect(report.body).not.toContain('../')
    expect(await t.repository.snapshot()).toEqual(before)
    const confirm = await analyst.post(`${r.headers.location}/confirm`)
    expect(confirm.statusCode).toBe(303)
    expect(confirm.headers.location).toBe('/councils/886?done=loaded')
    // The council's latest scorecard says the return is loaded.
    const landing = await analyst.get('/councils/886?done=loaded')
    expect(landing.headers.location).toMatch(/^\/councils\/886\/periods\/\d{4}-\d{2}\?done=loaded$/)
    const banner = await analyst.get(landing.headers.location as string)
    expect(banner.body).toContain('govuk-notification-banner--success')
    expect(banner.body).toContain('The return is loaded: the scorecards include it now.')
    // A made-up value says nothing, and the query's own text is never shown.
    const odd = await analyst.get('/councils/886/periods/2010-13?done=%3Cb%3Ehello')
    expect(odd.body).not.toContain('govuk-notification-banner')
    expect(odd.body).not.toContain('<b>hello')
    const page = await get('/councils/886/periods/2010-13')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Kent')
    expect((await t.repository.history('886')).map((s) => s.files.map((f) => f.name))).toEqual([
      ['ad1.csv', 'episodes.csv', 'file-4.csv', 'header.csv'],
    ])
  })

  it('blocks files with errors, lists them by rule with file, row and column, store unchanged', async () => {
    const before = await t.repository.snapshot()
    const files = clean()
    files[1]!.content = files[1]!.content.replace('A6', 'A9')
    const r = await upload({ council: '887', year: '2013' }, files)
    const location = r.headers.location as string
    const report = await get(location)
    expect(report.body).toContain('govuk-error-summary')
    expect(report.body).toContain('Error 146')
    expect(report.body).toContain('episodes.csv')
    expect(report.body).not.toContain('Load this return')
    const findings = await get(`${location}/findings?format=csv`)
    expect(csvRows(findings.body)[1]).toMatch(/^146,error,887\/2013\/episodes\.csv,4,A,PLACE,A9,,/)
    const summary = await get(`${location}/findings?table=summary&format=csv`)
    expect(csvRows(summary.body).slice(0, 2)).toEqual([
      'Rule,Severity,Findings,Children,Description,Fields',
      '146,error,1,1,Placement type code is not a valid code.,PLACE',
    ])
    const children = await get(`${location}/findings?table=children&format=csv`)
    expect(csvRows(children.body)[1]).toBe(
      'A,146,error,1,887/2013/episodes.csv:4,Placement type code is not a valid code.',
    )
    expect((await get(`${location}/findings?table=__proto__&format=csv`)).statusCode).toBe(404)
    const confirm = await analyst.post(`${location}/confirm`)
    expect(confirm.statusCode).toBe(303)
    expect(await t.repository.snapshot()).toEqual(before)
  })

  it('says what replacing a stored year changes, and counts only the rows of the files loaded', async () => {
    const first = await upload({ council: '888', year: '2013' }, clean())
    await analyst.post(`${first.headers.location as string}/confirm`)
    const tables = cleanReturn()
    tables.Header = tables.Header.filter((h) => h.CHILD !== 'B')
    tables.Episodes = tables.Episodes.filter((e) => e.CHILD !== 'B')
    const again = await upload({ council: '888', year: '2013' }, [
      { name: 'header.csv', content: tableCsv('Header', tables.Header) },
      { name: 'episodes.csv', content: tableCsv('Episodes', tables.Episodes) },
      { name: 'ad1.csv', content: tableCsv('AD1', tables.AD1) },
      { name: 'placed.csv', content: tableCsv('PlacedAdoption', tables.PlacedAdoption) },
    ])
    const report = await get(again.headers.location as string)
    expect(report.body).toContain('What loading it would change')
    expect(report.body).toMatch(/Children\s*<\/dt>\s*<dd[^>]*>\s*0 added, 1 removed/)
    expect(report.body).toMatch(/Episodes\s*<\/dt>\s*<dd[^>]*>\s*0 added, 1 removed/)
    expect(report.body).toMatch(/Adoptions\s*<\/dt>\s*<dd[^>]*>\s*0 added, 0 removed/)
    // 1 Header row, 3 episodes, 1 AD1 row, 1 decision: 6 rows, not the council's other years.
    expect(report.body).toMatch(/Rows read\s*<\/dt>\s*<dd[^>]*>\s*6\s*</)
    expect(report.body).toContain('Replace the return loaded for 2012-13')
  })

  it('refuses a council’s return loaded as another council’s (AS074)', async () => {
    // Leicester's stored 2013 return, uploaded as Hampshire's.
    const leicester = (await t.repository.currentFiles('856')).filter((f) => f.path.startsWith('856/2013/'))
    const r = await upload(
      { council: '850', year: '2013' },
      leicester.map((f) => ({ name: f.path.split('/')[2]!, content: new TextDecoder().decode(f.bytes) })),
    )
    const report = await get(r.headers.location as string)
    expect(report.body).toContain('AS074')
    expect(report.body).toMatch(/\d+ of its \d+ children are in Leicester/)
    expect(report.body).not.toContain('Load this return')
  })

  it('refuses a file that is not SSDA903 with a clear message', async () => {
    const r = await upload({ council: '886', year: '2011' }, [{ name: 'photo.csv', content: '\u0000\u0001PNG' }])
    const report = await get(r.headers.location as string)
    expect(report.body).toContain('AS002')
    expect(report.body).toContain('not text in a known encoding')
  })
})

describe('the JSON API', () => {
  it('lists periods and councils, and serves scorecards in the CLI contract', async () => {
    expect((await get('/api/v1/periods')).json().periods).toContain('2010-13')
    expect((await get('/api/v1/councils')).json().councils.map((c: { code: string }) => c.code)).toEqual(
      expect.arrayContaining(['336', '850', '856']),
    )
    const s = (await get('/api/v1/scorecards/2010-13')).json()
    expect(s).toMatchObject({ period: '2010-13', thresholds: { A1: 608, A2: 213 } })
    const one = (await get('/api/v1/scorecards/2010-13/councils/850')).json()
    expect(one.councils).toHaveLength(1)
    expect(one.councils[0].indicators.A1).toEqual(
      s.councils.find((c: { code: string }) => c.code === '850').indicators.A1,
    )
  })

  it('answers unknown things with 404 problem documents', async () => {
    const r = await get('/api/v1/scorecards/1990-93')
    expect(r.statusCode).toBe(404)
    expect(r.headers['content-type']).toContain('application/problem+json')
    expect((await get('/api/v1/nothing')).statusCode).toBe(404)
  })

  it('is described by an OpenAPI document', async () => {
    const doc = (await get('/api/v1/openapi.json')).json()
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths)).toEqual([
      '/api/v1/periods',
      '/api/v1/councils',
      '/api/v1/scorecards/{period}',
      '/api/v1/scorecards/{period}/councils/{code}',
    ])
  })
})

describe('caching', () => {
  it('serves public pages from the cache until the data or a publication changes', async () => {
    expect((await anonymous('/api/v1/scorecards/2009-12')).statusCode).toBe(404) // not published yet
    const published = await analyst.post('/periods/2009-12/publish')
    expect(published.statusCode).toBe(303)
    expect(published.headers.location).toBe('/periods/2009-12?done=published')
    expect((await analyst.get(published.headers.location as string)).body).toContain(
      'Published: anyone can now read these scorecards, with small numbers suppressed.',
    )
    const first = await anonymous('/api/v1/scorecards/2009-12')
    expect(first.statusCode).toBe(200)
    expect((await anonymous('/api/v1/scorecards/2009-12')).body).toBe(first.body)
    const version = t.scorecards.version
    await t.scorecards.reload('850')
    expect(t.scorecards.version).toBe(version + 1)
    expect((await anonymous('/api/v1/scorecards/2009-12')).body).toBe(first.body) // same data, recomputed
  })
})

describe('headers', () => {
  it('lets the public’s published pages be kept five minutes, and nothing else be kept at all', async () => {
    expect((await anonymous('/methodology')).headers['cache-control']).toBe('public, max-age=300')
    expect((await anonymous('/methodology')).headers['cache-control']).toBe('public, max-age=300') // from the cache
    expect((await anonymous('/sign-in')).headers['cache-control']).toBe('no-store') // it sets a CSRF cookie
    expect((await anonymous('/no/such/page')).headers['cache-control']).toBe('no-store')
    expect((await get('/methodology')).headers['cache-control']).toBe('no-store')
  })

  it('sends a Content-Security-Policy with no inline script', async () => {
    const r = await anonymous('/')
    const csp = r.headers['content-security-policy'] as string
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/)
    expect(csp).not.toContain('unsafe-inline')
    expect(r.headers['x-content-type-options']).toBe('nosniff')
  })

  it('serves the GOV.UK Frontend assets', async () => {
    expect((await anonymous('/stylesheets/govuk-frontend.min.css')).statusCode).toBe(200)
    expect((await anonymous('/assets/images/favicon.ico')).statusCode).toBe(200)
    expect((await anonymous('/stylesheets/../../package.json')).statusCode).toBe(404)
  })
})

void returnFiles
