import { randomUUID } from 'node:crypto'
import type { Finding } from '../domain/finding.js'
import { loadHistories } from '../journey/councilHistories.js'
import type { Submission, SubmissionRepository } from '../store/submissionRepository.js'
import type { ScorecardService } from './scorecardService.js'

/** An upload checked but not yet stored: errors block it, warnings wait for the user to confirm. */
export interface Draft {
  id: string
  /** The account that made the upload: only it may see the report or confirm. */
  owner: string
  council: string
  year: number
  files: { name: string; bytes: Uint8Array }[]
  /** Findings in the uploaded files. */
  findings: Finding[]
  /** Findings about the council's other years, seen once this upload is stitched in. */
  elsewhere: Finding[]
  errors: number
  warnings: number
  rowCount: number
  createdAt: number
}

const MAX_DRAFTS = 50
const DRAFT_LIFETIME_MS = 60 * 60 * 1000

/** A file name safe to store and show: the last path segment, plain characters only. Never used as a path. */
export function safeFileName(name: string, index: number): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  return /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}$/.test(base) && !base.includes('..') ? base : `file-${index + 1}.csv`
}

export class SubmissionService {
  private readonly drafts = new Map<string, Draft>()

  constructor(
    private readonly repository: SubmissionRepository,
    private readonly scorecards: ScorecardService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Checks an upload against the council's other years; stores nothing. */
  async check(council: string, year: number, uploaded: { name: string; bytes: Uint8Array }[], owner = ''): Promise<Draft> {
    const files = uploaded.map((f, i) => ({ name: safeFileName(f.name, i), bytes: f.bytes }))
    const others = (await this.repository.currentFiles(council)).filter((f) => !f.path.startsWith(`${council}/${year}/`))
    const prefix = `${council}/${year}/`
    const histories = loadHistories([...others, ...files.map((f) => ({ path: prefix + f.name, bytes: f.bytes }))])
    const findings = histories.findings.filter((f) => f.file.startsWith(prefix))
    const draft: Draft = {
      id: randomUUID(), owner, council, year, files,
      findings,
      elsewhere: histories.findings.filter((f) => !f.file.startsWith(prefix)),
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      rowCount: histories.rows,
      createdAt: this.now().getTime(),
    }
    this.keep(draft)
    return draft
  }

  draft(id: string): Draft | undefined {
    this.expire()
    return this.drafts.get(id)
  }

  /** Stores a checked upload with no errors as the council's current return for the year. */
  async confirm(id: string): Promise<Submission | null> {
    const draft = this.draft(id)
    if (!draft || draft.errors > 0) return null
    const submission = await this.repository.add({
      council: draft.council, year: draft.year, files: draft.files, rowCount: draft.rowCount,
      warningCount: draft.warnings, receivedAt: this.now().toISOString(),
    })
    this.drafts.delete(id)
    await this.scorecards.reload(draft.council)
    return submission
  }

  private keep(draft: Draft): void {
    this.expire()
    while (this.drafts.size >= MAX_DRAFTS) this.drafts.delete(this.drafts.keys().next().value!)
    this.drafts.set(draft.id, draft)
  }

  private expire(): void {
    const cutoff = this.now().getTime() - DRAFT_LIFETIME_MS
    for (const [id, d] of this.drafts) if (d.createdAt < cutoff) this.drafts.delete(id)
  }
}
