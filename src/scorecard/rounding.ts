/** Rounds half up (639.5 -> 640), as the Department rounded days. */
export function roundHalfUp(x: number): number {
  return Math.floor(x + 0.5 + 1e-9)
}

/** count / of as a percentage to one decimal place, rounded half up with integer arithmetic; null when of is 0. */
export function percentOneDecimal(count: number, of: number): number | null {
  if (of === 0) return null
  return Math.floor((count * 2000 + of) / (2 * of)) / 10
}
