import { CODE_HISTORY, CODE_SOURCES, type CodedField } from './codeHistory.js'
import { COLUMN_HISTORY } from './columnHistory.js'
import { editionName } from './edition.js'

/** One change between editions: a code or column that enters or leaves the return in a collection year. */
export interface EditionChange {
  /** The first collection year of the edition that changed. */
  year: number
  edition: string
  what: string
  change: 'added' | 'removed'
  label: string
  confidence: 'H' | 'M' | 'L' | ''
  source: string
}

/** Every change of a code list or a table's columns, by year: the table docs/methodology.md and the page show. */
export function editionChanges(): EditionChange[] {
  const out: EditionChange[] = []
  for (const [field, entries] of Object.entries(CODE_HISTORY) as [CodedField, (typeof CODE_HISTORY)[CodedField]][]) {
    for (const e of entries) {
      const common = {
        what: `${field} ${e.code}`,
        label: e.label,
        confidence: e.confidence ?? ('' as const),
        source: e.source ? CODE_SOURCES[e.source] : '',
      }
      if (e.from !== undefined) out.push({ year: e.from, edition: editionName(e.from), change: 'added', ...common })
      if (e.to !== undefined) {
        out.push({ year: e.to + 1, edition: editionName(e.to + 1), change: 'removed', ...common })
      }
    }
  }
  for (const [table, columns] of Object.entries(COLUMN_HISTORY)) {
    for (const [column, range] of Object.entries(columns)) {
      const common = { what: `${table} column ${column}`, label: '', confidence: 'M' as const, source: 'rule 218' }
      if (range.from !== undefined) {
        out.push({ year: range.from, edition: editionName(range.from), change: 'added', ...common })
      }
      if (range.to !== undefined) {
        out.push({ year: range.to + 1, edition: editionName(range.to + 1), change: 'removed', ...common })
      }
    }
  }
  return out.sort((a, b) => a.year - b.year || a.what.localeCompare(b.what, 'en', { numeric: true }))
}

/** The changes as a Markdown table. */
export function editionChangesMarkdown(): string {
  const rows = editionChanges().map(
    (c) => `| ${c.edition} | ${c.what} | ${c.change} | ${c.label} | ${c.confidence} | ${c.source} |`,
  )
  return ['| edition | code or column | change | label | confidence | source |', '|---|---|---|---|---|---|', ...rows]
    .join('\n')
    .concat('\n')
}
