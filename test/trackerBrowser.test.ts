import { AxeBuilder } from '@axe-core/playwright'
import { expect } from 'expect'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { chromium, type Browser, type Page } from 'playwright-core'
import { readConfig } from '../src/config.js'
import { importReturns } from '../src/services/dataImport.js'
import { startServer } from '../src/web/server.js'
import { PASSWORD, syntheticReturns } from './support/webApp.js'

/**
 * The tracker in a real headless Chromium, as Leicester's own user: record court stages for three placed children
 * (one with an error first), then read the tracker; every page checked with axe-core against WCAG 2.2 AA. Screenshots
 * go to docs/screenshots when UPDATE_SCREENSHOTS=1, otherwise to a temporary folder.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const shots =
  process.env.UPDATE_SCREENSHOTS === '1' ? path.resolve('docs/screenshots') : mkdtempSync(path.join(tmpdir(), 'shots-'))

let browser: Browser
let page: Page
let base: string
let close: () => Promise<void>

before(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'adoption-tracker-'))
  const config = {
    ...readConfig({}),
    sqliteFile: path.join(dir, 'tracker.sqlite'),
    port: 0,
    syntheticBanner: true,
    metricsPort: 0,
    logLevel: 'silent',
  }
  const server = await startServer(config, {
    beforeListen: async (repository) => {
      await importReturns(syntheticReturns(['850', '856']), repository, () => new Date())
    },
  })
  base = server.address
  close = () => server.app.close()
  await server.accounts.create(
    { email: 'leicester@e2e.invalid', role: 'council-user', council: '856', password: PASSWORD },
    'test',
  )
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
  })
  page = await (await browser.newContext({ viewport: { width: 1200, height: 900 } })).newPage()
})

after(async () => {
  await browser?.close()
  await close?.()
})

async function check(name: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join('; ')})`)
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true })
  expect(violations).toEqual([])
}

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
