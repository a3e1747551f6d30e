import type { Council } from '../domain/council.js'
import { councilByCode } from '../domain/englishCouncils.js'
import type { Finding } from '../domain/finding.js'
import { periodStarting } from '../domain/period.js'
import { loadHistories } from '../journey/councilHistories.js'
import { childrenWaiting, type ChildrenWaiting } from '../pipeline/childrenWaiting.js'
import { DEFAULT_FLAG_SETTINGS } from '../pipeline/journeyFlags.js'
import { adoptedWithin } from '../scorecard/adoptedChildren.js'
import { editionFor } from '../scorecard/methodology.js'
import { scoreNation, type Indicators } from '../scorecard/nationalScorecard.js'
import { safeFileName, type ReturnFile } from '../ssda903/returnFiles.js'

/**
 * A check of one council's return, as the check page runs it in the browser (a Web Worker): the same reading, checks,
 * stitching, scoring and flags as `scorecard validate`, the upload page and the pipeline page, with nothing stored and
 * nothing sent anywhere. Pure: no file system, no network, no Node-only module (the page bundles it with esbuild).
 */

/** A file the data officer chose: its name as the browser gives it, and its bytes (none when too large). */
export interface ChosenFile {
  name: string
  bytes: Uint8Array
  /** Set when the file is over MAX_FILE_BYTES (the command line's limit): it is reported, not read. */
  tooLarge?: boolean
}

export interface CheckRequest {
  council: string
  /** The collection year of the return: the year in which 31 March falls. */
  year: number
  /** This year's CSV files or XML export. */
  thisYear: readonly ChosenFile[]
  /** Optionally last year's, so that the checks between years run and periods of care join up. */
  lastYear: readonly ChosenFile[]
}

/** The council's own A1, A10, A2 and A3 for one three-year period, from the years of it the files hold. */
export interface OwnFigures {
  period: string
  /** The period's three collection years. */
  periodYears: number[]
  /** Those of them the files hold. */
  yearsInFiles: number[]
  /** Children adopted in the period, in the files; some may be left out of an indicator (the rules of each). */
  adopted: number
  indicators: Indicators
}

export interface CheckResult {
  council: Council
  year: number
  /** Whether last year's files were chosen. */
  withLastYear: boolean
  /** Each file as read: <council>/<year>/<name>, as in a data directory. */
  files: string[]
  /** Data rows read. */
  rows: number
  /** Every finding, in the order `scorecard validate` lists them. */
  findings: Finding[]
  /** Periods ending in a collection year the files hold. */
  figures: OwnFigures[]
  /** Children on the journey at 31 March of the year, with their flags. */
  waiting: ChildrenWaiting
}

/**
 * The chosen files laid out as a data directory is: <council>/<year>/<name> for this year, <council>/<year - 1>/<name>
 * for last year's; names reduced as the upload page reduces them. `scorecard validate --data DIR` on a folder laid
 * out so reads exactly these paths.
 */
export function returnFilesOf(request: CheckRequest): ReturnFile[] {
  const lay = (year: number, files: readonly ChosenFile[]) =>
    files.map((f, i): ReturnFile => ({
      path: `${request.council}/${year}/${safeFileName(f.name, i)}`,
      bytes: f.bytes,
      ...(f.tooLarge ? { tooLarge: true } : {}),
    }))
  return [...lay(request.year, request.thisYear), ...lay(request.year - 1, request.lastYear)]
}

/** Reads, checks, stitches and scores the chosen files. Never throws on what the files hold. */
export function checkReturn(request: CheckRequest): CheckResult {
  const files = returnFilesOf(request)
  const histories = loadHistories(files)
  const council = councilByCode(request.council)
  const journeys = histories.councils.get(request.council)?.journeys ?? []
  const years = [...new Set(files.map((f) => Number(f.path.split('/')[1])))].sort((a, b) => a - b)
  const figures: OwnFigures[] = []
  for (const last of years) {
    const period = periodStarting(last - 3)
    if (!editionFor(period.name)) continue
    const scored = scoreNation({ councils: [council], journeys: new Map([[council.code, journeys]]) }, period.name)
    const periodYears = [last - 2, last - 1, last]
    figures.push({
      period: period.name,
      periodYears,
      yearsInFiles: periodYears.filter((y) => years.includes(y)),
      adopted: adoptedWithin(journeys, period).length,
      indicators: scored.councils[0]!.indicators,
    })
  }
  return {
    council,
    year: request.year,
    withLastYear: request.lastYear.length > 0,
    files: files.map((f) => f.path),
    rows: histories.rows,
    findings: histories.findings,
    figures,
    waiting: childrenWaiting(journeys, request.year, DEFAULT_FLAG_SETTINGS),
  }
}
