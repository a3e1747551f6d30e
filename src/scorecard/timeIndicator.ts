import type { ShareIndicator, TimeIndicator } from '../domain/indicator.js'
import { percentOneDecimal, roundHalfUp } from './rounding.js'

export interface Average {
  value: number | null
  mean: number | null
  children: number
}

export function averageOf(days: readonly (number | null)[]): Average {
  let sum = 0
  let n = 0
  for (const d of days) {
    if (d === null) continue
    sum += d
    n++
  }
  if (n === 0) return { value: null, mean: null, children: 0 }
  const mean = sum / n
  return { value: roundHalfUp(mean), mean, children: n }
}

/** An average set against its threshold: meets when the rounded value is at or below it (seed 004: 640 misses 639). */
export function againstThreshold(average: Average, threshold: number, previous: number | null): TimeIndicator {
  const { value } = average
  return {
    ...average,
    threshold,
    meets: value === null ? null : value <= threshold,
    distance: value === null ? null : value - threshold,
    previous,
    trend: value === null || previous === null ? null : value - previous,
    rank: null,
    quartile: null,
    slowestTenth: null,
  }
}

export function shareWithin(
  flags: readonly (boolean | null)[],
  months: number,
  previous: number | null,
): ShareIndicator {
  const counted = flags.filter((f): f is boolean => f !== null)
  const count = counted.filter((f) => f).length
  return { months, count, children: counted.length, percent: percentOneDecimal(count, counted.length), previous }
}
