/** Exit statuses of the scorecard command, part of its contract with other tools. */
export const EXIT = {
  ok: 0,
  /** validate: at least one error in the data. */
  findingsWithErrors: 1,
  badArguments: 2,
  /** score: the data cannot be scored (the message says why). */
  cannotScore: 3,
  /** Anything unexpected: a message, never a stack trace. */
  internal: 4,
} as const

/** An error whose message is for the user, with the status to exit with. */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}
