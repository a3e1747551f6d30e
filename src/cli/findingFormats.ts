import { stringify } from 'csv-stringify/sync'
import type { Finding } from '../domain/finding.js'

/** The JSON contract of `scorecard validate --format json`: exactly these fields. */
export function findingsJson(findings: readonly Finding[]): string {
  return JSON.stringify(findings.map((f) => ({
    rule: f.rule, severity: f.severity, file: f.file, row: f.row, column: f.column, value: f.value, message: f.message,
  })), null, 2)
}

export function findingsText(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No problems found.\n'
  const lines = findings.map((f) => {
    const where = f.row > 0 ? `${f.file}:${f.row}${f.column ? ` ${f.column}` : ''}` : f.file
    const value = f.value !== '' ? ` (value "${f.value}")` : ''
    return `${f.severity.toUpperCase()} ${f.rule} ${where}${value}: ${f.message}`
  })
  const errors = findings.filter((f) => f.severity === 'error').length
  lines.push('', `${errors} error(s), ${findings.length - errors} warning(s).`)
  return lines.join('\n') + '\n'
}

export function findingsCsv(findings: readonly Finding[]): string {
  return stringify([
    ['rule', 'severity', 'file', 'row', 'column', 'value', 'message'],
    ...findings.map((f) => [f.rule, f.severity, f.file, String(f.row), f.column, f.value, f.message]),
  ])
}
