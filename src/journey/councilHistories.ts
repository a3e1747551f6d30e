import type { Council } from '../domain/council.js'
import { councilByCode } from '../domain/englishCouncils.js'
import type { Finding } from '../domain/finding.js'
import type { Journey } from '../domain/journey.js'
import type { CouncilRecords } from '../domain/returnRecords.js'
import { FindingLog } from '../ssda903/findingLog.js'
import { readReturns, sortFindings, type ReturnFile } from '../ssda903/returnFiles.js'
import { buildJourneys } from './journeyBuilder.js'
import { checkJourneys } from './journeyChecks.js'

export interface CouncilHistory {
  records: CouncilRecords
  journeys: Journey[]
}

export interface Histories {
  councils: Map<string, CouncilHistory>
  findings: Finding[]
  rows: number
}

/** Reads, checks and stitches a data directory's files, and folds each council's history into journeys. */
export function loadHistories(files: readonly ReturnFile[]): Histories {
  const read = readReturns(files)
  const log = new FindingLog()
  const councils = new Map<string, CouncilHistory>()
  for (const [code, records] of read.councils) {
    const journeys = buildJourneys(records)
    checkJourneys(records, journeys, log)
    councils.set(code, { records, journeys })
  }
  return { councils, findings: sortFindings([...read.findings, ...log.findings]), rows: read.rows }
}

/** Every council in the histories, named from the register of English councils, with its journeys. */
export function nationalJourneys(histories: Histories): { councils: Council[]; journeys: Map<string, Journey[]> } {
  const councils = [...histories.councils.keys()].sort().map(councilByCode)
  const journeys = new Map([...histories.councils].map(([code, h]) => [code, h.journeys]))
  return { councils, journeys }
}
