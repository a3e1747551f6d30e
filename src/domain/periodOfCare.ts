import type { Episode } from './returnRecords.js'

/**
 * Episodes chain into periods of care: RNE "S" starts one; an episode that
 * ends with a reason other than X1 ends it. Episodes must be one child's,
 * sorted by start date.
 */
export function splitPeriodsOfCare(episodes: readonly Episode[]): Episode[][] {
  const periods: Episode[][] = []
  let current: Episode[] | null = null
  let previous: Episode | null = null
  for (const episode of episodes) {
    const startsNew =
      current === null ||
      episode.reasonNewEpisode === 'S' ||
      (previous !== null && previous.end !== null && previous.reasonEnded !== 'X1')
    if (startsNew) {
      current = []
      periods.push(current)
    }
    current!.push(episode)
    previous = episode
  }
  return periods
}

/** Groups records by child, keeping their order. */
export function byChild<T extends { child: string }>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const r of records) {
    const list = groups.get(r.child)
    if (list) list.push(r)
    else groups.set(r.child, [r])
  }
  return groups
}

export function compareEpisodes(a: Episode, b: Episode): number {
  if (a.child !== b.child) return a.child < b.child ? -1 : 1
  if (a.start !== b.start) return a.start < b.start ? -1 : 1
  return 0
}
