/** What services tell the operators about, counted by the metrics. No personal data passes through here. */
export interface ServiceEvents {
  signInFailed(): void
  signInThrottled(): void
  /** A return loaded into the store (upload confirmed, or import), with the findings it had. */
  returnLoaded(findings: { errors: number; warnings: number }): void
}

export const NO_EVENTS: ServiceEvents = {
  signInFailed: () => undefined,
  signInThrottled: () => undefined,
  returnLoaded: () => undefined,
}
