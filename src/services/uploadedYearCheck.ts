/**
 * The reading part of checking an upload: the year uploaded, stitched in with the council's other stored years and
 * checked with every rule, and what it would change in the year stored before. A large upload is read in a worker
 * thread of its own, ended when it has answered, so the memory reading takes is given back and a server that has
 * checked twenty large uploads is no bigger than before the first.
 */
import { isMainThread, parentPort, Worker } from 'node:worker_threads'
import type { Finding } from '../domain/finding.js'
import { readReturns } from '../ssda903/returnFiles.js'
import { returnChanges, type ReturnChanges } from '../ssda903/returnChanges.js'

export interface UploadedYear {
  council: string
  year: number
  /** The files uploaded, by their paths in the data directory (`<council>/<year>/<name>`). */
  uploaded: { path: string; bytes: Uint8Array }[]
  /** The council's stored files of its other years. */
  others: { path: string; bytes: Uint8Array }[]
  /** The council's stored files of the year uploaded, if any. */
  before: { path: string; bytes: Uint8Array }[]
}

export interface UploadedYearFindings {
  /** Findings in the uploaded files. */
  findings: Finding[]
  /** Findings about the council's other years, seen once the upload is stitched in. */
  elsewhere: Finding[]
  /** The children in the year uploaded. */
  children: string[]
  rows: number
  changes: ReturnChanges | null
}

/** Uploads larger than this are read in a worker thread. */
const IN_WORKER_FROM_BYTES = 8 * 2 ** 20

export function readUploadedYear(input: UploadedYear): UploadedYearFindings {
  const prefix = `${input.council}/${input.year}/`
  const read = readReturns([...input.others, ...input.uploaded])
  const findings = read.findings.filter((f) => f.file.startsWith(prefix) || f.file === prefix.slice(0, -1))
  const mine = new Set(findings)
  const uploadedYear = read.returns.get(input.council)?.find((r) => r.year === input.year)
  const beforeYear = input.before.length > 0 ? readReturns(input.before).returns.get(input.council)?.[0] : undefined
  return {
    findings,
    elsewhere: read.findings.filter((f) => !mine.has(f)),
    children: (uploadedYear?.records.children ?? []).map((c) => c.child),
    rows: uploadedYear?.rows ?? 0,
    changes: beforeYear && uploadedYear ? returnChanges(beforeYear.records, uploadedYear.records) : null,
  }
}

/** As readUploadedYear; in a worker thread of its own when the upload is `fromBytes` or larger. */
export function readUploadedYearApart(
  input: UploadedYear,
  fromBytes = IN_WORKER_FROM_BYTES,
): Promise<UploadedYearFindings> {
  const bytes = input.uploaded.reduce((n, f) => n + f.bytes.byteLength, 0)
  if (bytes < fromBytes) return Promise.resolve(readUploadedYear(input))
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: null })
    let answered = false
    worker.once('message', (m: { ok: UploadedYearFindings } | { failure: string }) => {
      answered = true
      void worker.terminate()
      if ('ok' in m) resolve(m.ok)
      else reject(new Error(m.failure))
    })
    worker.once('error', reject)
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the upload's check stopped (exit ${code})`))
    })
    worker.postMessage(input)
  })
}

if (!isMainThread && parentPort) {
  const port = parentPort
  port.once('message', (input: UploadedYear) => {
    try {
      port.postMessage({ ok: readUploadedYear(input) })
    } catch (e) {
      port.postMessage({ failure: e instanceof Error ? (e.stack ?? e.message) : String(e) })
    }
  })
}
