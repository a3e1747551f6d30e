import { checkFormErrors } from '../../check/checkForm.js'
import type { CheckDownloadFormat, CheckView } from '../../web/checkView.js'
import { displayDate } from '../../web/displayDate.js'
import type { FromWorker, ToWorker } from '../worker/messages.js'
import { el, govukErrorSummary, govukInsetText, govukSummaryList, govukTable, heading, paragraph } from './govukDom.js'

/**
 * The check page: takes the form over from the "needs JavaScript" message, hands the chosen files to the check
 * worker, shows its progress and its report, and makes downloads in the browser. It sends nothing anywhere: the only
 * requests after the page has loaded are for this service's own scripts, styles and fonts (GET, no body), and with
 * the service worker in place there may be none at all.
 */

const FORMAT_NAMES: Record<CheckDownloadFormat, string> = { json: 'JSON', csv: 'CSV', xlsx: 'Excel (XLSX)' }

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null

const WORKER_SCRIPT = '/static/check/checkWorker.js'
let worker: Worker | null = null
let nextId = 1
const pending = new Map<number, (message: FromWorker) => void>()
const objectUrls: string[] = []

/**
 * The check worker, started once. Its script is fetched (through the service worker, so from its cache when the network
 * is off) and started from a blob: URL: Chromium does not pass a worker's own script request to the service worker.
 */
async function theWorker(): Promise<Worker> {
  if (worker) return worker
  const script = await fetch(WORKER_SCRIPT)
  if (!script.ok) throw new Error(`The check's script could not be loaded (${script.status}).`)
  const url = URL.createObjectURL(await script.blob())
  const started = new Worker(url)
  started.onmessage = (event: MessageEvent<FromWorker>) => {
    URL.revokeObjectURL(url) // the worker has started: its script is read
    pending.get(event.data.id)?.(event.data)
  }
  started.onerror = (event) => {
    event.preventDefault()
    for (const [id, answer] of pending) answer({ type: 'failed', id, message: 'The check stopped unexpectedly.' })
    pending.clear()
    worker = null
  }
  worker = started
  return started
}

/** Sends the worker a message and hands every answer to `onAnswer` until it says it is done. */
function ask(message: ToWorker, onAnswer: (message: FromWorker) => boolean): void {
  pending.set(message.id, (answer) => {
    if (onAnswer(answer)) pending.delete(message.id)
  })
  theWorker().then(
    (w) => w.postMessage(message),
    (error: unknown) => {
      pending.delete(message.id)
      onAnswer({ type: 'failed', id: message.id, message: error instanceof Error ? error.message : String(error) })
    },
  )
}

// ---- The form's errors, the GOV.UK way: a summary at the top and a message on each field.

const FIELDS = ['council', 'year', 'this-year'] as const

function showErrors(errors: { field: string; text: string }[]): void {
  const place = byId('check-errors')!
  place.replaceChildren()
  for (const field of FIELDS) {
    const input = byId<HTMLInputElement>(field)
    const group = input?.closest('.govuk-form-group')
    group?.classList.remove('govuk-form-group--error')
    byId(`${field}-error`)?.remove()
    input?.classList.remove('govuk-select--error', 'govuk-file-upload--error')
    input?.setAttribute(
      'aria-describedby',
      input.getAttribute('aria-describedby')?.replace(` ${field}-error`, '') ?? '',
    )
  }
  document.title = document.title.replace(/^Error: /, '')
  if (errors.length === 0) return
  document.title = `Error: ${document.title}`
  const summary = govukErrorSummary(
    'There is a problem',
    errors.map((e) => ({ text: e.text, href: `#${e.field}` })),
  )
  summary.tabIndex = -1
  place.append(summary)
  for (const e of errors) {
    const input = byId<HTMLInputElement>(e.field)
    if (!input) continue
    input.closest('.govuk-form-group')?.classList.add('govuk-form-group--error')
    input.classList.add(input.tagName === 'SELECT' ? 'govuk-select--error' : 'govuk-file-upload--error')
    const message = el(
      'p',
      { class: 'govuk-error-message', id: `${e.field}-error` },
      el('span', { class: 'govuk-visually-hidden' }, 'Error:'),
      ` ${e.text}`,
    )
    input.before(message)
    input.setAttribute('aria-describedby', `${input.getAttribute('aria-describedby') ?? ''} ${e.field}-error`.trim())
  }
  summary.focus()
}

// ---- Progress.

function progress(fraction: number, text: string): void {
  const box = byId('check-progress')!
  box.hidden = false
  byId<HTMLProgressElement>('check-progress-bar')!.value = Math.round(fraction * 100)
  byId('check-progress-text')!.textContent = text
}

// ---- Downloads: made by the worker when asked, handed over as a Blob; a link, never a request.

function downloadLink(table: string, format: CheckDownloadFormat, context: string): HTMLAnchorElement {
  const link = el(
    'a',
    { class: 'govuk-link', href: `#download-${table}-${format}`, 'data-table': table, 'data-format': format },
    FORMAT_NAMES[format],
    el('span', { class: 'govuk-visually-hidden' }, ` (${context})`),
  )
  link.addEventListener('click', (event) => {
    if (link.dataset.ready === 'yes') return
    event.preventDefault()
    if (link.dataset.busy === 'yes') return
    link.dataset.busy = 'yes'
    ask({ type: 'download', id: nextId++, table, format }, (answer) => {
      link.dataset.busy = ''
      if (answer.type === 'download') {
        const url = URL.createObjectURL(new Blob([answer.bytes], { type: answer.mimeType }))
        objectUrls.push(url)
        link.href = url
        link.download = answer.fileName
        link.dataset.ready = 'yes'
        link.click()
      } else if (answer.type === 'failed') {
        link.after(` (${answer.message})`)
      }
      return true
    })
  })
  return link
}

function downloads(
  table: string,
  formats: CheckDownloadFormat[],
  context: string,
  label = 'Download this table',
): Node {
  const parts: (Node | string)[] = [`${label}: `]
  formats.forEach((f, i) => {
    if (i > 0) parts.push(i === formats.length - 1 ? ' or ' : ', ')
    parts.push(downloadLink(table, f, context))
  })
  return paragraph(...parts)
}

// ---- The report.

const plural = (n: number, word: string) => `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} seconds`

function report(view: CheckView, readMs: number, checkMs: number): HTMLElement {
  const r = view.report
  const title = `Checks on ${view.councilName}'s return for ${view.yearName}`
  const section = el('div', { id: 'check-report', 'data-check-ms': String(Math.round(checkMs)) })
  if (r.errors > 0) {
    section.append(govukErrorSummary(`The return has ${plural(r.errors, 'error')}`, r.errorList))
  }
  section.append(
    heading('h2', 'l', title, 'check-report-title'),
    govukSummaryList([
      ['Files', view.fileNames],
      ['Rows read', view.rows.toLocaleString('en-GB')],
      ['Errors', String(r.errors)],
      ['Warnings', String(r.warnings)],
      ['Checked in', `${seconds(readMs + checkMs)} on this computer`],
    ]),
    paragraph(
      r.errors === 0
        ? r.warnings === 0
          ? 'No problems were found.'
          : 'There are warnings only: the return can be loaded and the warnings corrected later.'
        : 'Correct the errors in the case management system, export the files again and check them again.',
      ' Nothing has left this computer.',
    ),
    el(
      'ul',
      { class: 'govuk-list' },
      ...[
        ['check-by-rule', 'By rule'],
        ['check-by-child', 'By child'],
        ['check-figures', `${view.councilName}'s own figures`],
        ['check-waiting', 'Children on the journey'],
        ['check-every-finding', 'Every finding, rule by rule'],
      ].map(([id, text]) => el('li', {}, el('a', { class: 'govuk-link', href: `#${id}` }, text))),
    ),
  )
  section.append(heading('h3', 'm', 'By rule', 'check-by-rule'))
  if (r.summary.rows.length > 0) section.append(govukTable(r.summary), downloads('summary', ['csv', 'xlsx'], 'by rule'))
  else section.append(paragraph('No findings.'))
  section.append(heading('h3', 'm', 'By child', 'check-by-child'))
  if (r.childCount > r.byChild.rows.length)
    section.append(paragraph(`The first ${r.byChild.rows.length} of ${r.childCount} rows; the download has them all.`))
  if (r.byChild.rows.length > 0)
    section.append(govukTable(r.byChild), downloads('children', ['csv', 'xlsx'], 'by child'))
  else section.append(paragraph('No findings about a child.'))

  section.append(
    heading('h3', 'm', `${view.councilName}'s own figures`, 'check-figures'),
    govukInsetText(
      el('strong', {}, `These are ${view.councilName}'s own figures, `),
      'worked out from the files chosen the way the Department works out the scorecard. They are not the ' +
        "Department's national figures, which come later from every council's returns for every year of the " +
        'period. Children whose time in care began before the earliest of these files are left out of A1, A10 and ' +
        'A3 (warning AS038), so the fewer the years, the fewer the children counted.',
    ),
  )
  if (view.figures.rows.length > 0)
    section.append(govukTable(view.figures), downloads('figures', ['csv', 'xlsx'], `${view.councilName}'s own figures`))
  else section.append(paragraph('The Department has set no thresholds for the periods these files cover.'))

  const w = view.waiting
  section.append(
    heading('h3', 'm', 'Children on the journey', 'check-waiting'),
    paragraph(
      `${w.count.toLocaleString('en-GB')} ${w.count === 1 ? 'child' : 'children'} with a plan for adoption and not ` +
        `yet adopted on ${displayDate(w.asAt)}; ${w.flagged} flagged.`,
    ),
  )
  if (w.count > w.table.rows.length)
    section.append(paragraph(`The first ${w.table.rows.length} of ${w.count} children; the download has them all.`))
  if (w.count > 0) section.append(govukTable(w.table), downloads('waiting', ['csv', 'xlsx'], 'children on the journey'))

  section.append(heading('h3', 'm', 'Every finding, rule by rule', 'check-every-finding'))
  section.append(downloads('findings', ['json', 'csv', 'xlsx'], 'every finding', 'Download every finding'))
  for (const g of r.groups) {
    section.append(
      heading('h4', 'm', `${g.severityLabel} ${g.rule}: ${plural(g.count, 'finding')}`, `rule-${g.rule}`),
      paragraph(g.message),
    )
    if (g.count > g.table.rows.length)
      section.append(paragraph(`The first ${g.table.rows.length} of ${g.count}; the download has them all.`))
    section.append(govukTable(g.table))
  }
  return section
}

// ---- The check.

function start(form: HTMLFormElement): void {
  const council = byId<HTMLSelectElement>('council')!.value
  const year = byId<HTMLSelectElement>('year')!.value
  const thisYear = [...(byId<HTMLInputElement>('this-year')!.files ?? [])]
  const lastYear = [...(byId<HTMLInputElement>('last-year')!.files ?? [])]
  const errors = checkFormErrors({ council, year, thisYearFiles: thisYear.length })
  showErrors(errors)
  if (errors.length > 0) return
  const result = byId('check-result')!
  result.replaceChildren()
  for (const url of objectUrls.splice(0)) URL.revokeObjectURL(url)
  const button = form.querySelector('button')!
  button.disabled = true
  progress(0, 'Starting the check')
  ask({ type: 'check', id: nextId++, council, year: Number(year), thisYear, lastYear }, (answer) => {
    if (answer.type === 'progress') {
      progress(answer.fraction, answer.text)
      return false
    }
    button.disabled = false
    if (answer.type === 'result') {
      progress(1, 'Checked')
      const section = report(answer.view, answer.readMs, answer.checkMs)
      result.replaceChildren(section)
      const title = byId('check-report-title')!
      title.tabIndex = -1
      title.focus()
    } else if (answer.type === 'failed') {
      progress(0, 'The check stopped')
      result.replaceChildren(
        govukErrorSummary('The check could not finish', [{ text: answer.message, href: '#this-year' }]),
      )
    }
    return true
  })
}

function main(): void {
  const form = byId<HTMLFormElement>('check-form')
  const noScript = byId('check-no-js')
  if (!form || !noScript || typeof Worker === 'undefined') return
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    start(form)
  })
  noScript.hidden = true
  form.hidden = false
  // Keeps the page and its scripts, so that a check works with the network off.
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/check/service-worker.js', { scope: '/check' }).catch(() => undefined)
  }
}

main()
