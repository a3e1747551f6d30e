import { expect } from 'expect'
import { after, before, describe, it } from 'node:test'
import type { Page } from 'playwright-core'
import { checkAccessible, startBrowserApp, type BrowserApp } from './support/browserApp.js'
import { PASSWORD } from './support/webApp.js'

/**
 * The tracker in a real headless Chromium, as Leicester's own user: record court stages for three placed children
 * (one with an error first), then read the tracker; every page checked with axe-core against WCAG 2.2 AA. Screenshots
 * go to docs/screenshots when UPDATE_SCREENSHOTS=1, otherwise to a temporary folder.
 */
let page: Page
let base: string
let app: BrowserApp

before(async () => {
  app = await startBrowserApp(
    ['850', '856'],
    [{ email: 'leicester@e2e.invalid', role: 'council-user', council: '856' }],
  )
  ;({ page, base } = app)
})

after(async () => app?.close())

const check = (name: string) => checkAccessible(page, name)

const shown = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`

describe('the tracker in a browser', () => {
  it('records court stages and shows the tracker, with no JavaScript needed', async () => {
    await page.goto(`${base}/sign-in`)
    await page.getByLabel('Email address').fill('leicester@e2e.invalid')
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.goto(`${base}/councils/856/tracker`)
    await expect(page.locator('h1').textContent()).resolves.toContain('Leicester: adoption tracker')
    // The placed children awaiting an application, with their placement dates, from the list's own download.
    const rows = (
      await (await page.request.get(`${base}/councils/856/tracker?table=awaiting-application&format=csv`)).text()
    )
      .trim()
      .split('\n')
      .slice(1)
      .map((r) => r.split(','))
    expect(rows.length).toBeGreaterThanOrEqual(3)
    const [first, second, third] = rows as [string[], string[], string[]]

    const record = async (child: string, values: Record<string, string>) => {
      await page.goto(`${base}/councils/856/tracker/${encodeURIComponent(child)}`)
      for (const [id, value] of Object.entries(values)) await page.locator(`#${id}`).fill(value)
      await page.getByRole('button', { name: 'Save court stages' }).click()
    }
    // An application lodged before the recommendation: named, and nothing stored.
    await record(first[0]!, { recommendation: shown(first[1]!), applicationLodged: '01/01/2000' })
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain(
      'Application lodged (2000-01-01) must not be before',
    )
    await check('court-stages-errors')
    await record(first[0]!, {
      recommendation: shown(first[1]!),
      applicationLodged: shown(first[1]!),
      hearings: '15/04/2014, 20/05/2014',
    })
    await record(second[0]!, {
      recommendation: shown(second[1]!),
      annexARequested: shown(second[1]!),
      annexATeam: 'Locality Team 2',
    })
    await record(third[0]!, {
      recommendation: shown(third[1]!),
      applicationLodged: shown(third[1]!),
      orderMade: shown(third[1]!),
    })
    await expect(page.locator('h1').textContent()).resolves.toContain('Leicester: adoption tracker')
    const main = (await page.locator('main').textContent()) ?? ''
    expect(main).toContain('Annex A report awaited')
    expect(main).toContain('Locality Team 2')
    expect(main).toContain('15 April 2014')
    expect(main).toContain('The council’s court stages')
    await check('tracker')
    await page.goto(`${base}/councils/856/tracker/${encodeURIComponent(second[0]!)}`)
    await expect(page.locator('#annexATeam').inputValue()).resolves.toBe('Locality Team 2')
    await check('court-stages')
    // The page to load an in-year extract: its form, and what it says when nothing is chosen.
    await page.goto(`${base}/councils/856/tracker`)
    await page.getByRole('link', { name: 'Load an in-year extract' }).click()
    await expect(page.locator('h1').textContent()).resolves.toContain('Load an in-year extract')
    await check('extracts')
    await page.getByRole('button', { name: 'Check and load the extract' }).click()
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain(
      'Enter the day the extract was taken',
    )
    await check('extracts-errors')
  })
})
