import type { SignInFailureRepository } from '../store/signInFailureRepository.js'

/**
 * Limits failed sign-ins, counted in the store so the limits hold across servers: after MAX_FAILURES_PER_ACCOUNT in
 * WINDOW for an e-mail address, or MAX_FAILURES_PER_CLIENT for a client address, further attempts are refused until
 * the window passes. A successful sign-in clears its account's count only: a client guessing across many accounts is
 * never reset by signing in to its own.
 */
export const MAX_FAILURES_PER_ACCOUNT = 5
export const MAX_FAILURES_PER_CLIENT = 20
export const WINDOW_MS = 15 * 60 * 1000

export class SignInThrottle {
  constructor(
    private readonly failures: SignInFailureRepository,
    private readonly now: () => number = () => Date.now(),
  ) {}

  private static limit(key: string): number {
    return key.startsWith('client:') ? MAX_FAILURES_PER_CLIENT : MAX_FAILURES_PER_ACCOUNT
  }

  /** Minutes until another attempt is allowed, or 0 when one is allowed now. */
  async blockedFor(keys: string[]): Promise<number> {
    const now = this.now()
    let wait = 0
    for (const [key, r] of await this.failures.recent(keys, now - WINDOW_MS)) {
      if (r.count >= SignInThrottle.limit(key)) wait = Math.max(wait, Math.ceil((r.oldest + WINDOW_MS - now) / 60_000))
    }
    return wait
  }

  async fail(keys: string[]): Promise<void> {
    const now = this.now()
    await this.failures.record(keys, now, now - WINDOW_MS)
  }

  /** After a successful sign-in: the account's count goes; the client's stays. */
  async succeed(accountKey: string): Promise<void> {
    await this.failures.clear(accountKey)
  }
}
