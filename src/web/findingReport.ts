import type { Finding } from '../domain/finding.js'
import { countBySeverity } from '../ssda903/findingReports.js'
import { RULES } from '../ssda903/rules/ruleBook.js'
import { childrenTable, summaryTable } from './findingTables.js'
import type { TableModel } from './tableModel.js'

/** Rows shown on the page for each rule and for the children; the downloads hold them all. */
export const ROWS_SHOWN = 200

/** One rule's findings on the report: how many, the rule's words, and where (the first ROWS_SHOWN). */
export interface RuleGroup {
  rule: string
  count: number
  severityLabel: 'Error' | 'Warning'
  message: string
  table: TableModel
}

/**
 * The report on a return's checks, as the upload page (rendered by Nunjucks on the server) and the check page
 * (rendered in the browser) both show it: the error summary, findings by rule and by child, and every finding rule by
 * rule. One function, so the two pages cannot tell a data officer different things.
 */
export interface FindingReport {
  errors: number
  warnings: number
  /** The GOV.UK error summary's list: each rule with errors, linking to its section. */
  errorList: { text: string; href: string }[]
  summary: TableModel
  /** The child-level report, its first ROWS_SHOWN rows. */
  byChild: TableModel
  /** Rows of the whole child-level report. */
  childCount: number
  groups: RuleGroup[]
}

const WHERE_COLUMNS = [
  { key: 'file', label: 'File' },
  { key: 'row', label: 'Row', numeric: true },
  { key: 'child', label: 'Child' },
  { key: 'column', label: 'Column' },
  { key: 'value', label: 'Value' },
  { key: 'other', label: 'Compared with' },
  { key: 'detail', label: 'Detail' },
]

export function findingReport(findings: readonly Finding[]): FindingReport {
  const byRule = new Map<string, Finding[]>()
  for (const f of findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f])
  const groups: RuleGroup[] = [...byRule]
    .sort(
      ([a, fa], [b, fb]) =>
        (fa[0]!.severity === fb[0]!.severity ? 0 : fa[0]!.severity === 'error' ? -1 : 1) || (a < b ? -1 : 1),
    )
    .map(([rule, list]) => ({
      rule,
      count: list.length,
      severityLabel: list[0]!.severity === 'error' ? 'Error' : 'Warning',
      message: RULES.get(rule)?.message ?? '',
      table: {
        caption: `Rule ${rule}: where`,
        columns: WHERE_COLUMNS,
        rows: list.slice(0, ROWS_SHOWN).map((f) => ({
          file: f.file,
          row: f.row,
          child: f.child,
          column: f.column,
          value: f.value,
          other: f.other,
          detail: f.message.slice(RULES.get(f.rule)?.message.length ?? 0).trim(),
        })),
      },
    }))
  const byChild = childrenTable(findings, 'Findings by child')
  return {
    ...countBySeverity(findings),
    errorList: groups
      .filter((g) => g.severityLabel === 'Error')
      .map((g) => ({ text: `${g.rule}: ${g.message} (${g.count})`, href: `#rule-${g.rule}` })),
    summary: summaryTable(findings, 'Findings by rule'),
    byChild: { ...byChild, rows: byChild.rows.slice(0, ROWS_SHOWN) },
    childCount: byChild.rows.length,
    groups,
  }
}
