import type { FindingLog } from './findingLog.js'
import { returnChecks } from './rules/ruleBook.js'
import type { Report, ReturnUnderCheck } from './rules/returnUnderCheck.js'
import { shown } from './rules/returnUnderCheck.js'

/**
 * Checks one council's return for one year as a whole: the integrity of its tables (this product's AS040, AS041,
 * AS045, AS063, AS037), then every Department rule in force in its edition that looks at more than one cell.
 */
export function checkReturn(r: ReturnUnderCheck, log: FindingLog): void {
  const reportAs =
    (rule: string): Report =>
    (record, hit) =>
      log.report(
        rule,
        {
          file: record.source.file,
          row: record.source.row,
          child: record.child,
          column: hit.column,
          value: hit.value ?? '',
          other: hit.other ?? '',
        },
        hit.detail,
        r.year,
      )
  checkIntegrity(r, reportAs)
  for (const rule of returnChecks(r.year)) rule.check!(r, reportAs(rule.id))
}

function checkIntegrity(r: ReturnUnderCheck, reportAs: (rule: string) => Report): void {
  const hasHeader = r.tables.has('Header')
  if (hasHeader) {
    for (const [child, episodes] of r.episodesByChild()) {
      if (!r.headerOf(child)) reportAs('AS040')(episodes[0]!, { column: 'CHILD', value: child })
    }
    for (const record of [...r.adoptions, ...r.decisions]) {
      const header = r.headerOf(record.child)
      if (!header) {
        reportAs('AS045')(record, { column: 'CHILD', value: record.child })
      } else if (record.birth !== null && header.birth !== null && record.birth !== header.birth) {
        reportAs('AS063')(record, {
          column: 'DOB',
          value: shown(record.birth),
          other: `Header DOB ${shown(header.birth)}`,
        })
      }
    }
  }
  if (r.episodes.length > 0) {
    for (const c of r.children) {
      if (r.episodesOf(c.child).length === 0) reportAs('AS041')(c, { column: 'CHILD', value: c.child })
    }
  }
  for (const episodes of r.episodesByChild().values()) {
    for (let i = 1; i < episodes.length; i++) {
      const [prev, next] = [episodes[i - 1]!, episodes[i]!]
      if (prev.start === next.start) {
        reportAs('AS037')(next, {
          column: 'DECOM',
          value: shown(next.start),
          detail: `(Also ${prev.source.file} line ${prev.source.row}.)`,
        })
      }
    }
  }
}
