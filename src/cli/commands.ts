import path from 'node:path'
import { isRealDate } from '../domain/calendarDate.js'
import { nationalContext } from '../context/nationalContext.js'
import { ENGLISH_COUNCILS } from '../domain/englishCouncils.js'
import { nationalJourneys } from '../journey/councilHistories.js'
import { loadDataDirectory } from '../journey/dataDirectoryHistories.js'
import { checkDirectoryExtracts } from '../journey/pipelineData.js'
import { sortFindings } from '../ssda903/returnFiles.js'
import type { Checks } from '../ssda903/recordParser.js'
import { resolvePeriod, scoreNation, ScoringError } from '../scorecard/nationalScorecard.js'
import { DataDirectoryError, listDataDirectory } from '../ssda903/dataDirectory.js'
import { writeSynthetic } from '../synth/nationalSynth.js'
import { ruleListing, ruleListingMarkdown } from '../ssda903/rules/ruleList.js'
import { editionChanges, editionChangesMarkdown } from '../ssda903/editions/editionChanges.js'
import { writeCsv } from '../export/csvWriter.js'
import { CommandError, EXIT } from './exitCodes.js'
import { childReportCsv, findingsCsv, findingsJson, findingsText } from './findingFormats.js'
import { scorecardJson } from '../scorecard/scorecardJson.js'
import { scorecardCsv, scorecardText } from './scorecardFormats.js'

export interface Output {
  out: (text: string) => void
  err: (text: string) => void
}

/** What a data directory holds, said when it holds nothing. */
export const EMPTY_DATA_DIRECTORY =
  'holds no files: a data directory holds a folder for each council (its DfE code) with a folder for each ' +
  'collection year (or in-year extract, YYYY-MM-DD) of CSV tables or the XML export, such as 850/2013/episodes.csv'

async function readHistories(dir: string, checks: Checks) {
  try {
    if ((await listDataDirectory(dir)).length === 0) {
      throw new CommandError(`${dir} ${EMPTY_DATA_DIRECTORY}`, EXIT.badArguments)
    }
    return await loadDataDirectory(dir, { checks })
  } catch (e) {
    if (e instanceof DataDirectoryError) throw new CommandError(e.message, EXIT.badArguments)
    throw e
  }
}

function format(value: string | undefined, allowed: readonly string[]): string {
  const f = value ?? allowed[0]!
  if (!allowed.includes(f)) throw new CommandError(`--format must be one of ${allowed.join(', ')}`, EXIT.badArguments)
  return f
}

export async function validateCommand(
  opts: { data: string; format?: string; byChild?: boolean },
  io: Output,
): Promise<number> {
  const fmt = format(opts.format, ['text', 'json', 'csv'])
  const histories = await readHistories(opts.data, 'all')
  // In-year extracts (DIR/<council>/<YYYY-MM-DD>/) are checked too, each to the day it was taken.
  const findings = sortFindings([...histories.findings, ...(await checkDirectoryExtracts(opts.data))])
  if (fmt === 'json') io.out(findingsJson(findings) + '\n')
  else if (fmt === 'csv') io.out(opts.byChild ? childReportCsv(findings) : findingsCsv(findings))
  else io.out(findingsText(findings, { byChild: opts.byChild === true }))
  return findings.some((f) => f.severity === 'error') ? EXIT.findingsWithErrors : EXIT.ok
}

export async function scoreCommand(
  opts: { data: string; period: string; council?: string; format?: string },
  io: Output,
): Promise<number> {
  const fmt = format(opts.format, ['text', 'json', 'csv'])
  try {
    resolvePeriod(opts.period)
  } catch (e) {
    if (e instanceof ScoringError) throw new CommandError(e.message, EXIT.badArguments)
    throw e
  }
  if (opts.council !== undefined && !/^\d{3}$/.test(opts.council)) {
    throw new CommandError('--council must be a three-digit DfE council code, such as 850', EXIT.badArguments)
  }
  // Scoring reads only what the journeys need; "scorecard validate" applies the rule book.
  const histories = await readHistories(opts.data, 'none')
  if (histories.councils.size === 0) {
    throw new CommandError(`${opts.data} holds no SSDA903 returns laid out as <council>/<year>/*.csv`, EXIT.cannotScore)
  }
  const national = scoreNation(nationalJourneys(histories), opts.period)
  const councils =
    opts.council === undefined ? national.councils : national.councils.filter((c) => c.code === opts.council)
  if (councils.length === 0)
    throw new CommandError(`council ${opts.council} has no returns in ${opts.data}`, EXIT.cannotScore)
  const errors = histories.findings.filter((f) => f.severity === 'error').length
  if (errors > 0) {
    io.err(
      `warning: reading the data found ${errors} error(s); run "scorecard validate" to see them and apply every ` +
        `rule.\n`,
    )
  }
  if (fmt === 'csv') io.out(scorecardCsv(national, councils))
  else if (fmt === 'json') io.out(JSON.stringify(scorecardJson(national, councils), null, 2) + '\n')
  else io.out(scorecardText(national, councils))
  return EXIT.ok
}

export async function synthCommand(
  opts: {
    councils: string
    years: string
    seed: string
    out: string
    scale?: string
    faults?: boolean | string
    only?: string
    adopters?: string
    format?: string
    extracts?: string
  },
  io: Output,
): Promise<number> {
  const format = opts.format ?? 'csv'
  const extractsOn = (opts.extracts ?? '')
    .split(',')
    .map((d) => d.trim())
    .filter((d) => d !== '')
  for (const d of extractsOn) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d)
    if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3])))
      throw new CommandError(
        `--extracts takes dates written YYYY-MM-DD, separated by commas: "${d}" is not one`,
        EXIT.badArguments,
      )
  }
  if (format !== 'csv' && format !== 'xml') throw new CommandError('--format must be csv or xml', EXIT.badArguments)
  const n = Number(opts.councils)
  if (!Number.isInteger(n) || n < 1 || n > ENGLISH_COUNCILS.length) {
    throw new CommandError(`--councils must be a whole number from 1 to ${ENGLISH_COUNCILS.length}`, EXIT.badArguments)
  }
  const years = /^(\d{4})-(\d{4})$/.exec(opts.years)
  if (!years || Number(years[1]) > Number(years[2]))
    throw new CommandError('--years must look like 2006-2016', EXIT.badArguments)
  const seed = Number(opts.seed)
  if (!Number.isInteger(seed)) throw new CommandError('--seed must be a whole number', EXIT.badArguments)
  const scale = opts.scale === undefined ? 1 : Number(opts.scale)
  if (!(scale > 0 && scale <= 10))
    throw new CommandError('--scale must be a number above 0 and at most 10', EXIT.badArguments)
  const faultRate =
    opts.faults === undefined || opts.faults === false ? 0 : opts.faults === true ? 0.01 : Number(opts.faults)
  if (!(faultRate >= 0 && faultRate <= 1))
    throw new CommandError('--faults takes a rate between 0 and 1', EXIT.badArguments)
  let councils = pickCouncils(n)
  if (opts.only !== undefined) {
    const codes = opts.only.split(',').map((c) => c.trim())
    const unknown = codes.filter((c) => !ENGLISH_COUNCILS.some((x) => x.code === c))
    if (unknown.length > 0)
      throw new CommandError(`--only names unknown council codes: ${unknown.join(', ')}`, EXIT.badArguments)
    councils = codes.map((c) => ENGLISH_COUNCILS.find((x) => x.code === c)!)
  }
  const files = await writeSynthetic(path.resolve(opts.out), {
    councils,
    firstYear: Number(years[1]),
    lastYear: Number(years[2]),
    seed,
    scale,
    faultRate,
    adoptersOut: opts.adopters ? path.resolve(opts.adopters) : undefined,
    format,
    extractsOn,
  })
  io.err(`wrote ${files} files for ${councils.length} councils to ${opts.out}\n`)
  return EXIT.ok
}

/** The first N councils, spread across regions: Hampshire and Leicester first, as in the seeds. */
export function pickCouncils(n: number) {
  const first = ['850', '856']
  const ordered = [
    ...first.map((c) => ENGLISH_COUNCILS.find((x) => x.code === c)!),
    ...ENGLISH_COUNCILS.filter((c) => !first.includes(c.code)),
  ]
  return ordered.slice(0, n)
}

/** Prints the case-mix model fitted on every adopted child in England in the period: its fit and its limits. */
export async function modelCommand(opts: { data: string; period: string }, io: Output): Promise<number> {
  try {
    resolvePeriod(opts.period)
  } catch (e) {
    if (e instanceof ScoringError) throw new CommandError(e.message, EXIT.badArguments)
    throw e
  }
  const histories = await readHistories(opts.data, 'none')
  if (histories.councils.size === 0) throw new CommandError(`${opts.data} holds no SSDA903 returns`, EXIT.cannotScore)
  const input = nationalJourneys(histories)
  const context = nationalContext(scoreNation(input, opts.period), input.journeys)
  const m = context.model
  if (!m)
    throw new CommandError(`too few adopted children in ${opts.period} to fit the case-mix model`, EXIT.cannotScore)
  const f = (x: number) => (Number.isNaN(x) ? '-' : x.toFixed(1))
  const lines = [
    `Case-mix model of A1 (days from entering care to placement), ${opts.period}: ordinary least squares`,
    `children: ${m.n}`,
    `R squared: ${m.rSquared.toFixed(3)}`,
    `residual standard deviation: ${m.residualSd.toFixed(1)} days`,
    '',
    'term                                   days   standard error',
    `${m.intercept.name.padEnd(36)} ${f(m.intercept.estimate).padStart(7)} ${f(m.intercept.standardError).padStart(8)}`,
    ...m.coefficients.map((c) => `${c.name.padEnd(36)} ${f(c.estimate).padStart(7)} ${f(c.standardError).padStart(8)}`),
    '',
    'Limits: the model sees only what SSDA903 records (age, sibling group placed together, ethnicity, sex);',
    'disability, health, and the court are not in it. Intervals assume independent children.',
  ]
  io.out(lines.join('\n') + '\n')
  return EXIT.ok
}

/** The rule book: every rule with its number, severity, editions, tables, fields and wording. */
export function rulesCommand(opts: { format?: string }, io: Output): Promise<number> {
  const fmt = format(opts.format, ['text', 'json', 'csv', 'markdown'])
  const rows = ruleListing()
  if (fmt === 'json') io.out(JSON.stringify(rows, null, 2) + '\n')
  else if (fmt === 'csv') {
    const columns = ['rule', 'origin', 'severity', 'editions', 'tables', 'fields', 'wording'] as const
    io.out(writeCsv([[...columns], ...rows.map((r) => columns.map((c) => r[c]))]))
  } else if (fmt === 'markdown') io.out(ruleListingMarkdown())
  else {
    for (const r of rows) {
      io.out(`${r.rule.padEnd(6)} ${r.severity.padEnd(7)} ${r.editions.padEnd(20)} ${r.wording}\n`)
    }
    io.out(`\n${rows.length} rules (${rows.filter((r) => r.origin === 'Department').length} the Department's).\n`)
  }
  return Promise.resolve(EXIT.ok)
}

/** What changed in the return from one edition to the next: codes and columns, with sources. */
export function editionsCommand(opts: { format?: string }, io: Output): Promise<number> {
  const fmt = format(opts.format, ['text', 'markdown'])
  if (fmt === 'markdown') io.out(editionChangesMarkdown())
  else {
    for (const c of editionChanges()) {
      io.out(`${c.edition}  ${c.change.padEnd(7)} ${c.what.padEnd(28)} ${c.label} (${c.confidence || 'H'})\n`)
    }
  }
  return Promise.resolve(EXIT.ok)
}
