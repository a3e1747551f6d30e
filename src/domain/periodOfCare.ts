import type { Episode } from './returnRecords.js'

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
