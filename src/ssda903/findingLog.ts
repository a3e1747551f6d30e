import type { Finding } from '../domain/finding.js'
import { ruleById } from './ruleCatalogue.js'

/** Collects findings, taking severity and message from the rule catalogue. */
export class FindingLog {
  readonly findings: Finding[] = []

  report(rule: string, file: string, row: number, column: string, value: string, detail?: string): void {
    const def = ruleById(rule)
    this.findings.push({
      rule,
      severity: def.severity,
      file,
      row,
      column,
      value,
      message: detail ? `${def.message} ${detail}` : def.message,
    })
  }
}
