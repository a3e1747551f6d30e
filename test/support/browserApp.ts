import { AxeBuilder } from '@axe-core/playwright'
import { expect } from 'expect'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { readConfig } from '../../src/config.js'
import { importReturns } from '../../src/services/dataImport.js'
import { startServer } from '../../src/web/server.js'
import { PASSWORD, syntheticReturns } from './webApp.js'

/**
 * The whole service as an operator starts it (a SQLite store in a temporary folder, synthetic returns loaded), and
 * Debian's headless Chromium (never a browser download) with one page open, for the tests that use it as a person
 * would. Screenshots go to docs/screenshots when UPDATE_SCREENSHOTS=1, otherwise to a temporary folder.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const SCREENSHOTS =
  process.env.UPDATE_SCREENSHOTS === '1' ? path.resolve('docs/screenshots') : mkdtempSync(path.join(tmpdir(), 'shots-'))

export interface BrowserApp {
  base: string
  browser: Browser
  page: Page
  close: () => Promise<void>
}

export async function startBrowserApp(
  councils: string[],
  accounts: { email: string; role: string; council?: string }[],
): Promise<BrowserApp> {
  const dir = mkdtempSync(path.join(tmpdir(), 'adoption-browser-'))
  const config = {
    ...readConfig({}),
    sqliteFile: path.join(dir, 'store.sqlite'),
    port: 0,
    syntheticBanner: true,
    metricsPort: 0,
    logLevel: 'silent',
  }
  const server = await startServer(config, {
    beforeListen: async (repository) => {
      await importReturns(syntheticReturns(councils), repository, () => new Date())
    },
  })
  for (const a of accounts) await server.accounts.create({ ...a, password: PASSWORD }, 'test')
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  const page = await (await browser.newContext({ viewport: { width: 1200, height: 900 } })).newPage()
  return {
    base: server.address,
    browser,
    page,
    close: async () => {
      await browser.close()
      await server.app.close()
    },
  }
}

/** Checks the page with axe-core against WCAG 2.2 AA and takes its screenshot as `name`.png. */
export async function checkAccessible(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  const violations = results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join('; ')})`,
  )
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })
  expect(violations).toEqual([])
}
