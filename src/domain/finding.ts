/** One thing wrong (error) or doubtful (warning) in a return, where a data officer can find it. */
export type Severity = 'error' | 'warning'

export interface Finding {
  rule: string
  severity: Severity
  /** Path of the file, relative to the data directory the user named. */
  file: string
  /** Line number in the file, the header being line 1; 0 when the finding is about the whole file. */
  row: number
  /** The SSDA903 column name, or '' when the finding is about the whole file. */
  column: string
  value: string
  message: string
}
