import { compareEpisodes } from '../domain/periodOfCare.js'
import type { AdoptionRecord, ChildRecord, CouncilRecords, Episode, PlacementDecision, SourceRow } from '../domain/returnRecords.js'
import type { FindingLog } from './findingLog.js'

/** One council's return for one collection year, already read. */
export interface YearReturn {
  year: number
  records: CouncilRecords
}

const bySource = (a: { source: SourceRow }, b: { source: SourceRow }): number =>
  a.source.year - b.source.year || (a.source.file < b.source.file ? -1 : a.source.file > b.source.file ? 1 : 0) || a.source.row - b.source.row

const EPISODE_FIELDS = ['reasonNewEpisode', 'legalStatus', 'placement'] as const

/**
 * Stitches a council's yearly returns into one history per child. An episode
 * open at 31 March is held again by the next return, with its end filled in:
 * the latest return's copy is kept and any disagreement reported. The result
 * does not depend on the order of the returns or of their files.
 */
export function stitchReturns(council: string, returns: readonly YearReturn[], log: FindingLog): CouncilRecords {
  const years = new Set(returns.map((r) => r.year))
  const all = <T extends { source: SourceRow }>(pick: (r: CouncilRecords) => T[]): T[] =>
    returns.flatMap((r) => pick(r.records)).sort(bySource)

  // Children: the latest return's Header row.
  const children = new Map<string, ChildRecord>()
  for (const c of all((r) => r.children)) {
    const earlier = children.get(c.child)
    if (earlier && earlier.source.year !== c.source.year &&
        (earlier.birth !== c.birth || earlier.sex !== c.sex || earlier.ethnicity !== c.ethnicity)) {
      log.report('AS062', c.source.file, c.source.row, 'CHILD', c.child, `(Earlier: ${earlier.source.file} line ${earlier.source.row}.)`)
    }
    children.set(c.child, c)
  }

  // Episodes: one per child and start date.
  const episodes = new Map<string, Episode>()
  const heldIn = new Map<string, Set<number>>()
  for (const e of all((r) => r.episodes)) {
    const key = `${e.child}\u0000${e.start}`
    const earlier = episodes.get(key)
    const seenYears = heldIn.get(key) ?? new Set<number>()
    seenYears.add(e.source.year)
    heldIn.set(key, seenYears)
    if (earlier) {
      if (earlier.source.year === e.source.year) {
        log.report('AS037', e.source.file, e.source.row, 'DECOM', e.start, `(Also ${earlier.source.file} line ${earlier.source.row}.)`)
        continue
      }
      const differs: string[] = EPISODE_FIELDS.filter((f) => earlier[f] !== e[f])
      if (earlier.end !== null && (earlier.end !== e.end || earlier.reasonEnded !== e.reasonEnded)) differs.push('end')
      if (differs.length > 0) {
        log.report('AS060', e.source.file, e.source.row, 'DECOM', e.start,
          `(Differs from ${earlier.source.file} line ${earlier.source.row} in ${differs.join(', ')}.)`)
      }
    }
    episodes.set(key, e)
  }
  for (const [key, e] of episodes) {
    if (e.end === null && years.has(e.source.year + 1) && !heldIn.get(key)!.has(e.source.year + 1)) {
      log.report('AS061', e.source.file, e.source.row, 'DECOM', e.start)
    }
  }

  const adoptions = new Map<string, AdoptionRecord>()
  for (const a of all((r) => r.adoptions)) adoptions.set(`${a.child}\u0000${a.decisionDate}\u0000${a.matchDate}`, a)
  const decisions = new Map<string, PlacementDecision>()
  for (const d of all((r) => r.decisions)) decisions.set(`${d.child}\u0000${d.decisionDate}`, d)

  return {
    council,
    children: [...children.values()].sort((a, b) => (a.child < b.child ? -1 : a.child > b.child ? 1 : 0)),
    episodes: [...episodes.values()].sort(compareEpisodes),
    adoptions: [...adoptions.values()].sort(compareByChildThen((a) => a.matchDate ?? '')),
    decisions: [...decisions.values()].sort(compareByChildThen((d) => d.decisionDate)),
  }
}

function compareByChildThen<T extends { child: string }>(key: (t: T) => string) {
  return (a: T, b: T): number =>
    a.child < b.child ? -1 : a.child > b.child ? 1 : key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0
}
