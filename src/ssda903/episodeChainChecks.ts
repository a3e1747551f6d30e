import type { FindingLog } from './findingLog.js'
import { byChild } from '../domain/periodOfCare.js'
import type { Episode } from '../domain/returnRecords.js'
import { editionFor } from './editions/edition.js'
import { shown } from './rules/returnUnderCheck.js'

/**
 * Checks the chain of one council's stitched episodes where it crosses from one year's return to another's:
 * overlaps, gaps and periods of care that start or end without saying so. Within one return the Department's rules
 * (142, 388, 431-433, 501) check the same. Also notes, once for the council, the periods of care that began before
 * the earliest return loaded (AS038). Episodes must be sorted by child and start.
 */
export function checkEpisodeChains(episodes: readonly Episode[], log: FindingLog): void {
  const at = (rule: string, e: Episode, column: string, value: string, detail?: string) =>
    log.report(rule, { file: e.source.file, row: e.source.row, child: e.child, column, value }, detail, e.source.year)
  let earliestYear = Infinity
  for (const e of episodes) earliestYear = Math.min(earliestYear, e.source.year)
  let startUnknown = 0
  let firstUnknown: Episode | null = null
  for (const list of byChild(episodes).values()) {
    const first = list[0]!
    if (!editionFor(first.source.year).means('RNE', first.reasonNewEpisode, 'starts-period')) {
      if (startUnknown++ === 0 || first.source.year < firstUnknown!.source.year) firstUnknown = first
    }
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1]!
      const next = list[i]!
      if (prev.source.year === next.source.year) continue
      const starts = editionFor(next.source.year).means('RNE', next.reasonNewEpisode, 'starts-period')
      const continues = editionFor(prev.source.year).means('REC', prev.reasonEnded, 'continues')
      const prevText = `(Previous episode: ${prev.source.file} line ${prev.source.row}.)`
      if (prev.end === null || next.start < prev.end) {
        at('AS032', next, 'DECOM', shown(next.start), prevText)
        continue
      }
      if (continues) {
        if (next.start > prev.end) {
          if (starts) at('AS036', prev, 'REC', prev.reasonEnded)
          else at('AS033', next, 'RNE', next.reasonNewEpisode, prevText)
        } else if (starts) {
          at('AS035', next, 'RNE', next.reasonNewEpisode, prevText)
        }
      } else if (!starts) {
        at(next.start > prev.end ? 'AS033' : 'AS034', next, 'RNE', next.reasonNewEpisode, prevText)
      }
    }
  }
  if (firstUnknown) {
    log.report(
      'AS038',
      { file: `${firstUnknown.source.file.split('/').slice(0, 2).join('/')}`, row: 0 },
      `(${startUnknown} child${startUnknown === 1 ? '' : 'ren'}; the earliest return loaded is for ` +
        `${earliestYear - 1}-${String(earliestYear % 100).padStart(2, '0')}.)`,
    )
  }
}
