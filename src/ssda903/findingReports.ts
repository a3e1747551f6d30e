import type { Finding, Severity } from '../domain/finding.js'
import { RULES } from './rules/ruleBook.js'

/** One rule's findings in a set: how many, and the rule's words. The Department's "error summary". */
export interface RuleSummary {
  rule: string
  severity: Severity
  count: number
  /** Children the rule found something about. */
  children: number
  description: string
  fields: string
}

/** One child's findings under one rule: the "child-level report". */
export interface ChildFindings {
  child: string
  rule: string
  severity: Severity
  count: number
  /** Where, as "file:line", in file order. */
  where: string
  message: string
}

const bySeverityThenRule = (a: { severity: Severity; rule: string }, b: { severity: Severity; rule: string }) =>
  (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
  a.rule.localeCompare(b.rule, 'en', { numeric: true })

/** Findings counted by rule: errors first, then warnings, each by rule number. */
export function summaryByRule(findings: readonly Finding[]): RuleSummary[] {
  const groups = new Map<string, { severity: Severity; count: number; children: Set<string> }>()
  for (const f of findings) {
    const g = groups.get(f.rule) ?? { severity: f.severity, count: 0, children: new Set<string>() }
    g.count++
    if (f.child !== '') g.children.add(f.child)
    groups.set(f.rule, g)
  }
  return [...groups]
    .map(([rule, g]) => {
      const def = RULES.get(rule)
      return {
        rule,
        severity: g.severity,
        count: g.count,
        children: g.children.size,
        description: def?.wording ?? '',
        fields: def?.fields.join(', ') ?? '',
      }
    })
    .sort(bySeverityThenRule)
}

/** Findings about children, one row per child and rule, children in identifier order. */
export function reportByChild(findings: readonly Finding[]): ChildFindings[] {
  const groups = new Map<string, Finding[]>()
  for (const f of findings) {
    if (f.child === '') continue
    const key = `${f.child}\u0000${f.rule}`
    groups.set(key, [...(groups.get(key) ?? []), f])
  }
  return [...groups.values()]
    .map((list) => {
      const f = list[0]!
      return {
        child: f.child,
        rule: f.rule,
        severity: f.severity,
        count: list.length,
        where: list.map((x) => `${x.file}:${x.row}`).join('; '),
        message: RULES.get(f.rule)?.wording ?? f.message,
      }
    })
    .sort((a, b) => a.child.localeCompare(b.child, 'en', { numeric: true }) || bySeverityThenRule(a, b))
}

/** How many findings are errors and how many warnings. */
export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((f) => f.severity === 'error').length
  return { errors, warnings: findings.length - errors }
}
