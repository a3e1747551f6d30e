import { chromium } from 'playwright-core'

/** Prints an HTML document to PDF in Debian's headless Chromium (never a downloaded browser). */
export async function printPdf(html: string, executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'): Promise<Buffer> {
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  try {
    const page = await (await browser.newContext()).newPage()
    await page.setContent(html, { waitUntil: 'load' })
    return await page.pdf({ format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' } })
  } finally {
    await browser.close()
  }
}
