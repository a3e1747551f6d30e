import type { CalendarDate } from './calendarDate.js'

/** Where a record came from, so that findings and disagreements can point at it. */
export interface SourceRow {
  file: string
  row: number
  /** Collection year: the year in which 31 March of the return falls. */
  year: number
}

/** Header table: one row per child. */
export interface ChildRecord {
  child: string
  sex: string
  birth: CalendarDate | null
  ethnicity: string
  upn: string
  /** SSDA903 MOTHER: '1' when the child is herself a mother. */
  mother: string
  source: SourceRow
}

/** Episodes table: one row per episode of care. */
export interface Episode {
  child: string
  start: CalendarDate
  reasonNewEpisode: string
  legalStatus: string
  categoryOfNeed: string
  placement: string
  placementProvider: string
  end: CalendarDate | null
  reasonEnded: string
  reasonPlacementChanged: string
  source: SourceRow
}

/** AD1 table: one row per child adopted during the year. */
export interface AdoptionRecord {
  child: string
  /** DATE_INT: date of the decision that the child should be placed for adoption. */
  decisionDate: CalendarDate | null
  /** DATE_MATCH: date the child was matched with the prospective adopters. */
  matchDate: CalendarDate | null
  /** FOSTER_CARE: '1' when adopted by its former foster carers. */
  byFosterCarers: boolean
  adopterCount: string
  adopterSex: string
  adopterLegalStatus: string
  source: SourceRow
}

/** PlacedAdoption table: decisions that a child should be placed for adoption, and reversals. */
export interface PlacementDecision {
  child: string
  /** DATE_PLACED: despite the name, the date of the decision that the child should be placed for adoption. */
  decisionDate: CalendarDate
  /** DATE_PLACED_CEASED: the date that decision was reversed, or the child was adopted. */
  ceasedDate: CalendarDate | null
  reasonCeased: string
  source: SourceRow
}

/** One council's records for one or more collection years. */
export interface CouncilRecords {
  council: string
  children: ChildRecord[]
  episodes: Episode[]
  adoptions: AdoptionRecord[]
  decisions: PlacementDecision[]
}
