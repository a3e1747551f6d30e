import type { CalendarDate } from '../domain/calendarDate.js'
import type { Finding } from '../domain/finding.js'
import type { Journey } from '../domain/journey.js'
import { listDataDirectory, readListedFile } from '../ssda903/dataDirectory.js'
import { extractsByCouncil, isExtractPath, pipelineBasis } from '../ssda903/extractLayout.js'
import { FindingLog } from '../ssda903/findingLog.js'
import type { Checks } from '../ssda903/recordParser.js'
import { readCouncilReturns, returnsByCouncil, sortFindings, type ReturnFile } from '../ssda903/returnFiles.js'
import { buildJourneys } from './journeyBuilder.js'

/** One council's journeys as the pipeline sees them on a date: annual returns, and an in-year extract after them. */
export interface CouncilPipelineData {
  council: string
  /** The day the data runs to: an extract's date, or 31 March of the latest annual return. */
  asAt: CalendarDate
  /** Where that date comes from. */
  source: 'annual return' | 'in-year extract'
  /** Every extract the council has, oldest first: the pipeline can be seen as it stood on any of them. */
  extracts: CalendarDate[]
  journeys: Journey[]
  findings: Finding[]
}

/**
 * Reads one council's annual returns and the newest extract after the latest of them (or, with `asOf`, the data as
 * it stood on that date) into journeys. Pure: the files are given. Null when the council has no data by then.
 */
export function councilJourneysAt(
  files: readonly ReturnFile[],
  council: string,
  options: { asOf?: CalendarDate; checks?: Checks } = {},
): CouncilPipelineData | null {
  const log = new FindingLog()
  const own = files.filter((f) => f.path.startsWith(`${council}/`))
  const years = returnsByCouncil(own, log).get(council) ?? new Map<number, ReturnFile[]>()
  const extracts = extractsByCouncil(own).get(council) ?? []
  const basis = pipelineBasis(years, extracts, options.asOf)
  if (!basis) return null
  const read = readCouncilReturns(council, basis.years, log, options.checks ?? 'none', basis.extract ?? undefined)
  return {
    council,
    asAt: basis.asAt,
    source: basis.extract ? 'in-year extract' : 'annual return',
    extracts: extracts.map((e) => e.takenOn),
    journeys: buildJourneys(read.records),
    findings: sortFindings(log.findings.filter((f) => f.rule !== 'AS073')),
  }
}

/** Reads one council's part of a data directory (DIR/<council>/...) for the pipeline. */
export async function loadCouncilPipeline(
  dir: string,
  council: string,
  options: { asOf?: CalendarDate; checks?: Checks } = {},
): Promise<CouncilPipelineData | null> {
  const listed = (await listDataDirectory(dir)).filter((f) => f.path.startsWith(`${council}/`))
  return councilJourneysAt(listed.map(readListedFile), council, options)
}

/**
 * Checks an in-year extract on its own, every rule applied to the day it was taken: its findings and data rows, and
 * whether it may be stored (it holds a return and no check found an error). Pure: the files are given.
 */
export function checkExtract(
  council: string,
  takenOn: CalendarDate,
  files: readonly { name: string; bytes: Uint8Array }[],
): { findings: Finding[]; rows: number; storable: boolean } {
  const log = new FindingLog()
  const read = readCouncilReturns(council, new Map(), log, 'all', {
    takenOn,
    files: files.map((f) => ({ path: `${council}/${takenOn}/${f.name}`, bytes: f.bytes })),
  })
  const findings = sortFindings(log.findings)
  const storable = read.returns.length > 0 && !findings.some((f) => f.severity === 'error')
  return { findings, rows: read.rows, storable }
}

/** Checks every in-year extract of a data directory, each on its own to its day: their findings. */
export async function checkDirectoryExtracts(dir: string): Promise<Finding[]> {
  const listed = (await listDataDirectory(dir)).filter((f) => isExtractPath(f.path))
  const findings: Finding[] = []
  for (const [council, list] of extractsByCouncil(listed)) {
    for (const e of list) {
      const files = e.files.map(readListedFile).map((f) => ({ name: f.path.split('/').pop()!, bytes: f.bytes }))
      findings.push(...checkExtract(council, e.takenOn, files).findings)
    }
  }
  return findings
}
