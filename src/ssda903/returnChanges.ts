import type { CouncilRecords } from '../domain/returnRecords.js'

export interface Change {
  added: number
  removed: number
}

/** What replacing a stored year's return with another would change: children, episodes and adoptions. */
export interface ReturnChanges {
  children: Change
  episodes: Change
  adoptions: Change
  /** True when nothing at all changes. */
  same: boolean
}

function compare(before: readonly string[], after: readonly string[]): Change {
  const b = new Set(before)
  const a = new Set(after)
  return { added: [...a].filter((k) => !b.has(k)).length, removed: [...b].filter((k) => !a.has(k)).length }
}

/**
 * Compares two returns for the same council and year. An episode is the same when its child and its whole row agree
 * (a changed episode counts as one removed and one added); an adoption by child and dates.
 */
export function returnChanges(before: CouncilRecords, after: CouncilRecords): ReturnChanges {
  const episodeKey = (e: CouncilRecords['episodes'][number]) =>
    [e.child, e.start, e.reasonNewEpisode, e.legalStatus, e.placement, e.end ?? '', e.reasonEnded].join('\u0000')
  const adoptionKey = (a: CouncilRecords['adoptions'][number]) =>
    [a.child, a.decisionDate ?? '', a.matchDate ?? '', a.fosterCare].join('\u0000')
  const children = compare(
    before.children.map((c) => c.child),
    after.children.map((c) => c.child),
  )
  const episodes = compare(before.episodes.map(episodeKey), after.episodes.map(episodeKey))
  const adoptions = compare(before.adoptions.map(adoptionKey), after.adoptions.map(adoptionKey))
  const same = [children, episodes, adoptions].every((c) => c.added === 0 && c.removed === 0)
  return { children, episodes, adoptions, same }
}
