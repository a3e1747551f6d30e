import { SLOWEST_SHARE } from './methodology.js'

export interface Standing {
  /** 1 = fastest; tied values share the better rank (1, 2, 2, 4). */
  rank: number
  /** 1 = fastest quarter, 4 = slowest. */
  quartile: number
  /** Among the slowest tenth of councils. */
  slowestTenth: boolean
}

/** Ranks councils by a value where lower is better; councils without a value are not ranked. */
export function rankCouncils(values: ReadonlyMap<string, number | null>): Map<string, Standing> {
  const ranked = [...values].filter((e): e is [string, number] => e[1] !== null).sort((a, b) => a[1] - b[1])
  const n = ranked.length
  const slowestCount = Math.ceil(n * SLOWEST_SHARE)
  const standings = new Map<string, Standing>()
  let rank = 0
  ranked.forEach(([code, value], i) => {
    if (i === 0 || value !== ranked[i - 1]![1]) rank = i + 1
    standings.set(code, {
      rank,
      quartile: Math.min(4, Math.floor(((rank - 1) * 4) / n) + 1),
      slowestTenth: rank > n - slowestCount,
    })
  })
  return standings
}
