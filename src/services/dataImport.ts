import { buildJourneys } from '../journey/journeyBuilder.js'
import { encodeJourneys } from '../journey/journeyEncoding.js'
import type { CouncilJourneyRepository } from '../store/councilJourneyRepository.js'
import { readReturns, RETURN_LAYOUT, type ReturnFile } from '../ssda903/returnFiles.js'
import { journeyBasis } from './journeyBasis.js'
import { returnChanges, type ReturnChanges } from '../ssda903/returnChanges.js'
import { submissionHash, type SubmissionInput, type SubmissionRepository } from '../store/submissionRepository.js'

/** What an import did to one council's year. */
export interface ImportedReturn {
  council: string
  year: number
  kind: 'new' | 'replaced' | 'unchanged'
  /** The version stored (none when unchanged). */
  version?: number
  /** For a replacement: what it changed. */
  changes?: ReturnChanges
}

export interface ImportResult {
  councils: number
  /** Returns stored (new or replacing another). */
  submissions: number
  unchanged: number
  errors: number
  warnings: number
  returns: ImportedReturn[]
}

/**
 * Loads a whole data directory (DIR/<council>/<year>/<files>), one submission per council and year. The files are read
 * and checked first; then every submission lands in one transaction, so an import is stored whole or not at all. A
 * year whose files are byte for byte those already stored is left as it is. Files outside the layout are skipped;
 * findings are counted, not stored. `stopRequested` is asked before anything is written: a stop then leaves the store
 * as it was (the result is null).
 */
export async function importReturns(
  files: readonly ReturnFile[],
  repository: SubmissionRepository,
  now: () => Date,
  progress?: (done: number, total: number) => void,
  options: { stopRequested?: () => boolean; journeys?: CouncilJourneyRepository } = {},
): Promise<ImportResult | null> {
  const byCouncil = new Map<string, ReturnFile[]>()
  for (const f of files) {
    const m = RETURN_LAYOUT.exec(f.path)
    if (m) byCouncil.set(m[1]!, [...(byCouncil.get(m[1]!) ?? []), f])
  }
  const result: ImportResult = { councils: 0, submissions: 0, unchanged: 0, errors: 0, warnings: 0, returns: [] }
  const inputs: SubmissionInput[] = []
  /** Journeys of councils whose current returns, once this import lands, are exactly the files read. */
  const journeys: { council: string; basis: string; text: string }[] = []
  let done = 0
  for (const [council, councilFiles] of [...byCouncil].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const read = readReturns(councilFiles)
    const stored = await repository.currentFiles(council)
    const current = new Map((await repository.currentSubmissions(council)).map((s) => [s.year, s]))
    const landing: { year: number; sha256: string }[] = []
    for (const r of read.returns.get(council) ?? []) {
      const prefix = `${council}/${r.year}/`
      const yearFiles = councilFiles.filter((f) => f.path.startsWith(prefix))
      const named = yearFiles.map((f) => ({ name: f.path.slice(prefix.length), bytes: f.bytes }))
      const findings = read.findings.filter((f) => f.file.startsWith(prefix))
      const errors = findings.filter((f) => f.severity === 'error').length
      result.errors += errors
      result.warnings += findings.length - errors
      const before = current.get(r.year)
      landing.push({ year: r.year, sha256: submissionHash(named) })
      if (before && before.sha256 === submissionHash(named)) {
        result.unchanged++
        result.returns.push({ council, year: r.year, kind: 'unchanged' })
        continue
      }
      const previous = before
        ? readReturns(stored.filter((f) => f.path.startsWith(prefix))).returns.get(council)?.[0]
        : undefined
      inputs.push({
        council,
        year: r.year,
        rowCount: r.rows,
        receivedAt: now().toISOString(),
        warningCount: findings.length - errors,
        files: named,
      })
      result.returns.push({
        council,
        year: r.year,
        kind: before ? 'replaced' : 'new',
        version: (before?.version ?? 0) + 1,
        ...(previous ? { changes: returnChanges(previous.records, r.records) } : {}),
      })
    }
    const records = read.councils.get(council)
    if (options.journeys && records && [...current.keys()].every((year) => landing.some((l) => l.year === year))) {
      journeys.push({ council, basis: journeyBasis(landing), text: encodeJourneys(council, buildJourneys(records)) })
    }
    result.councils++
    progress?.(++done, byCouncil.size)
  }
  if (options.stopRequested?.()) return null
  await repository.addAll(inputs)
  result.submissions = inputs.length
  // Derived data, kept after the returns land so servers starting on this store need not read them again.
  for (const j of journeys) await options.journeys!.save(j.council, j.basis, j.text, now().toISOString())
  return result
}
