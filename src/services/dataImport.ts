import { loadHistories } from '../journey/councilHistories.js'
import type { ReturnFile } from '../ssda903/returnFiles.js'
import type { SubmissionRepository } from '../store/submissionRepository.js'

export interface ImportResult {
  councils: number
  submissions: number
  errors: number
  warnings: number
}

/**
 * Loads a whole data directory (DIR/<council>/<year>/*.csv), one submission
 * per council and year, each landing whole. Files outside the layout are
 * skipped; findings are counted, not stored.
 */
export async function importReturns(
  files: readonly ReturnFile[],
  repository: SubmissionRepository,
  now: () => Date,
  progress?: (done: number, total: number) => void,
): Promise<ImportResult> {
  const byCouncil = new Map<string, ReturnFile[]>()
  for (const f of files) {
    const m = /^(\d{3})\/(\d{4})\/([^/]+)$/.exec(f.path)
    if (!m) continue
    byCouncil.set(m[1]!, [...(byCouncil.get(m[1]!) ?? []), f])
  }
  const result: ImportResult = { councils: 0, submissions: 0, errors: 0, warnings: 0 }
  let done = 0
  for (const [council, councilFiles] of [...byCouncil].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const histories = loadHistories(councilFiles)
    const years = new Map<number, ReturnFile[]>()
    for (const f of councilFiles) {
      const year = Number(f.path.split('/')[1])
      years.set(year, [...(years.get(year) ?? []), f])
    }
    for (const [year, yearFiles] of [...years].sort(([a], [b]) => a - b)) {
      const prefix = `${council}/${year}/`
      const findings = histories.findings.filter((f) => f.file.startsWith(prefix))
      const rows = yearFiles.reduce((s, f) => s + Math.max(0, countLines(f.bytes) - 1), 0)
      await repository.add({
        council, year, rowCount: rows, receivedAt: now().toISOString(),
        warningCount: findings.filter((f) => f.severity === 'warning').length,
        files: yearFiles.map((f) => ({ name: f.path.slice(prefix.length), bytes: f.bytes })),
      })
      result.submissions++
      result.errors += findings.filter((f) => f.severity === 'error').length
      result.warnings += findings.filter((f) => f.severity === 'warning').length
    }
    result.councils++
    progress?.(++done, byCouncil.size)
  }
  return result
}

function countLines(bytes: Uint8Array): number {
  let n = 0
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) n++
  return n
}
