import type { CalendarDate } from '../domain/calendarDate.js'
import { checkExtract } from '../journey/pipelineData.js'
import { extractsByCouncil } from '../ssda903/extractLayout.js'
import type { ReturnFile } from '../ssda903/returnFiles.js'
import type { AuditLog } from '../store/auditLog.js'
import type { ExtractRepository } from '../store/extractRepository.js'

/** What an import did with one in-year extract. */
export interface ImportedExtract {
  council: string
  takenOn: CalendarDate
  stored: boolean
  errors: number
  warnings: number
  rows: number
}

/**
 * Loads the in-year extracts of a data directory (DIR/<council>/<YYYY-MM-DD>/<files>), each checked on its own to the
 * day it was taken: one with an error is reported and not stored; the others are stored (replacing an extract of the
 * same council and day) and audited. The annual returns are imported apart (dataImport.ts): an extract never replaces
 * one.
 */
export async function importExtracts(
  files: readonly ReturnFile[],
  extracts: ExtractRepository,
  audit: AuditLog,
  actor: string,
  now: () => Date,
): Promise<ImportedExtract[]> {
  const done: ImportedExtract[] = []
  for (const [council, list] of extractsByCouncil(files)) {
    for (const e of list) {
      const named = e.files.map((f) => ({ name: f.path.split('/').pop()!, bytes: f.bytes }))
      const checked = checkExtract(council, e.takenOn, named)
      const errors = checked.findings.filter((f) => f.severity === 'error').length
      if (checked.storable) {
        await extracts.save(
          { council, takenOn: e.takenOn, rowCount: checked.rows, files: named },
          actor,
          now().toISOString(),
        )
        await audit.record(
          actor,
          'upload',
          council,
          `in-year extract taken on ${e.takenOn}: ${named.length} files, ${checked.rows} rows`,
        )
      }
      done.push({
        council,
        takenOn: e.takenOn,
        stored: checked.storable,
        errors,
        warnings: checked.findings.length - errors,
        rows: checked.rows,
      })
    }
  }
  return done
}
