import { editionRange } from '../editions/edition.js'
import { RULES } from './ruleBook.js'

/** One rule as `scorecard rules`, docs/methodology.md and the methodology page list it. */
export interface RuleListing {
  rule: string
  origin: 'Department' | 'adoption-scorecard'
  severity: string
  editions: string
  tables: string
  fields: string
  wording: string
}

export function ruleListing(): RuleListing[] {
  return [...RULES.values()].map((r) => ({
    rule: r.id,
    origin: r.origin === 'dfe' ? 'Department' : 'adoption-scorecard',
    severity: r.severity,
    editions: editionRange(r.editions),
    tables: r.tables.join(', '),
    fields: r.fields.join(', '),
    wording: r.wording,
  }))
}

/** The rule list as a Markdown table (pipes in wording escaped). */
export function ruleListingMarkdown(): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|')
  const rows = ruleListing().map(
    (r) =>
      `| ${r.rule} | ${r.origin} | ${r.severity} | ${r.editions} | ${r.tables} | ${cell(r.fields)} | ` +
      `${cell(r.wording)} |`,
  )
  return ['| rule | from | severity | editions | tables | fields | wording |', '|---|---|---|---|---|---|---|', ...rows]
    .join('\n')
    .concat('\n')
}
