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
  /** SSDA903 MOTHER: '1' when the child is herself a mother, '0' when not, '' when not recorded. */
  mother: string
  /** MC_DOB: date of birth of the child's first child. */
  motherChildBirth: CalendarDate | null
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
  homePostcode: string
  placementPostcode: string
  /** URN: Ofsted unique reference number of the placement. */
  urn: string
  source: SourceRow
}

/** AD1 table: one row per child adopted during the year. */
export interface AdoptionRecord {
  child: string
  /** DATE_INT: date of the decision that the child should be placed for adoption. */
  decisionDate: CalendarDate | null
  /** DATE_MATCH: date the child was matched with the prospective adopters. */
  matchDate: CalendarDate | null
  /** FOSTER_CARE as returned: '1' adopted by former foster carers, '0' not, '' blank. */
  fosterCare: string
  /** FOSTER_CARE = '1'. */
  byFosterCarers: boolean
  /** AD1 DOB. */
  birth: CalendarDate | null
  adopterCount: string
  adopterSex: string
  adopterLegalStatus: string
  source: SourceRow
}

/** PlacedAdoption table: decisions that a child should be placed for adoption, and reversals. */
export interface PlacementDecision {
  child: string
  /**
   * DATE_PLACED: despite the name, the date of the decision that the child should be placed for adoption; null when
   * blank or not a date (rules 115 and 563 say which).
   */
  decisionDate: CalendarDate | null
  /** DATE_PLACED_CEASED: the date that decision was reversed, or the child was adopted. */
  ceasedDate: CalendarDate | null
  reasonCeased: string
  /** PlacedAdoption DOB. */
  birth: CalendarDate | null
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
