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

export interface Schema {
  submission: SubmissionTable
  submission_file: SubmissionFileTable
}
