import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { stringify } from 'csv-stringify/sync'
import { dayNumber, type CalendarDate } from '../domain/calendarDate.js'
import { collectionYearOf } from '../domain/period.js'
import type { Council } from '../domain/council.js'
import { simulateCouncil } from './childLives.js'
import { councilProfile } from './councilProfile.js'
import { injectRuleFaults, injectSlips, ruleFaults } from './faults.js'
import { Random, seedFor } from './random.js'
import { adopterRows } from './adopterLives.js'
import { returnForYear, type TableRows } from './returnWriter.js'
import { xmlReturn } from './xmlReturnWriter.js'

export interface SynthOptions {
  councils: readonly Council[]
  firstYear: number
  lastYear: number
  seed: number
  /** Multiplies each council's number of children (1 = realistic national volumes). */
  scale: number
  /** Share of rows given a fault; 0 writes valid data. */
  faultRate: number
  /** Where to write each council's prospective adopters (adopters CSV), or nowhere. */
  adoptersOut?: string
  /** Each return as the four CSV tables (the default) or as one XML export. */
  format?: 'csv' | 'xml'
  /**
   * Days on which to write in-year extracts too (DIR/<council>/<YYYY-MM-DD>/), as the council's system would export
   * the return on that day. Lives are then simulated to the latest of these days as well as the last 31 March.
   */
  extractsOn?: readonly CalendarDate[]
}

/** The XML export's file name in each council's year folder. */
export const XML_FILE = 'ssda903.xml'

/** Years of care simulated before the first return, so that long periods of care start in older returns. */
export const YEARS_BEFORE_FIRST_RETURN = 6

/** One council's returns as file texts, keyed by path relative to the output directory. Same options, same bytes. */
export function synthesiseCouncil(council: Council, options: SynthOptions): Map<string, string> {
  const profile = councilProfile(council, options.seed, options.scale)
  const from = dayNumber(`${options.firstYear - 1 - YEARS_BEFORE_FIRST_RETURN}-04-01`)
  const horizon = Math.max(dayNumber(`${options.lastYear}-03-31`), ...(options.extractsOn ?? []).map(dayNumber))
  const children = simulateCouncil(profile, options.seed, from, horizon, horizon)
  const faults = new Random(seedFor(options.seed, `faults:${council.code}`))
  const returns = new Map<number, TableRows[]>()
  for (let year = options.firstYear; year <= options.lastYear; year++) returns.set(year, returnForYear(children, year))
  if (options.faultRate > 0) {
    for (const tables of returns.values()) injectSlips(tables, faults, { rate: options.faultRate })
    // Every rule's fault, each in one council (taken in turn), in the year its case is for.
    const k = Math.max(
      0,
      options.councils.findIndex((c) => c.code === council.code),
    )
    const mine = ruleFaults().filter((f) => f.index % options.councils.length === k)
    injectRuleFaults(returns, council.code, mine)
  }
  const files = new Map<string, string>()
  const write = (folder: string, tables: TableRows[]) => {
    if (options.format === 'xml') files.set(`${council.code}/${folder}/${XML_FILE}`, xmlReturn(tables))
    else for (const t of tables) files.set(`${council.code}/${folder}/${t.file}`, stringify(t.rows))
  }
  for (const [year, tables] of returns) write(String(year), tables)
  for (const takenOn of options.extractsOn ?? []) {
    write(takenOn, returnForYear(children, collectionYearOf(takenOn), takenOn))
  }
  if (options.adoptersOut)
    files.set(`adopters/${council.code}.csv`, stringify(adopterRows(council.code, children, options.seed, horizon)))
  return files
}

/** Writes the whole synthetic data set under `out`, council by council; returns the number of files. */
export async function writeSynthetic(
  out: string,
  options: SynthOptions,
  progress?: (council: Council) => void,
): Promise<number> {
  let count = 0
  for (const council of options.councils) {
    for (const [relative, text] of synthesiseCouncil(council, options)) {
      const target =
        relative.startsWith('adopters/') && options.adoptersOut
          ? path.join(options.adoptersOut, relative.slice('adopters/'.length))
          : path.join(out, ...relative.split('/'))
      await mkdir(path.dirname(target), { recursive: true })
      await writeFile(target, text)
      count++
    }
    progress?.(council)
  }
  return count
}
