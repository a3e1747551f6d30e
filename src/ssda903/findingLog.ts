import type { Finding, FindingPlace, Severity } from '../domain/finding.js'
import { ruleById } from './rules/ruleBook.js'

/** Collects findings, taking the message from the rule book and the severity from the rule's edition. */
export class FindingLog {
  readonly findings: Finding[] = []

  /** `year`: the collection year of the return the finding is about, for rules whose severity changed. */
  report(rule: string, at: FindingPlace, detail?: string, year?: number): void {
    const def = ruleById(rule)
    const severity: Severity = year === undefined ? def.severity : def.severityIn(year)
    this.findings.push({
      rule,
      severity,
      file: at.file,
      row: at.row,
      child: at.child ?? '',
      column: at.column ?? '',
      value: at.value ?? '',
      other: at.other ?? '',
      message: detail ? `${def.message} ${detail}` : def.message,
    })
  }
}
