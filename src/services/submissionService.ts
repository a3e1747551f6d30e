import { randomUUID } from 'node:crypto'
import type { Finding } from '../domain/finding.js'
import { periodStarting } from '../domain/period.js'
import { FindingLog } from '../ssda903/findingLog.js'
import { NO_EVENTS, type ServiceEvents } from './serviceEvents.js'
import { safeFileName } from '../ssda903/returnFiles.js'
import type { ReturnChanges } from '../ssda903/returnChanges.js'
import { readUploadedYearApart } from './uploadedYearCheck.js'
import type { Submission, SubmissionRepository } from '../store/submissionRepository.js'
import type { DraftRepository } from '../store/draftRepository.js'
import type { ScorecardService } from './scorecardService.js'

/**
 * An upload checked but not yet loaded: errors block it, warnings wait for the user to confirm. Kept in the store for
 * an hour (its files too), so any server can show it or load it.
 */
export interface Draft {
  id: string
  /** The account that made the upload: only it may see the report or confirm. */
  owner: string
  council: string
  year: number
  /** The names of the files uploaded (the files themselves stay in the store). */
  fileNames: string[]
  /** Findings in the uploaded files. */
  findings: Finding[]
  /** Findings about the council's other years, seen once this upload is stitched in. */
  elsewhere: Finding[]
  errors: number
  warnings: number
  /** Data rows in the files uploaded. */
  rowCount: number
  /** What loading it would change in the year already stored; null when no return is stored for that year. */
  changes: ReturnChanges | null
  /** Published periods that hold this year: loading it revises their figures. */
  revises: string[]
  createdAt: number
}

/** Drafts an account may have waiting at once: a new one forgets the oldest. */
export const DRAFTS_PER_ACCOUNT = 3
export const DRAFT_LIFETIME_MS = 60 * 60 * 1000

export class SubmissionService {
  constructor(
    private readonly repository: SubmissionRepository,
    private readonly drafts: DraftRepository,
    private readonly scorecards: ScorecardService,
    private readonly now: () => Date = () => new Date(),
    private readonly events: ServiceEvents = NO_EVENTS,
  ) {}

  /** Checks an upload against the council's other years, and says what it would change; stores nothing. */
  async check(
    council: string,
    year: number,
    uploaded: { name: string; bytes: Uint8Array }[],
    owner = '',
  ): Promise<Draft> {
    const files = uploaded.map((f, i) => ({ name: safeFileName(f.name, i), bytes: f.bytes }))
    const prefix = `${council}/${year}/`
    const stored = await this.repository.currentFiles(council)
    const read = await readUploadedYearApart({
      council,
      year,
      uploaded: files.map((f) => ({ path: prefix + f.name, bytes: f.bytes })),
      others: stored.filter((f) => !f.path.startsWith(prefix)),
      before: stored.filter((f) => f.path.startsWith(prefix)),
    })
    const findings = read.findings
    const foreign = await this.anotherCouncilsChildren(council, read.children)
    if (foreign) {
      const log = new FindingLog()
      log.report(
        'AS074',
        { file: prefix.slice(0, -1), row: 0, value: foreign.council },
        `(${foreign.count} of its ${read.children.length} children are in ${foreign.name}'s returns.)`,
        year,
      )
      findings.push(...log.findings)
    }
    const before = stored.filter((f) => f.path.startsWith(prefix))
    const published = await this.scorecards.published()
    const draft: Draft = {
      id: randomUUID(),
      owner,
      council,
      year,
      fileNames: files.map((f) => f.name),
      findings,
      elsewhere: read.elsewhere,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      rowCount: read.rows,
      changes: read.changes,
      revises:
        before.length > 0 ? [1, 2, 3].map((k) => periodStarting(year - k).name).filter((p) => published.has(p)) : [],
      createdAt: this.now().getTime(),
    }
    await this.drafts.save(
      {
        id: draft.id,
        owner,
        council,
        year,
        createdAt: new Date(draft.createdAt).toISOString(),
        report: JSON.stringify(draft),
      },
      files,
      { expireBefore: this.expiry(), perOwner: DRAFTS_PER_ACCOUNT },
    )
    return draft
  }

  private expiry(): string {
    return new Date(this.now().getTime() - DRAFT_LIFETIME_MS).toISOString()
  }

  /**
   * The council whose stored returns hold many of these children (at least five, and at least a fifth of them), or
   * null: a return loaded under the wrong council is refused (AS074) rather than mixed into another's history.
   */
  private async anotherCouncilsChildren(
    council: string,
    children: readonly string[],
  ): Promise<{ council: string; name: string; count: number } | null> {
    if (children.length === 0) return null
    const mine = new Set(children)
    let best: { council: string; name: string; count: number } | null = null
    for (const other of (await this.scorecards.councilList()).filter((c) => c.code !== council)) {
      const theirs = new Set((await this.scorecards.journeys(other.code)).map((j) => j.child))
      let count = 0
      for (const child of mine) if (theirs.has(child)) count++
      if (count >= 5 && count >= children.length / 5 && count > (best?.count ?? 0)) {
        best = { council: other.code, name: other.name, count }
      }
    }
    return best
  }

  /** A draft less than an hour old, from any server, or null. */
  async draft(id: string): Promise<Draft | null> {
    const stored = await this.drafts.find(id, this.expiry())
    return stored ? (JSON.parse(stored.report) as Draft) : null
  }

  /** Loads a checked upload with no errors as the council's current return for the year. */
  async confirm(id: string): Promise<Submission | null> {
    const draft = await this.draft(id)
    if (!draft || draft.errors > 0) return null
    const submission = await this.repository.add({
      council: draft.council,
      year: draft.year,
      files: await this.drafts.files(id),
      rowCount: draft.rowCount,
      warningCount: draft.warnings,
      receivedAt: this.now().toISOString(),
    })
    await this.drafts.remove(id)
    this.events.returnLoaded({ errors: draft.errors, warnings: draft.warnings })
    await this.scorecards.sync()
    return submission
  }
}
