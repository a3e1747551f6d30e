import { byChild } from '../domain/periodOfCare.js'
import type { Episode } from '../domain/returnRecords.js'
import { EPISODE_CONTINUES } from './codeLists.js'
import type { FindingLog } from './findingLog.js'

/**
 * Checks the chain of one council's stitched episodes, child by child, across
 * all the returns loaded: overlaps, gaps, and periods of care that start or
 * end without saying so. Episodes must be sorted by child and start.
 */
export function checkEpisodeChains(episodes: readonly Episode[], log: FindingLog): void {
  for (const list of byChild(episodes).values()) {
    const first = list[0]!
    if (first.reasonNewEpisode !== 'S') {
      log.report('AS038', first.source.file, first.source.row, 'RNE', first.reasonNewEpisode)
    }
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1]!
      const next = list[i]!
      const at = (rule: string, e: Episode, column: string, value: string, detail?: string) =>
        log.report(rule, e.source.file, e.source.row, column, value, detail)
      const prevText = `(Previous episode: ${prev.source.file} line ${prev.source.row}.)`
      if (prev.end === null || next.start < prev.end) {
        at('AS032', next, 'DECOM', next.start, prevText)
        continue
      }
      if (prev.reasonEnded === EPISODE_CONTINUES) {
        if (next.start > prev.end) {
          if (next.reasonNewEpisode === 'S') at('AS036', prev, 'REC', prev.reasonEnded)
          else at('AS033', next, 'RNE', next.reasonNewEpisode, prevText)
        } else if (next.reasonNewEpisode === 'S') {
          at('AS035', next, 'RNE', next.reasonNewEpisode, prevText)
        }
      } else if (next.reasonNewEpisode !== 'S') {
        at(next.start > prev.end ? 'AS033' : 'AS034', next, 'RNE', next.reasonNewEpisode, prevText)
      }
    }
    const last = list[list.length - 1]!
    if (last.reasonEnded === EPISODE_CONTINUES) log.report('AS036', last.source.file, last.source.row, 'REC', last.reasonEnded)
  }
}
