import type { Council } from '../domain/council.js'
import { councilByCode } from '../domain/englishCouncils.js'
import type { Finding } from '../domain/finding.js'
import type { Journey } from '../domain/journey.js'
import { FindingLog } from '../ssda903/findingLog.js'
import type { Checks } from '../ssda903/recordParser.js'
import { readCouncilReturns, returnsByCouncil, sortFindings, type ReturnFile } from '../ssda903/returnFiles.js'
import { buildJourneys } from './journeyBuilder.js'

export interface CouncilHistory {
  journeys: Journey[]
}

export interface Histories {
  councils: Map<string, CouncilHistory>
  findings: Finding[]
  rows: number
}

/** One council's returns read, checked (unless checks is 'none') and folded into journeys. */
export function councilHistory(
  council: string,
  years: ReadonlyMap<number, readonly ReturnFile[]>,
  log: FindingLog,
  checks: Checks = 'all',
): { history: CouncilHistory; rows: number } {
  const read = readCouncilReturns(council, years, log, checks)
  return { history: { journeys: buildJourneys(read.records) }, rows: read.rows }
}

/**
 * Reads, checks and stitches a data directory's files, and folds each council's history into journeys. With checks
 * 'none' only what the journeys need is read, and only findings that stop a file being read are reported.
 */
export function loadHistories(files: readonly ReturnFile[], checks: Checks = 'all'): Histories {
  const log = new FindingLog()
  const councils = new Map<string, CouncilHistory>()
  let rows = 0
  for (const [code, years] of returnsByCouncil(files, log)) {
    const read = councilHistory(code, years, log, checks)
    councils.set(code, read.history)
    rows += read.rows
  }
  return { councils, findings: sortFindings(log.findings), rows }
}

/** Every council in the histories, named from the register of English councils, with its journeys. */
export function nationalJourneys(histories: Histories): { councils: Council[]; journeys: Map<string, Journey[]> } {
  const councils = [...histories.councils.keys()].sort().map(councilByCode)
  const journeys = new Map([...histories.councils].map(([code, h]) => [code, h.journeys]))
  return { councils, journeys }
}
