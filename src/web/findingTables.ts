import type { Finding } from '../domain/finding.js'
import { reportByChild, summaryByRule } from '../ssda903/findingReports.js'
import type { TableModel } from './tableModel.js'

/** The tables of a report on a return's checks, shown on the page and downloaded as CSV and XLSX. */
export const FINDING_TABLES = new Map<string, (findings: readonly Finding[], caption: string) => TableModel>([
  ['findings', findingsTable],
  ['summary', summaryTable],
  ['children', childrenTable],
])

/** Every finding, where it is. */
export function findingsTable(findings: readonly Finding[], caption: string): TableModel {
  return {
    caption,
    columns: [
      { key: 'rule', label: 'Rule' },
      { key: 'severity', label: 'Severity' },
      { key: 'file', label: 'File' },
      { key: 'row', label: 'Row', numeric: true },
      { key: 'child', label: 'Child' },
      { key: 'column', label: 'Column' },
      { key: 'value', label: 'Value' },
      { key: 'other', label: 'Compared with' },
      { key: 'message', label: 'Message' },
    ],
    rows: findings.map((f) => ({
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
  }
}

/** The error summary: each rule, how often, about how many children. */
export function summaryTable(findings: readonly Finding[], caption: string): TableModel {
  return {
    caption,
    columns: [
      { key: 'rule', label: 'Rule' },
      { key: 'severity', label: 'Severity' },
      { key: 'count', label: 'Findings', numeric: true },
      { key: 'children', label: 'Children', numeric: true },
      { key: 'description', label: 'Description' },
      { key: 'fields', label: 'Fields' },
    ],
    rows: summaryByRule(findings).map((s) => ({ ...s })),
  }
}

/** The child-level report: each child, each rule that found something about it, and where. */
export function childrenTable(findings: readonly Finding[], caption: string): TableModel {
  return {
    caption,
    columns: [
      { key: 'child', label: 'Child' },
      { key: 'rule', label: 'Rule' },
      { key: 'severity', label: 'Severity' },
      { key: 'count', label: 'Findings', numeric: true },
      { key: 'where', label: 'Where (file:row)' },
      { key: 'message', label: 'Message' },
    ],
    rows: reportByChild(findings).map((c) => ({ ...c })),
  }
}
