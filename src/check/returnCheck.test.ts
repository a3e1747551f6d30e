import ExcelJS from 'exceljs'
import { expect } from 'expect'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { validateCommand } from '../cli/commands.js'
import { loadHistories } from '../journey/councilHistories.js'
import { childrenWaiting } from '../pipeline/childrenWaiting.js'
import { DEFAULT_FLAG_SETTINGS } from '../pipeline/journeyFlags.js'
import { readDataDirectory } from '../ssda903/dataDirectory.js'
import { checkDownload, checkView } from '../web/checkView.js'
import { findingReport } from '../web/findingReport.js'
import { checkFormChoices, checkFormErrors } from './checkForm.js'
import { checkReturn, returnFilesOf, type ChosenFile } from './returnCheck.js'

const SAMPLE = path.resolve('sample')
/**
 * A council-year of the (clean) sample with realistic mistakes made in it: every placement provider PR1 recorded as
 * PR9, a code no edition has, so there is plenty for both checks to find.
 */
const chosen = (council: string, year: number): ChosenFile[] =>
  readdirSync(path.join(SAMPLE, council, String(year)))
    .sort()
    .map((name) => {
      const text = readFileSync(path.join(SAMPLE, council, String(year), name), 'utf8')
      return { name, bytes: new TextEncoder().encode(text.replaceAll(',PR1,', ',PR9,')) }
    })
const request = { council: '850', year: 2013, thisYear: chosen('850', 2013), lastYear: chosen('850', 2012) }

/** The same files as a data directory, for the command line. */
function asDirectory(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'check-'))
  for (const [year, files] of [
    [2013, request.thisYear],
    [2012, request.lastYear],
  ] as const) {
    mkdirSync(path.join(dir, '850', String(year)), { recursive: true })
    for (const f of files) writeFileSync(path.join(dir, '850', String(year), f.name), f.bytes)
  }
  return dir
}

describe('checking chosen files (what the check page runs in the browser)', () => {
  it('finds what `scorecard validate` finds in the same files, and its JSON is the command line’s', async () => {
    const result = checkReturn(request)
    const dir = asDirectory()
    expect(result.findings).toEqual(loadHistories(await readDataDirectory(dir)).findings)
    expect(result.findings.length).toBeGreaterThan(100)
    let out = ''
    await validateCommand({ data: dir, format: 'json' }, { out: (s) => (out += s), err: () => undefined })
    const json = await checkDownload(result, 'findings', 'json')
    expect(new TextDecoder().decode(json!.bytes)).toBe(out)
    expect(json!.fileName).toBe('findings-850-2013.json')
  })

  it('lays the files out as a data directory, names made safe as uploads are', () => {
    const files = returnFilesOf({
      council: '850',
      year: 2013,
      thisYear: [
        { name: 'episodes.csv', bytes: new Uint8Array(1) },
        { name: '../../etc/passwd', bytes: new Uint8Array(1) },
      ],
      lastYear: [{ name: 'big.csv', bytes: new Uint8Array(0), tooLarge: true }],
    })
    expect(files.map((f) => [f.path, f.tooLarge ?? false])).toEqual([
      ['850/2013/episodes.csv', false],
      ['850/2013/passwd', false],
      ['850/2012/big.csv', true],
    ])
    const big = checkReturn({
      council: '850',
      year: 2013,
      thisYear: [],
      lastYear: [{ name: 'big.csv', bytes: new Uint8Array(0), tooLarge: true }],
    })
    expect(big.findings.map((f) => f.rule)).toContain('AS003')
  })

  it('scores the periods ending in the years the files hold, as the council’s own figures', () => {
    const result = checkReturn(request)
    expect(result.figures.map((f) => [f.period, f.yearsInFiles])).toEqual([
      ['2009-12', [2012]],
      ['2010-13', [2012, 2013]],
    ])
    const own = result.figures[1]!
    expect(own.indicators.A1.threshold).toBe(608)
    expect(own.adopted).toBeGreaterThanOrEqual(own.indicators.A1.children ?? 0)
    // One year alone: one period.
    expect(checkReturn({ ...request, lastYear: [] }).figures.map((f) => f.period)).toEqual(['2010-13'])
  })

  it('flags the children on the journey as the pipeline page does', () => {
    const result = checkReturn(request)
    const dirFiles = returnFilesOf(request)
    const journeys = loadHistories(dirFiles).councils.get('850')!.journeys
    expect(result.waiting).toEqual(childrenWaiting(journeys, 2013, DEFAULT_FLAG_SETTINGS))
    expect(result.waiting.children.length).toBeGreaterThan(0)
    expect(result.waiting.children.some((c) => c.flags.length > 0)).toBe(true)
  })

  it('gives the page the upload page’s report, and the tables the downloads hold', async () => {
    const result = checkReturn(request)
    const view = checkView(result)
    expect(view.report).toEqual(findingReport(result.findings))
    expect(view).toMatchObject({ council: '850', councilName: 'Hampshire', yearName: '2012-13', withLastYear: true })
    expect(structuredClone(view)).toEqual(view) // it crosses from the worker to the page
    const csv = new TextDecoder().decode((await checkDownload(result, 'summary', 'csv'))!.bytes)
    expect(csv.split('\n')[0]).toBe('Rule,Severity,Findings,Children,Description,Fields')
    const xlsx = (await checkDownload(result, 'waiting', 'xlsx'))!
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(xlsx.bytes.slice().buffer)
    expect(book.worksheets[0]!.rowCount).toBe(result.waiting.children.length + 1)
    expect(await checkDownload(result, 'summary', 'json')).toBeNull()
    expect(await checkDownload(result, '__proto__', 'csv')).toBeNull()
  })
})

describe('the check form', () => {
  it('offers every council by name and every year the checks know', () => {
    const { councils, years } = checkFormChoices()
    expect(councils.length).toBe(152)
    expect(councils.find((c) => c.value === '850')?.text).toBe('Hampshire (850)')
    expect(years[years.length - 1]).toEqual({ value: '2006', text: '2005-06 (1 April 2005 to 31 March 2006)' })
  })

  it('says what is missing, field by field', () => {
    expect(checkFormErrors({ council: '', year: '', thisYearFiles: 0 }).map((e) => e.field)).toEqual([
      'council',
      'year',
      'this-year',
    ])
    expect(checkFormErrors({ council: '999', year: '1999', thisYearFiles: 1 }).map((e) => e.field)).toEqual([
      'council',
      'year',
    ])
    expect(checkFormErrors({ council: '850', year: '2013', thisYearFiles: 4 })).toEqual([])
  })
})
