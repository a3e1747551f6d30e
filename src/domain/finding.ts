/** One thing wrong (error) or doubtful (warning) in a return, where a data officer can find it. */
export type Severity = 'error' | 'warning'

export interface Finding {
  rule: string
  severity: Severity
  /** Path of the file, relative to the data directory the user named. */
  file: string
  /**
   * Line in the file: for CSV the header is line 1; for XML the line of the element (CHILD, EPISODE, AD_PLACED).
   * 0 when the finding is about the whole file or the whole return.
   */
  row: number
  /** The child the finding is about ('' when it is about a file or a return). */
  child: string
  /** The SSDA903 column name (the CSV name, also for XML), or '' when the finding is about a whole file. */
  column: string
  value: string
  /** Where a rule compares two cells: the other cell, as "COLUMN value" ('' otherwise). */
  other: string
  message: string
}

/** Where a finding points: everything but the rule's own words. */
export interface FindingPlace {
  file: string
  row: number
  child?: string
  column?: string
  value?: string
  other?: string
}
