import { ageInYears } from '../domain/calendarDate.js'
import type { CountIndicator } from '../domain/indicator.js'
import type { Journey } from '../domain/journey.js'
import { percentOneDecimal } from '../scorecard/rounding.js'

/**
 * Children adopted together: the same council placed them for adoption on the
 * same day after the same match. SSDA903 has no sibling identifier (its MOTHER
 * field says whether the child is a mother), so this is how a sibling group
 * placed together shows in the return.
 */
export function siblingGroupMembers(adopted: readonly Journey[]): Set<Journey> {
  const groups = new Map<string, Journey[]>()
  for (const j of adopted) {
    if (!j.placedForAdoption || !j.match) continue
    const key = `${j.council}|${j.placedForAdoption}|${j.match}`
    groups.set(key, [...(groups.get(key) ?? []), j])
  }
  return new Set([...groups.values()].filter((g) => g.length > 1).flat())
}

export function ageAtPlacement(j: Journey): number | null {
  return j.birth && j.placedForAdoption ? ageInYears(j.birth, j.placedForAdoption) : null
}

export interface HarderToPlace {
  agedFiveOrOverAtPlacement: CountIndicator
  inSiblingGroups: CountIndicator
  fromEthnicMinorities: CountIndicator
  /** Waited longer than England's upper quartile of A1 days in the period. */
  waitedLongest: CountIndicator
}

const share = (n: number, of: number): CountIndicator => ({ count: n, of, percent: percentOneDecimal(n, of) })

/** The share of a council's adopted children (those counted in A1) who are harder to place. */
export function harderToPlace(
  counted: readonly { journey: Journey; a1Days: number }[],
  siblings: ReadonlySet<Journey>,
  longWait: number | null,
): HarderToPlace {
  const n = counted.length
  const known = counted.filter((c) => c.journey.ethnicMinority !== null)
  return {
    agedFiveOrOverAtPlacement: share(counted.filter((c) => (ageAtPlacement(c.journey) ?? 0) >= 5).length, n),
    inSiblingGroups: share(counted.filter((c) => siblings.has(c.journey)).length, n),
    fromEthnicMinorities: share(known.filter((c) => c.journey.ethnicMinority === true).length, known.length),
    waitedLongest: share(longWait === null ? 0 : counted.filter((c) => c.a1Days > longWait).length, n),
  }
}

/** The upper quartile (75th percentile, nearest rank) of a list of days. */
export function upperQuartile(days: readonly number[]): number | null {
  if (days.length === 0) return null
  const sorted = [...days].sort((a, b) => a - b)
  return sorted[Math.ceil(0.75 * sorted.length) - 1]!
}
