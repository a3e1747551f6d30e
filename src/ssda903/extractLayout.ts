import { isRealDate, type CalendarDate } from '../domain/calendarDate.js'

/**
 * An in-year extract: the same SSDA903 tables as an annual return, as a council's system exports them on any day,
 * laid out as DIR/<council>/<YYYY-MM-DD>/<file>. An extract never replaces an annual return: the scorecard reads
 * annual returns only, and the pipeline reads the newest extract after the latest annual return as its "now".
 */
export interface InYearExtract<F> {
  takenOn: CalendarDate
  files: F[]
}

/** DIR/<council code>/<date taken>/<file>. */
export const EXTRACT_LAYOUT = /^(\d{3})\/(\d{4})-(\d{2})-(\d{2})\/([^/]+)$/

/** True for a file laid out as an extract's, on a real date. */
export function isExtractPath(path: string): boolean {
  const m = EXTRACT_LAYOUT.exec(path)
  return m !== null && isRealDate(Number(m[2]), Number(m[3]), Number(m[4]))
}

/** Each council's extracts, oldest first; files laid out otherwise are left to the annual returns' reading. */
export function extractsByCouncil<F extends { path: string }>(files: readonly F[]): Map<string, InYearExtract<F>[]> {
  const byCouncil = new Map<string, Map<CalendarDate, F[]>>()
  for (const file of files) {
    if (!isExtractPath(file.path)) continue
    const m = EXTRACT_LAYOUT.exec(file.path)!
    const takenOn = `${m[2]}-${m[3]}-${m[4]}`
    const dates = byCouncil.get(m[1]!) ?? new Map<CalendarDate, F[]>()
    byCouncil.set(m[1]!, dates)
    dates.set(takenOn, [...(dates.get(takenOn) ?? []), file])
  }
  return new Map(
    [...byCouncil].map(([council, dates]) => [
      council,
      [...dates]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([takenOn, f]) => ({ takenOn, files: f.sort((a, b) => (a.path < b.path ? -1 : 1)) })),
    ]),
  )
}

/** What the pipeline stands on at a date: annual returns, and at most one extract taken after the last of them. */
export interface PipelineBasis<F> {
  /** The day the data runs to: the extract's date, or 31 March of the latest annual return. */
  asAt: CalendarDate
  years: Map<number, F[]>
  extract: InYearExtract<F> | null
}

/**
 * The data the pipeline stands on as at `asOf` (the newest data when not given): the annual returns whose 31 March
 * is on or before it, and the newest extract taken after the last of those and on or before `asOf`. An extract
 * taken before the latest annual return's 31 March changes nothing. Null when there is no data by then.
 */
export function pipelineBasis<F>(
  years: ReadonlyMap<number, F[]>,
  extracts: readonly InYearExtract<F>[],
  asOf?: CalendarDate,
): PipelineBasis<F> | null {
  const kept = new Map([...years].filter(([year]) => asOf === undefined || `${year}-03-31` <= asOf))
  const latest = kept.size > 0 ? `${Math.max(...kept.keys())}-03-31` : null
  const extract =
    extracts
      .filter((e) => (latest === null || e.takenOn > latest) && (asOf === undefined || e.takenOn <= asOf))
      .pop() ?? null
  const asAt = extract?.takenOn ?? latest
  return asAt === null ? null : { asAt, years: kept, extract }
}
