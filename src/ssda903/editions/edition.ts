import { FIRST_COLLECTION_YEAR, LAST_COLLECTION_YEAR } from '../rules/rule.js'
import { TABLES, type TableSpec, type UsedTable } from '../tableSpecs.js'
import { CODE_HISTORY, RECODINGS, type CodedField, type CodeTag } from './codeHistory.js'
import { COLUMN_HISTORY } from './columnHistory.js'

/**
 * Everything about the return that changes with the collection year: the columns of each table and every code list,
 * with what each code means to the scorecard. Readers, rules and the journey builder ask the edition; nothing else
 * holds a code list. A collection year is named by the year of its 31 March: 2013 is 2012-13.
 */
export interface Edition {
  year: number
  /** "2012-13". */
  name: string
  /** The columns of a table in this edition, in the Department's order. */
  columns(table: UsedTable): readonly string[]
  /** Columns of the table the scorecard cannot do without (a file without them cannot be read). */
  required(table: UsedTable): readonly string[]
  /** The codes valid for a field, with their labels. */
  codes(field: CodedField): ReadonlyMap<string, string>
  isValid(field: CodedField, code: string): boolean
  /** The codes of a field valid in this edition that carry a meaning (placed for adoption, adopted, ...). */
  tagged(field: CodedField, tag: CodeTag): ReadonlySet<string>
  /** Whether a code of this edition carries a meaning (a code the edition does not have carries none). */
  is(field: CodedField, code: string, tag: CodeTag): boolean
  /**
   * What a code means when a return is read for the journey: as `is`, and for a code this edition does not have (a
   * return that fails rule 146 or 149 is still scored), what it means in the editions that have it.
   */
  means(field: CodedField, code: string, tag: CodeTag): boolean
}

export const editionName = (year: number): string => `${year - 1}-${String(year % 100).padStart(2, '0')}`

/** Editions as people write them: "2005-06 onwards", "2005-06 to 2023-24", "2024-25 onwards". */
export const editionRange = (range: { from: number; to: number | null }): string =>
  range.to === null ? `${editionName(range.from)} onwards` : `${editionName(range.from)} to ${editionName(range.to)}`

/** True when the product knows the edition of this collection year. */
export const isKnownYear = (year: number): boolean =>
  Number.isInteger(year) && year >= FIRST_COLLECTION_YEAR && year <= LAST_COLLECTION_YEAR

const within = (year: number, e: { from?: number; to?: number }): boolean =>
  (e.from === undefined || year >= e.from) && (e.to === undefined || year <= e.to)

/** The meanings of every code in any edition, for codes read in an edition that does not have them. */
const ANY_EDITION_TAGS: ReadonlyMap<CodedField, ReadonlyMap<string, ReadonlySet<CodeTag>>> = new Map(
  (Object.entries(CODE_HISTORY) as [CodedField, (typeof CODE_HISTORY)[CodedField]][]).map(([field, entries]) => {
    const byCode = new Map<string, Set<CodeTag>>()
    for (const e of entries) {
      const tags = byCode.get(e.code) ?? new Set<CodeTag>()
      for (const tag of e.tags ?? []) tags.add(tag)
      byCode.set(e.code, tags)
    }
    return [field, byCode] as const
  }),
)

function buildEdition(year: number): Edition {
  const codes = new Map<CodedField, Map<string, string>>()
  const tags = new Map<string, Set<string>>()
  /** Each field's codes in this edition, with the meanings each carries: the hot path of reading a journey. */
  const meanings = new Map<CodedField, Map<string, Set<CodeTag>>>()
  for (const [field, entries] of Object.entries(CODE_HISTORY) as [CodedField, (typeof CODE_HISTORY)[CodedField]][]) {
    const list = new Map<string, string>()
    const byCode = new Map<string, Set<CodeTag>>()
    meanings.set(field, byCode)
    for (const e of entries) {
      if (!within(year, e)) continue
      list.set(e.code, e.label)
      const meant = byCode.get(e.code) ?? new Set<CodeTag>()
      for (const tag of e.tags ?? []) meant.add(tag)
      byCode.set(e.code, meant)
      for (const tag of e.tags ?? []) {
        const key = `${field}\u0000${tag}`
        const set = tags.get(key) ?? new Set<string>()
        set.add(e.code)
        tags.set(key, set)
      }
    }
    codes.set(field, list)
  }
  const columns = new Map<UsedTable, string[]>()
  const required = new Map<UsedTable, string[]>()
  for (const spec of TABLES.filter((t): t is TableSpec & { name: UsedTable } => t.used)) {
    const history = COLUMN_HISTORY[spec.name]
    const present = spec.columns.filter((c) => within(year, history[c] ?? {}))
    columns.set(spec.name, present)
    required.set(
      spec.name,
      spec.required.filter((c) => present.includes(c)),
    )
  }
  const none: ReadonlySet<string> = new Set()
  return {
    year,
    name: editionName(year),
    columns: (table) => columns.get(table) ?? [],
    required: (table) => required.get(table) ?? [],
    codes: (field) => codes.get(field)!,
    isValid: (field, code) => codes.get(field)!.has(code),
    tagged: (field, tag) => tags.get(`${field}\u0000${tag}`) ?? none,
    is: (field, code, tag) => meanings.get(field)!.get(code)?.has(tag) ?? false,
    means: (field, code, tag) =>
      (meanings.get(field)!.get(code) ?? ANY_EDITION_TAGS.get(field)!.get(code))?.has(tag) ?? false,
  }
}

const editions = new Map<number, Edition>()

/**
 * The edition of a collection year. Years before the first edition the product knows are read as the first, years
 * after the last as the last (rule AS070 says so).
 */
export function editionFor(year: number): Edition {
  const y = Math.min(Math.max(Math.trunc(year), FIRST_COLLECTION_YEAR), LAST_COLLECTION_YEAR)
  let e = editions.get(y)
  if (!e) editions.set(y, (e = buildEdition(y)))
  return e
}

/** Whether two codes of a field say the same thing across a change of edition: equal, or one recoding the other. */
export function sameFact(field: CodedField, before: string, after: string): boolean {
  if (before === after) return true
  const table = RECODINGS[field]
  return (table?.[after]?.includes(before) ?? false) || (table?.[before]?.includes(after) ?? false)
}
