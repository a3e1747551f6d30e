import { toReturnDate, type CalendarDate } from '../../domain/calendarDate.js'
import { byChild } from '../../domain/periodOfCare.js'
import type {
  AdoptionRecord,
  ChildRecord,
  CouncilRecords,
  Episode,
  PlacementDecision,
  SourceRow,
} from '../../domain/returnRecords.js'
import type { Edition } from '../editions/edition.js'
import type { UsedTable } from '../tableSpecs.js'

/** One council's return for one collection year (or one in-year extract), read and typed, as rules see it. */
export interface YearReturn {
  council: string
  year: number
  edition: Edition
  /** 1 April of the collection year. */
  start: CalendarDate
  /** 31 March of the collection year; for an in-year extract, the day it was taken. */
  end: CalendarDate
  records: CouncilRecords
  /** The tables the return holds (an XML export holds all four). */
  tables: ReadonlySet<UsedTable>
  /** Data rows read from the return's files. */
  rows: number
}

/** A year's return with its records grouped by child, and last year's return when the data holds it. */
export class ReturnUnderCheck {
  readonly council: string
  readonly year: number
  readonly edition: Edition
  readonly start: CalendarDate
  readonly end: CalendarDate
  readonly children: readonly ChildRecord[]
  /** Sorted by child, then start. */
  readonly episodes: readonly Episode[]
  readonly adoptions: readonly AdoptionRecord[]
  readonly decisions: readonly PlacementDecision[]
  readonly tables: ReadonlySet<UsedTable>
  private groups?: {
    header: Map<string, ChildRecord>
    episodes: Map<string, Episode[]>
    adoptions: Map<string, AdoptionRecord[]>
    decisions: Map<string, PlacementDecision[]>
  }
  private last?: ReturnUnderCheck | null

  constructor(
    r: YearReturn,
    private readonly lastYearReturn: YearReturn | null = null,
  ) {
    this.council = r.council
    this.year = r.year
    this.edition = r.edition
    this.start = r.start
    this.end = r.end
    this.children = r.records.children
    this.episodes = r.records.episodes
    this.adoptions = r.records.adoptions
    this.decisions = r.records.decisions
    this.tables = r.tables
  }

  private readonly shared = new Map<string, unknown>()

  /** A view of the return worked out once and shared by every rule that asks for it by the same name. */
  once<T>(name: string, work: () => T): T {
    if (!this.shared.has(name)) this.shared.set(name, work())
    return this.shared.get(name) as T
  }

  private grouped() {
    this.groups ??= {
      header: new Map(this.children.map((c) => [c.child, c])),
      episodes: byChild(this.episodes),
      adoptions: byChild(this.adoptions),
      decisions: byChild(this.decisions),
    }
    return this.groups
  }

  /** The first Header row of a child. */
  headerOf(child: string): ChildRecord | undefined {
    return this.grouped().header.get(child)
  }
  /** A child's episodes in this return, by start date. */
  episodesOf(child: string): readonly Episode[] {
    return this.grouped().episodes.get(child) ?? []
  }
  adoptionsOf(child: string): readonly AdoptionRecord[] {
    return this.grouped().adoptions.get(child) ?? []
  }
  decisionsOf(child: string): readonly PlacementDecision[] {
    return this.grouped().decisions.get(child) ?? []
  }
  /** Every child with episodes, with them in date order. */
  episodesByChild(): ReadonlyMap<string, readonly Episode[]> {
    return this.grouped().episodes
  }

  /** Last year's return of the same council, when the data holds it. */
  get lastYear(): ReturnUnderCheck | null {
    this.last ??= this.lastYearReturn ? new ReturnUnderCheck(this.lastYearReturn) : null
    return this.last
  }
}

/** What a rule's check says it found: the record (for file, row and child), the column, and the cells. */
export interface RuleHit {
  column: string
  /** The cell as the return holds it; dates are shown as DD/MM/YYYY. */
  value?: string
  /** The other cell the rule compared, as "COLUMN value". */
  other?: string
  detail?: string
}

export type Report = (record: { child: string; source: SourceRow }, hit: RuleHit) => void

/** A date as the return writes it, for findings. */
export const shown = (date: CalendarDate | null): string => (date === null ? '' : toReturnDate(date))
