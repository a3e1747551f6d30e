/**
 * Limits failed sign-ins: after MAX_FAILURES in WINDOW for an email address or
 * a client address, further attempts are refused until the window passes.
 * Kept in memory: one application process.
 */
export const MAX_FAILURES = 5
export const WINDOW_MS = 15 * 60 * 1000

export class SignInThrottle {
  private failures = new Map<string, number[]>()

  constructor(private readonly now: () => number = () => Date.now()) {}

  private recent(key: string): number[] {
    const cutoff = this.now() - WINDOW_MS
    const list = (this.failures.get(key) ?? []).filter((t) => t > cutoff)
    if (list.length === 0) this.failures.delete(key)
    else this.failures.set(key, list)
    return list
  }

  /** Minutes until another attempt is allowed, or 0 when one is allowed now. */
  blockedFor(keys: string[]): number {
    let wait = 0
    for (const key of keys) {
      const list = this.recent(key)
      if (list.length >= MAX_FAILURES) wait = Math.max(wait, Math.ceil((list[0]! + WINDOW_MS - this.now()) / 60_000))
    }
    return wait
  }

  fail(keys: string[]): void {
    for (const key of keys) this.failures.set(key, [...this.recent(key), this.now()])
  }

  succeed(keys: string[]): void {
    for (const key of keys) this.failures.delete(key)
  }
}
