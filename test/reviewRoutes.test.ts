import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect } from 'expect'
import { after, before, describe, it } from 'node:test'
import { buildTestApp, type Session, type TestApp } from './support/webApp.js'

let t: TestApp
let analyst: Session
let caseUrl = ''
let missing: { council: string; period: string }

before(async () => {
  t = await buildTestApp()
  analyst = await t.signIn('analyst')
  await analyst.post('/periods/2010-13/publish')
  const national = await t.scorecards.national('2010-13')
  const below = national.councils.find((c) => c.status === 'meets-one' || c.status === 'meets-neither')!
  missing = { council: below.code, period: '2010-13' }
})
after(async () => t.app.close())

describe('the review process', () => {
  it('lists councils below a threshold in a published period as candidates', async () => {
    const page = await analyst.get('/reviews')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Open a case')
    expect(page.body).toContain(`value="${missing.council}"`)
  })

  it('takes a case from candidate to decision, every step on the timeline and in the audit log', async () => {
    const opened = await analyst.post('/reviews', missing)
    expect(opened.statusCode).toBe(303)
    caseUrl = opened.headers.location as string
    const bad = await analyst.post(`${caseUrl}/steps`, {
      event: 'record-initial-discussion',
      date: 'yesterday',
      attendees: 'DfE; director',
      analysis: 'x',
      support: 'y',
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('Enter the date as YYYY-MM-DD')
    const skip = await analyst.post(`${caseUrl}/steps`, {
      event: 'decide-intervention',
      intervention: 'improvement-notice',
      support: 'y',
    })
    expect(skip.statusCode).toBe(400)
    expect(skip.body).toContain('is not a step that can follow')
    const steps: Record<string, string>[] = [
      {
        event: 'record-initial-discussion',
        date: '2014-02-05',
        attendees: 'DfE officials; Director of Children’s Services',
        analysis: 'Court delay; recruitment of adopters',
        support: 'Regional improvement adviser',
      },
      { event: 'refer-to-diagnostic', reason: 'A2 well above the threshold for three years' },
      {
        event: 'record-diagnostic',
        date: '2014-04-01',
        performance: 'A1 and A2 above threshold',
        barriers: 'Matching capacity',
        priorities: 'Family finding',
      },
      {
        event: 'decide-intervention',
        intervention: 'improvement-notice',
        support: 'Targeted support from a partner council',
      },
    ]
    for (const step of steps) {
      expect((await analyst.post(`${caseUrl}/steps`, step)).statusCode).toBe(303)
    }
    const page = await analyst.get(caseUrl)
    for (const text of [
      'Case opened',
      'Record the initial discussion',
      'Refer for a diagnostic assessment',
      'Record the diagnostic report',
      'Decide: recommend intervention',
      'Improvement notice recommended',
      'Closed',
    ]) {
      expect(page.body).toContain(text)
    }
    expect(page.body).not.toContain('name="event"') // closed: no further steps
    const audit = await t.audit.search({ action: 'review-step' })
    expect(audit.map((e) => e.detail)).toContain('decide-intervention (2010-13): now closed')
    expect((await analyst.get('/reviews?stage=closed')).body).toContain('Improvement notice recommended')
  })

  it('shows the council its own case, advisers every case, and the public none', async () => {
    const own = missing.council === '850' ? 'hampshire' : missing.council === '856' ? 'leicester' : null
    const other = own === 'hampshire' ? 'leicester' : 'hampshire'
    if (own) expect((await (await t.signIn(own)).get(caseUrl)).statusCode).toBe(200)
    expect((await (await t.signIn(other)).get(caseUrl)).statusCode).toBe(404)
    expect((await (await t.signIn('adviser')).get(caseUrl)).statusCode).toBe(200)
    expect((await (await t.signIn('adviser')).post(`${caseUrl}/attach-plan`)).statusCode).toBe(404)
    expect((await t.app.inject({ method: 'GET', url: caseUrl })).statusCode).toBe(404)
    expect((await t.app.inject({ method: 'GET', url: '/reviews' })).statusCode).toBe(404)
  })
})

describe('the improvement plan', () => {
  it('keeps actions with lead, due date and progress, and flags overdue ones', async () => {
    const hampshire = await t.signIn('hampshire')
    const missingFields = await hampshire.post('/councils/850/plan', { outcome: 'Faster matching' })
    expect(missingFields.statusCode).toBe(400)
    expect(missingFields.body).toContain('Enter who leads it')
    const add = (due: string, action: string) =>
      hampshire.post('/councils/850/plan', {
        outcome: 'Faster matching',
        rationale: 'A2 above threshold',
        objective: 'Match within 4 months',
        action,
        lead: 'Adoption service manager',
        due,
        indicator: 'A2',
      })
    // before today (22 Nov 2026 in tests): overdue
    expect((await add('2026-01-31', 'Recruit two family finders')).statusCode).toBe(303)
    expect((await add('2027-06-30', 'Join the regional adoption agency')).statusCode).toBe(303)
    const page = await hampshire.get('/councils/850/plan')
    expect(page.body).toContain('1 overdue')
    expect(page.body).toContain('Overdue')
    expect((await (await t.signIn('leicester')).post('/councils/850/plan', { outcome: 'x' })).statusCode).toBe(404)
  })

  it('asks for the due date as day, month and year (GOV.UK date input), with a message for each mistake', async () => {
    const hampshire = await t.signIn('hampshire')
    const form = (await hampshire.get('/councils/850/plan')).body
    for (const name of ['due-day', 'due-month', 'due-year']) expect(form).toContain(`name="${name}"`)
    expect(form).not.toContain('YYYY-MM-DD')
    const add = (day: string, month: string, year: string) =>
      hampshire.post('/councils/850/plan', {
        outcome: 'Faster matching',
        rationale: 'A2 above threshold',
        objective: 'Match within 4 months',
        action: `Panel every fortnight ${day}/${month}/${year}`,
        lead: 'Adoption service manager',
        'due-day': day,
        'due-month': month,
        'due-year': year,
        indicator: 'A2',
      })
    const cases: [string, string, string, string][] = [
      ['', '', '', 'Enter the due or review date'],
      ['31', '', '2027', 'The due or review date must include a month'],
      ['30', '2', '2027', 'The due or review date must be a real date'],
      ['1', '2', '27', 'The due or review date must be a real date'],
    ]
    for (const [day, month, year, message] of cases) {
      const r = await add(day, month, year)
      expect(r.statusCode).toBe(400)
      expect(r.body).toContain(message)
      expect(r.body).toContain('href="#due-day"')
    }
    expect((await add('5', '3', '2027')).statusCode).toBe(303)
    // Stored as the date it is: 5 March 2027.
    const actions = await t.store.db.selectFrom('improvement_action').select('due').execute()
    expect(actions.map((a) => a.due)).toContain('2027-03-05')
  })
})

describe('the committee report', () => {
  it('gives each indicator with previous value, threshold, England, charts and measures, as HTML and PDF', async () => {
    const hampshire = await t.signIn('hampshire')
    const html = await hampshire.get('/councils/850/periods/2010-13/report')
    expect(html.statusCode).toBe(200)
    for (const text of [
      'Report to members',
      'Performance',
      'Previous period',
      'England',
      'Measures to improve performance',
      'Recruit two family finders',
    ])
      expect(html.body).toContain(text)
    expect(html.body.match(/<svg role="img"/g)?.length).toBe(2)
    // The summary says met or missed for each threshold, from the scorecard's own figures.
    const a1 = (await t.scorecards.national('2010-13')).councils.find((c) => c.code === '850')!.indicators.A1
    const verdict = a1.meets ? 'met' : 'missed'
    expect(html.body).toContain(`A1: ${a1.value} days against a threshold of 608 days: <strong>${verdict}</strong>.`)
    const pdf = await hampshire.get('/councils/850/periods/2010-13/report.pdf')
    expect(pdf.statusCode).toBe(200)
    expect(pdf.headers['content-type']).toBe('application/pdf')
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'report-')), 'report.pdf')
    writeFileSync(file, pdf.rawPayload)
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString()
    expect(text).toContain('Hampshire: adoption scorecard 2010-13')
    expect(text).toContain('Measures to improve performance')
    const flat = text.replace(/\s+/g, ' ')
    for (const word of ['Recruit', 'family finders', 'Overdue', 'Previous']) expect(flat).toContain(word)
    // Every page says which page of how many, and when it was printed.
    const pages = text.split('\f').filter((p) => p.trim() !== '')
    expect(pages.length).toBeGreaterThan(1)
    pages.forEach((p, k) =>
      expect(p.replace(/\s+/g, ' ')).toMatch(new RegExp(`Page ${k + 1} of ${pages.length}, printed \\d`)),
    )
    // A chart's heading is never the last thing on a page: each heading is followed by its chart on the same page.
    for (const p of pages) expect(p.trimEnd()).not.toMatch(/\(days\)$/)
    expect((await (await t.signIn('leicester')).get('/councils/850/periods/2010-13/report.pdf')).statusCode).toBe(404)
  })
})
