import { writeCsv } from '../export/csvWriter.js'
import type { Finding } from '../domain/finding.js'
import { countBySeverity, reportByChild, summaryByRule } from '../ssda903/findingReports.js'

/** The JSON contract of `scorecard validate --format json` (docs/cli.md): exactly these fields, in this order. */
export function findingsJson(findings: readonly Finding[]): string {
  return JSON.stringify(
    findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      file: f.file,
      row: f.row,
      child: f.child,
      column: f.column,
      value: f.value,
      other: f.other,
      message: f.message,
    })),
    null,
    2,
  )
}

const where = (f: Finding) => (f.row > 0 ? `${f.file}:${f.row}${f.column ? ` ${f.column}` : ''}` : f.file || '(data)')
const line = (f: Finding) =>
  `${f.severity.toUpperCase()} ${f.rule} ${where(f)}` +
  (f.child ? ` child ${f.child}` : '') +
  (f.value !== '' ? ` (value "${f.value}"${f.other ? `; ${f.other}` : ''})` : f.other ? ` (${f.other})` : '') +
  `: ${f.message}`

/** Readable findings: each one, then a summary by rule; grouped by child with `byChild`. */
export function findingsText(findings: readonly Finding[], options: { byChild?: boolean } = {}): string {
  if (findings.length === 0) return 'No problems found.\n'
  const out: string[] = []
  if (options.byChild) {
    const children = new Map<string, Finding[]>()
    for (const f of findings) children.set(f.child, [...(children.get(f.child) ?? []), f])
    const ids = [...children.keys()].sort((a, b) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, 'en')))
    for (const id of ids) {
      out.push(id === '' ? 'Files and returns' : `Child ${id}`)
      for (const f of children.get(id)!) out.push(`  ${line(f)}`)
    }
  } else {
    out.push(...findings.map(line))
  }
  out.push('', 'By rule:')
  for (const s of summaryByRule(findings)) {
    out.push(`  ${s.rule.padEnd(6)} ${s.severity.padEnd(7)} ${String(s.count).padStart(6)}  ${s.description}`)
  }
  const { errors, warnings } = countBySeverity(findings)
  out.push('', `${errors} error(s), ${warnings} warning(s).`)
  return out.join('\n') + '\n'
}

export function findingsCsv(findings: readonly Finding[]): string {
  return writeCsv([
    ['rule', 'severity', 'file', 'row', 'child', 'column', 'value', 'other', 'message'],
    ...findings.map((f) => [f.rule, f.severity, f.file, String(f.row), f.child, f.column, f.value, f.other, f.message]),
  ])
}

export function childReportCsv(findings: readonly Finding[]): string {
  return writeCsv([
    ['child', 'rule', 'severity', 'count', 'where', 'message'],
    ...reportByChild(findings).map((c) => [c.child, c.rule, c.severity, String(c.count), c.where, c.message]),
  ])
}
