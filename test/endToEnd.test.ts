import { expect } from 'expect'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Page } from 'playwright-core'
import { checkAccessible, startBrowserApp, type BrowserApp } from './support/browserApp.js'
import { cleanReturn, header, tableCsv } from './support/returnFixtures.js'
import { PASSWORD } from './support/webApp.js'

/**
 * In a real headless Chromium (Debian's chromium; never a browser download):
 * load a return, read the report, open the scorecard and a child's journey,
 * and check every page with axe-core against WCAG 2.2 AA. Screenshots go to
 * docs/screenshots when UPDATE_SCREENSHOTS=1, otherwise to a temporary folder.
 */
let page: Page
let base: string
let app: BrowserApp

before(async () => {
  app = await startBrowserApp(
    ['850', '856', '336'],
    [
      { email: 'analyst@e2e.invalid', role: 'national-analyst' },
      { email: 'leicester@e2e.invalid', role: 'council-user', council: '856' },
      { email: 'admin@e2e.invalid', role: 'administrator' },
    ],
  )
  ;({ page, base } = app)
})

after(async () => app?.close())

const check = (name: string) => checkAccessible(page, name)

async function signIn(email: string): Promise<void> {
  await page.goto(`${base}/sign-in`)
  await page.getByLabel('Email address').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

async function signOut(): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click()
}

describe('in a browser', () => {
  it('signs in, with a clear message for a wrong password', async () => {
    await page.goto(`${base}/`)
    expect(await page.title()).toContain('Adoption scorecards')
    await expect(page.locator('main').textContent()).resolves.toContain('No scorecards have been published yet')
    await check('home-public-nothing-published')
    await page.goto(`${base}/sign-in`)
    await check('sign-in')
    await page.getByLabel('Email address').fill('analyst@e2e.invalid')
    await page.getByLabel('Password', { exact: true }).fill('not the password at all')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain(
      'Enter a correct email address and password',
    )
    await check('sign-in-error')
    await signIn('analyst@e2e.invalid')
    await expect(page.locator('.app-account-bar').textContent()).resolves.toContain('analyst@e2e.invalid')
  })

  it('home and the national table', async () => {
    await page.goto(`${base}/`)
    await check('home')
    await page.getByRole('link', { name: '2010-13' }).first().click()
    await expect(page.locator('h1').textContent()).resolves.toContain('Adoption scorecards 2010-13')
    await check('national-table')
    await page.getByRole('link', { name: /A1 days/ }).click()
    expect(page.url()).toContain('sort=a1')
    // At a phone's width the page does not scroll sideways: the table scrolls within its own region.
    await page.setViewportSize({ width: 375, height: 800 })
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(375)
    await page.setViewportSize({ width: 1200, height: 900 })
  })

  it('loads a return: form, report, confirmation', async () => {
    await page.goto(`${base}/upload`)
    await check('upload')
    await page.getByRole('button', { name: 'Check the files' }).click()
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain(
      'Enter a DfE three-digit council code',
    )
    await check('upload-errors')
    const t = cleanReturn()
    t.Header.push(header('D', '01/01/2008')) // in the Header with no episode: a warning only
    const dir = mkdtempSync(path.join(tmpdir(), 'upload-'))
    const files = (['Header', 'Episodes', 'AD1', 'PlacedAdoption'] as const).map((name) => {
      const file = path.join(dir, `${name.toLowerCase()}.csv`)
      writeFileSync(file, tableCsv(name, t[name]))
      return file
    })
    await page.getByLabel('Council code').fill('886')
    await page.getByLabel('Collection year').fill('2013')
    await page.locator('input[type=file]').setInputFiles(files)
    await page.getByRole('button', { name: 'Check the files' }).click()
    await expect(page.locator('h1').textContent()).resolves.toContain('Checks on Kent')
    await expect(page.locator('main').textContent()).resolves.toContain('Warning AS041')
    await check('validation-report')
    await page.getByRole('button', { name: 'Load this return' }).click()
    await expect(page.locator('h1').textContent()).resolves.toContain('Kent: adoption scorecard')
  })

  it('a council scorecard, the children behind it and a child’s journey', async () => {
    await page.goto(`${base}/councils/850/periods/2010-13`)
    await expect(page.locator('svg[role=img]').count()).resolves.toBe(3)
    await check('council-scorecard')
    await page.getByRole('link', { name: /The story behind these numbers/ }).click()
    await expect(page.locator('h1').textContent()).resolves.toContain('The story behind the numbers')
    await check('context')
    await page.goBack()
    await page.getByRole('link', { name: /Children on the journey now/ }).click()
    await expect(page.locator('h1').textContent()).resolves.toContain('children on the journey')
    await check('pipeline')
    await page.goBack()
    await page.getByRole('link', { name: /Where the council is heading/ }).click()
    await check('forecast')
    await page.goBack()
    await page.getByRole('link', { name: /Prospective adopters/ }).click()
    await check('adopters')
    await page.goBack()
    await page.getByRole('link', { name: /children behind these averages/ }).click()
    await check('children')
    await page.locator('table tbody tr').first().getByRole('link').first().click()
    await expect(page.locator('main').textContent()).resolves.toContain('Entered care')
    await check('child-journey')
  })

  it('the methodology page', async () => {
    await page.goto(`${base}/methodology`)
    await check('methodology')
  })

  it('publishes a period, which the public then sees with small numbers suppressed', async () => {
    await page.goto(`${base}/periods/2009-12`)
    await page.getByRole('button', { name: 'Publish 2009-12' }).click()
    await expect(page.locator('main').textContent()).resolves.not.toContain('Not published')
    await signOut()
    await page.goto(`${base}/`)
    await expect(page.getByRole('link', { name: '2009-12' }).count()).resolves.toBe(1)
    await expect(page.getByRole('link', { name: '2010-13' }).count()).resolves.toBe(0)
    await page.getByRole('link', { name: '2009-12' }).click()
    await check('national-table-public')
    await page.goto(`${base}/periods/2010-13`)
    await expect(page.locator('h1').textContent()).resolves.toContain('Page not found')
  })

  it('takes a review case from candidate to decision and prints the committee report', async () => {
    await signIn('analyst@e2e.invalid')
    await page.goto(`${base}/reviews`)
    await check('reviews')
    await page
      .getByRole('button', { name: /Open a case/ })
      .first()
      .click()
    await expect(page.locator('h1').textContent()).resolves.toContain('2009-12')
    const fill = async (event: string, values: Record<string, string>, button: string) => {
      for (const [name, value] of Object.entries(values)) await page.locator(`#${event}-${name}`).fill(value)
      await page.getByRole('button', { name: button }).click()
    }
    await fill(
      'record-initial-discussion',
      { date: '2013-02-05', attendees: 'DfE; Director', analysis: 'Court delay', support: 'Regional adviser' },
      'Record the initial discussion',
    )
    await fill('refer-to-diagnostic', { reason: 'A2 above threshold' }, 'Refer for a diagnostic assessment')
    await fill(
      'record-diagnostic',
      { date: '2013-04-01', performance: 'Slow matching', barriers: 'Few adopters', priorities: 'Recruitment' },
      'Record the diagnostic report',
    )
    await check('review-case')
    await fill('decide-no-further-action', { support: 'Targeted support' }, 'Decide: no further action')
    await expect(page.locator('main').textContent()).resolves.toContain(
      'No further action (stage 3), targeted support offered',
    )
    await page.getByRole('link', { name: /Committee report/ }).click()
    await check('committee-report')
    const pdf = await page.request.get(page.url() + '.pdf')
    expect(pdf.status()).toBe(200)
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')
    await signOut()
  })

  it('refuses another council’s children to a council user', async () => {
    await signIn('leicester@e2e.invalid')
    await page.goto(`${base}/councils/850/periods/2009-12/children`)
    await expect(page.locator('h1').textContent()).resolves.toContain('You cannot see this page')
    await check('forbidden')
    await signOut()
  })

  it('shows the administrator the audit log', async () => {
    await signIn('admin@e2e.invalid')
    await page.goto(`${base}/admin/audit`)
    await expect(page.locator('main').textContent()).resolves.toContain('published 2009-12')
    await check('audit-log')
    await signOut()
  })
})
