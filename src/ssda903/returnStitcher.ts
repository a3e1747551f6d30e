import { compareEpisodes } from '../domain/periodOfCare.js'
import type {
  AdoptionRecord,
  ChildRecord,
  CouncilRecords,
  Episode,
  PlacementDecision,
  SourceRow,
} from '../domain/returnRecords.js'
import { shown } from './rules/returnUnderCheck.js'
import { editionFor, sameFact } from './editions/edition.js'
import type { FindingLog } from './findingLog.js'

/** One council's return for one collection year, already read. */
interface YearRecords {
  year: number
  records: CouncilRecords
}

/** Sex as the scorecard understands it, whatever the edition's codes (1/2 to 2023-24, M/F/U from 2024-25). */
function sexOf(c: ChildRecord): string {
  const edition = editionFor(c.source.year)
  return edition.means('SEX', c.sex, 'male') ? 'male' : edition.means('SEX', c.sex, 'female') ? 'female' : c.sex
}

const bySource = (a: { source: SourceRow }, b: { source: SourceRow }): number =>
  a.source.year - b.source.year ||
  (a.source.file < b.source.file ? -1 : a.source.file > b.source.file ? 1 : 0) ||
  a.source.row - b.source.row

/** The coded fields of an episode compared across returns, with the code list each is drawn from. */
const EPISODE_FIELDS = { reasonNewEpisode: 'RNE', legalStatus: 'LS', placement: 'PLACE' } as const

/**
 * Stitches a council's yearly returns into one history per child. An episode
 * open at 31 March is held again by the next return, with its end filled in:
 * the latest return's copy is kept and any disagreement reported. The result
 * does not depend on the order of the returns or of their files.
 */
export function stitchReturns(council: string, returns: readonly YearRecords[], log: FindingLog): CouncilRecords {
  const years = new Set(returns.map((r) => r.year))
  const all = <T extends { source: SourceRow }>(pick: (r: CouncilRecords) => T[]): T[] =>
    returns.flatMap((r) => pick(r.records)).sort(bySource)

  // Children: the latest return's Header row.
  const children = new Map<string, ChildRecord>()
  for (const c of all((r) => r.children)) {
    const earlier = children.get(c.child)
    // Returns a year apart are compared by the Department's rules 202-204; this looks further back.
    if (
      earlier &&
      c.source.year - earlier.source.year > 1 &&
      (earlier.birth !== c.birth || sexOf(earlier) !== sexOf(c) || earlier.ethnicity !== c.ethnicity)
    ) {
      log.report(
        'AS062',
        { file: c.source.file, row: c.source.row, child: c.child, column: 'CHILD', value: c.child },
        `(Earlier: ${earlier.source.file} line ${earlier.source.row}.)`,
      )
    }
    children.set(c.child, c)
  }

  // Episodes: one per child and start date.
  // By child, then start date (maps of maps: no key string is built for each of a council's episodes).
  const byChild = new Map<string, Map<string, Episode>>()
  for (const e of all((r) => r.episodes)) {
    let episodes = byChild.get(e.child)
    if (!episodes) byChild.set(e.child, (episodes = new Map<string, Episode>()))
    const earlier = episodes.get(e.start)
    if (earlier) {
      // Two episodes of one return starting the same day: AS037 reports it; the first is kept.
      if (earlier.source.year === e.source.year) continue
      // A code recoded by a later edition (Q1 to U1, Z1 to Z11) is the same fact, not a disagreement.
      const differs: string[] = (Object.keys(EPISODE_FIELDS) as (keyof typeof EPISODE_FIELDS)[]).filter(
        (f) => !sameFact(EPISODE_FIELDS[f], earlier[f], e[f]),
      )
      if (earlier.end !== null && (earlier.end !== e.end || earlier.reasonEnded !== e.reasonEnded)) differs.push('end')
      if (differs.length > 0) {
        log.report(
          'AS060',
          { file: e.source.file, row: e.source.row, child: e.child, column: 'DECOM', value: shown(e.start) },
          `(Differs from ${earlier.source.file} line ${earlier.source.row} in ${differs.join(', ')}.)`,
        )
      }
    }
    episodes.set(e.start, e)
  }
  const episodes = [...byChild.values()].flatMap((m) => [...m.values()])
  // The copy kept is the latest return's: open then, and the next year's return is loaded, yet it is not there.
  for (const e of episodes) {
    if (e.end === null && years.has(e.source.year + 1)) {
      log.report('AS061', {
        file: e.source.file,
        row: e.source.row,
        child: e.child,
        column: 'DECOM',
        value: shown(e.start),
      })
    }
  }

  const adoptions = new Map<string, AdoptionRecord>()
  for (const a of all((r) => r.adoptions)) adoptions.set(`${a.child}\u0000${a.decisionDate}\u0000${a.matchDate}`, a)
  const decisions = new Map<string, PlacementDecision>()
  for (const d of all((r) => r.decisions)) decisions.set(`${d.child}\u0000${d.decisionDate ?? ''}`, d)

  return {
    council,
    children: [...children.values()].sort((a, b) => (a.child < b.child ? -1 : a.child > b.child ? 1 : 0)),
    episodes: episodes.sort(compareEpisodes),
    adoptions: [...adoptions.values()].sort(compareByChildThen((a) => a.matchDate ?? '')),
    decisions: [...decisions.values()].sort(compareByChildThen((d) => d.decisionDate ?? '')),
  }
}

function compareByChildThen<T extends { child: string }>(key: (t: T) => string) {
  return (a: T, b: T): number =>
    a.child < b.child ? -1 : a.child > b.child ? 1 : key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0
}
