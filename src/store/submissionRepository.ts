import { createHash, randomUUID } from 'node:crypto'
import type { Store } from './database.js'
import { recordChange } from './dataChanges.js'

export interface StoredFile {
  name: string
  bytes: Uint8Array
}

export interface Submission {
  id: string
  council: string
  year: number
  version: number
  state: 'current' | 'superseded'
  receivedAt: string
  sha256: string
  rowCount: number
  warningCount: number
  files: { name: string; sha256: string; size: number }[]
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex')

/** The hash of a submission: of its files' names and hashes, in name order. */
export function submissionHash(files: readonly StoredFile[]): string {
  return sha256(
    [...files]
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .map((f) => `${f.name}\u0000${sha256(f.bytes)}`)
      .join('\n'),
  )
}

export interface SubmissionInput {
  council: string
  year: number
  files: readonly StoredFile[]
  rowCount: number
  warningCount: number
  receivedAt: string
}

/** Submissions and their raw files. A submission lands whole, in one transaction, or not at all. */
export class SubmissionRepository {
  constructor(private readonly store: Store) {}

  /**
   * Stores a council's return for a year as the current one; the previous
   * current one for that council and year becomes superseded, still readable.
   */
  async add(input: SubmissionInput): Promise<Submission> {
    const [id] = await this.addAll([input])
    return (await this.find(id!))!
  }

  /** Stores several returns in one transaction: all land, or none. Returns their ids. */
  async addAll(inputs: readonly SubmissionInput[]): Promise<string[]> {
    const ids = inputs.map(() => randomUUID())
    await this.store.db.transaction().execute(async (trx) => {
      for (const [k, input] of inputs.entries()) {
        const id = ids[k]!
        const latest = await trx
          .selectFrom('submission')
          .select((eb) => eb.fn.max('version').as('v'))
          .where('council', '=', input.council)
          .where('year', '=', input.year)
          .executeTakeFirst()
        const version = Number(latest?.v ?? 0) + 1
        await trx
          .updateTable('submission')
          .set({ state: 'superseded' })
          .where('council', '=', input.council)
          .where('year', '=', input.year)
          .where('state', '=', 'current')
          .execute()
        await trx
          .insertInto('submission')
          .values({
            id,
            council: input.council,
            year: input.year,
            version,
            state: 'current',
            received_at: input.receivedAt,
            sha256: submissionHash(input.files),
            row_count: input.rowCount,
            warning_count: input.warningCount,
          })
          .execute()
        for (const f of input.files) {
          await trx
            .insertInto('submission_file')
            .values({ submission_id: id, name: f.name, sha256: sha256(f.bytes), content: f.bytes })
            .execute()
        }
        await recordChange(trx, this.store.dialect, { kind: 'submission', council: input.council })
      }
    })
    return ids
  }

  /** A council's current submissions, one per year. */
  async currentSubmissions(council: string): Promise<{ year: number; version: number; sha256: string }[]> {
    const rows = await this.store.db
      .selectFrom('submission')
      .select(['year', 'version', 'sha256'])
      .where('council', '=', council)
      .where('state', '=', 'current')
      .execute()
    return rows.map((r) => ({ year: Number(r.year), version: Number(r.version), sha256: r.sha256 }))
  }

  async find(id: string): Promise<Submission | null> {
    const row = await this.store.db.selectFrom('submission').selectAll().where('id', '=', id).executeTakeFirst()
    if (!row) return null
    const files = await this.store.db
      .selectFrom('submission_file')
      .select(['name', 'sha256', 'content'])
      .where('submission_id', '=', id)
      .orderBy('name')
      .execute()
    return {
      id: row.id,
      council: row.council,
      year: Number(row.year),
      version: Number(row.version),
      state: row.state,
      receivedAt: row.received_at,
      sha256: row.sha256,
      rowCount: Number(row.row_count),
      warningCount: Number(row.warning_count),
      files: files.map((f) => ({ name: f.name, sha256: f.sha256, size: f.content.length })),
    }
  }

  /** Every submission of a council, newest first: the history. */
  async history(council: string): Promise<Submission[]> {
    const rows = await this.store.db
      .selectFrom('submission')
      .select('id')
      .where('council', '=', council)
      .orderBy('year', 'desc')
      .orderBy('version', 'desc')
      .execute()
    return Promise.all(rows.map((r) => this.find(r.id).then((s) => s!)))
  }

  /** Councils with at least one current submission. */
  async councils(): Promise<string[]> {
    const rows = await this.store.db
      .selectFrom('submission')
      .select('council')
      .distinct()
      .where('state', '=', 'current')
      .orderBy('council')
      .execute()
    return rows.map((r) => r.council)
  }

  /** The files of a council's current submissions, each named as in a data directory: <council>/<year>/<name>. */
  async currentFiles(council: string): Promise<{ path: string; bytes: Uint8Array }[]> {
    const rows = await this.store.db
      .selectFrom('submission_file')
      .innerJoin('submission', 'submission.id', 'submission_file.submission_id')
      .select(['submission.year', 'submission_file.name', 'submission_file.content'])
      .where('submission.council', '=', council)
      .where('submission.state', '=', 'current')
      .orderBy('submission.year')
      .orderBy('submission_file.name')
      .execute()
    return rows.map((r) => ({ path: `${council}/${r.year}/${r.name}`, bytes: new Uint8Array(r.content) }))
  }

  /** The raw files of one submission, for download. */
  async file(submissionId: string, name: string): Promise<Uint8Array | null> {
    const row = await this.store.db
      .selectFrom('submission_file')
      .select('content')
      .where('submission_id', '=', submissionId)
      .where('name', '=', name)
      .executeTakeFirst()
    return row ? new Uint8Array(row.content) : null
  }

  /** Counts of rows in each table: used by tests to show that a failed load changed nothing. */
  async snapshot(): Promise<{ submissions: unknown[]; files: number }> {
    const submissions = await this.store.db.selectFrom('submission').selectAll().orderBy('id').execute()
    const files = await this.store.db
      .selectFrom('submission_file')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst()
    return { submissions, files: Number(files?.n ?? 0) }
  }
}
