import { createHash } from 'node:crypto'

/**
 * A pseudonym for a child in the audit log: administrators read the log but may not see children, so a log line
 * names "child 3f9a0c41d2e7" rather than the council's identifier. Whoever holds the identifier can work the
 * pseudonym out again to search the log; nobody can go the other way.
 */
export function childReference(council: string, child: string): string {
  return `child ${createHash('sha256').update(`${council}/${child}`).digest('hex').slice(0, 12)}`
}
