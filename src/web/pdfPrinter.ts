import { existsSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'

export class PdfUnavailable extends Error {
  constructor(
    message: string,
    /** Seconds after which a retry may succeed; null when it will not (no Chromium). */
    readonly retryAfter: number | null,
  ) {
    super(message)
  }
}

export interface PdfPrinterOptions {
  executablePath: string
  /** Reports printed at once; more wait in a queue. */
  concurrency: number
  /** Reports waiting at most; beyond that a request is refused (503, Retry-After). */
  queueLimit: number
  /** Longest a report may take. */
  timeoutMs: number
}

export const DEFAULT_PDF_OPTIONS: PdfPrinterOptions = {
  executablePath: '/usr/bin/chromium',
  concurrency: 2,
  queueLimit: 8,
  timeoutMs: 30_000,
}

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/**
 * Prints HTML documents to PDF in one shared headless Chromium (Debian's, never a downloaded browser), started on the
 * first report and kept: pages are reused, at most `concurrency` print at once, a bounded queue waits, and each report
 * has a time limit. When Chromium is missing it says so clearly, once per report asked for.
 */
export class PdfPrinter {
  private browser: Promise<Browser> | null = null
  private idle: Page[] = []
  private running = 0
  private waiting: (() => void)[] = []

  constructor(private readonly options: PdfPrinterOptions = DEFAULT_PDF_OPTIONS) {}

  /** Reports printing and waiting, for the metrics. */
  get queue(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length }
  }

  available(): boolean {
    return existsSync(this.options.executablePath)
  }

  async print(html: string): Promise<Buffer> {
    if (!this.available()) {
      throw new PdfUnavailable(
        `The PDF report needs Chromium at ${this.options.executablePath} (Debian's chromium package, or ` +
          `CHROMIUM_PATH); the report is there as a web page.`,
        null,
      )
    }
    if (this.running >= this.options.concurrency) {
      if (this.waiting.length >= this.options.queueLimit) {
        throw new PdfUnavailable('Too many reports are being printed; try again in a minute.', 30)
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve))
    }
    this.running++
    let page: Page | null = null
    let timer: NodeJS.Timeout | undefined
    try {
      page = await this.page()
      const work = (async () => {
        await page.setContent(html, { waitUntil: 'load' })
        return page.pdf({
          format: 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate:
            '<div style="font-size:9px;width:100%;text-align:center;font-family:Arial,sans-serif">' +
            'Page <span class="pageNumber"></span> of <span class="totalPages"></span>, printed ' +
            '<span class="date"></span></div>',
          margin: { top: '15mm', bottom: '18mm', left: '12mm', right: '12mm' },
        })
      })()
      const limit = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new PdfUnavailable('The report took too long to print; try again.', 10)),
          this.options.timeoutMs,
        )
      })
      const pdf = await Promise.race([work, limit])
      this.idle.push(page)
      page = null
      return pdf
    } finally {
      clearTimeout(timer)
      if (page) await page.close().catch(() => undefined) // a page that failed is not reused
      this.running--
      this.waiting.shift()?.()
    }
  }

  private async page(): Promise<Page> {
    const reused = this.idle.pop()
    if (reused && !reused.isClosed()) return reused
    // Playwright is loaded with the first report: a third of a second that start-up need not wait for.
    this.browser ??= import('playwright-core')
      .then(({ chromium }) => chromium.launch({ executablePath: this.options.executablePath, args: ARGS }))
      .catch((e) => {
        this.browser = null
        throw e
      })
    const browser = await this.browser
    return (await browser.newContext()).newPage()
  }

  async close(): Promise<void> {
    const b = this.browser
    this.browser = null
    this.idle = []
    if (b) await (await b).close().catch(() => undefined)
  }
}
