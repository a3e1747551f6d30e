import type { Generated } from 'kysely'

/** A council's return for one collection year, as loaded; later loads supersede it but it stays readable. */
export interface SubmissionTable {
  id: string
  council: string
  year: number
  /** 1 for the first load of this council and year, then 2, 3, ... */
  version: number
  state: 'current' | 'superseded'
  received_at: string
  /** SHA-256 over the files' names and hashes, in name order. */
  sha256: string
  row_count: number
  warning_count: number
}

export interface SubmissionFileTable {
  id: Generated<number>
  submission_id: string
  name: string
  sha256: string
  content: Uint8Array
}

export type Role = 'national-analyst' | 'council-user' | 'improvement-adviser' | 'administrator'

export interface AccountTable {
  id: string
  email: string
  role: Role
  /** The council a council user is bound to; null for other roles. */
  council: string | null
  password_hash: string
  created_at: string
  disabled: number
}

export interface SessionTable {
  /** SHA-256 of the session token: the token itself is only ever in the user's cookie. */
  token_hash: string
  account_id: string
  csrf_token: string
  created_at: string
  last_seen_at: string
}

export interface PublicationTable {
  period: string
  published_at: string
  published_by: string
}

/** Append-only: no update or delete, enforced by triggers. */
export interface AuditEventTable {
  id: Generated<number>
  at: string
  actor: string
  action: string
  council: string | null
  detail: string
}

export interface CommentaryTable {
  council: string
  period: string
  text: string
  updated_by: string
  updated_at: string
}

export interface StatisticalNeighbourTable {
  council: string
  neighbour: string
  position: number
}

export interface ReviewCaseTable {
  id: string
  council: string
  period: string
  state: string
  outcome: string | null
  plan_attached: number
  opened_by: string
  opened_at: string
}

export interface ReviewStepTable {
  id: Generated<number>
  case_id: string
  event: string
  data: string
  by: string
  at: string
}

export interface ImprovementActionTable {
  id: string
  council: string
  outcome: string
  rationale: string
  objective: string
  action: string
  lead: string
  due: string
  progress: string
  done: number
  indicator: string
  updated_at: string
}

export interface CouncilSettingTable {
  council: string
  key: string
  value: string
}

export interface AdopterHouseholdTable {
  agency: string
  id: string
  interest: string | null
  stage1: string | null
  application: string | null
  approved: string | null
  referred: string | null
  matched: string | null
  placed: string | null
  withdrawn: string | null
  reason_withdrawn: string
}

/**
 * What the public saw of a period: the suppressed scorecard (and England's context) frozen when the period was
 * published, and each revision published since; earlier versions are kept.
 */
export interface PublishedScorecardTable {
  period: string
  version: number
  published_at: string
  published_by: string
  /** Why a revision was published; '' for the first publication. */
  note: string
  /** JSON of the published figures. */
  content: string
}

/** A failed sign-in, counted by account and by client across every server. */
export interface SignInFailureTable {
  id: Generated<number>
  key: string
  /** Milliseconds since 1970. */
  at: number
}

/** Every change servers may hold derived data from; the largest id is the data version. */
export interface DataChangeTable {
  id: Generated<number>
  at: string
  kind: string
  council: string | null
  period: string | null
}

/**
 * An upload checked and waiting for its owner to confirm: kept in the store (not in one server's memory), so it can be
 * confirmed through any server, and removed an hour after it was made.
 */
export interface UploadDraftTable {
  id: string
  owner: string
  council: string
  year: number
  created_at: string
  /** JSON of the report: findings, counts, what loading it would change. */
  report: string
}

export interface UploadDraftFileTable {
  draft_id: string
  position: number
  name: string
  content: Uint8Array
}

/** A one-time link to set a password: only its hash is kept. */
export interface PasswordTokenTable {
  token_hash: string
  account_id: string
  expires_at: string
  used: number
}

/** Each council's journeys, built from its current returns (derived: rebuilt whenever its basis differs). */
export interface CouncilJourneysTable {
  council: string
  /** What they were built from: the current returns' hashes and the code that read them. */
  basis: string
  journeys: string
  built_at: string
}

export interface CourtStageTable {
  council: string
  child: string
  recommendation: string | null
  annex_a_requested: string | null
  annex_a_received: string | null
  annex_a_team: string
  application_lodged: string | null
  hearings: string
  order_made: string | null
  updated_at: string
  updated_by: string
}

export interface InYearExtractTable {
  council: string
  taken_on: string
  received_at: string
  received_by: string
  row_count: number
}

export interface InYearExtractFileTable {
  council: string
  taken_on: string
  name: string
  content: Uint8Array
}

export interface Schema {
  in_year_extract: InYearExtractTable
  in_year_extract_file: InYearExtractFileTable
  court_stage: CourtStageTable
  data_change: DataChangeTable
  council_journeys: CouncilJourneysTable
  upload_draft: UploadDraftTable
  upload_draft_file: UploadDraftFileTable
  password_token: PasswordTokenTable
  published_scorecard: PublishedScorecardTable
  sign_in_failure: SignInFailureTable
  adopter_household: AdopterHouseholdTable
  council_setting: CouncilSettingTable
  review_case: ReviewCaseTable
  review_step: ReviewStepTable
  improvement_action: ImprovementActionTable
  commentary: CommentaryTable
  statistical_neighbour: StatisticalNeighbourTable
  submission: SubmissionTable
  submission_file: SubmissionFileTable
  account: AccountTable
  session: SessionTable
  publication: PublicationTable
  audit_event: AuditEventTable
}
