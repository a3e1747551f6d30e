import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { listDataDirectory } from '../ssda903/dataDirectory.js'
import { FindingLog } from '../ssda903/findingLog.js'
import type { Checks } from '../ssda903/recordParser.js'
import { returnsByCouncil, sortFindings } from '../ssda903/returnFiles.js'
import type { Journey } from '../domain/journey.js'
import type { CouncilHistory, Histories } from './councilHistories.js'
import { answer, type CouncilAnswer, type CouncilTask } from './councilWorker.js'

/** Data directories smaller than this are read on the calling thread. */
const IN_PROCESS_BYTES = 16 * 1024 * 1024

/** Threads to read a data directory with: every core, unless SCORECARD_THREADS says otherwise. */
export function readingThreads(): number {
  const set = Number(process.env.SCORECARD_THREADS)
  return Number.isInteger(set) && set >= 1 ? set : availableParallelism()
}

/**
 * Reads a data directory council by council: each council's files are read from disk, parsed, checked (unless
 * checks is 'none') and folded into journeys, then let go, so memory holds one council's raw data per thread and
 * the journeys. Councils are shared among worker threads, one at a time to whichever is free. The answer is the
 * same as loadHistories over the whole directory's files, whatever the number of threads.
 */
export async function loadDataDirectory(
  dir: string,
  options: { checks?: Checks; threads?: number } = {},
): Promise<Histories> {
  const checks = options.checks ?? 'all'
  const log = new FindingLog()
  const listed = await listDataDirectory(dir)
  const byCouncil = returnsByCouncil(listed, log)
  const tasks: CouncilTask[] = [...byCouncil].map(([council, years]) => ({ council, years: [...years], checks }))
  // Starting a thread costs a few tenths of a second: a few megabytes are read sooner without.
  const small = listed.reduce((sum, f) => sum + f.size, 0) < IN_PROCESS_BYTES && options.threads === undefined
  const threads = small ? 1 : Math.min(options.threads ?? readingThreads(), tasks.length)
  const answers = threads > 1 ? await onWorkers(tasks, threads) : tasks.map(answer)

  const councils = new Map<string, CouncilHistory>()
  const findings = log.findings
  let rows = 0
  for (const a of answers.sort((x, y) => (x.council < y.council ? -1 : 1))) {
    if ('failure' in a) throw new Error(`reading council ${a.council} failed: ${a.failure}`)
    councils.set(a.council, { journeys: a.journeys })
    for (const f of a.findings) findings.push(f)
    rows += a.rows
  }
  return { councils, findings: sortFindings(findings), rows }
}

/**
 * Journeys copied from a worker hold their own copy of every date and code: the same few thousand strings, hundreds
 * of thousands of times. One copy of each is kept instead.
 */
function shareStrings(journeys: Journey[], pool: Map<string, string>): void {
  const one = <T extends string | null>(s: T): T => {
    if (s === null) return s
    const kept = pool.get(s)
    if (kept !== undefined) return kept as T
    pool.set(s, s)
    return s
  }
  for (const j of journeys) {
    j.council = one(j.council)
    j.birth = one(j.birth)
    j.ethnicity = one(j.ethnicity)
    j.enteredCare = one(j.enteredCare)
    j.careProceedingsStart = one(j.careProceedingsStart)
    j.careProceedingsEnd = one(j.careProceedingsEnd)
    j.decisionToPlace = one(j.decisionToPlace)
    j.placementOrder = one(j.placementOrder)
    j.match = one(j.match)
    j.placedForAdoption = one(j.placedForAdoption)
    j.movedInWithAdopters = one(j.movedInWithAdopters)
    j.ended = one(j.ended)
    j.reasonEnded = one(j.reasonEnded)
    if (j.decisionReversed)
      j.decisionReversed = { date: one(j.decisionReversed.date), reason: one(j.decisionReversed.reason) }
  }
}

function onWorkers(tasks: readonly CouncilTask[], threads: number): Promise<CouncilAnswer[]> {
  const pool = new Map<string, string>()
  return new Promise((resolve, reject) => {
    const answers: CouncilAnswer[] = []
    const workers: Worker[] = []
    let next = 0
    let failed = false
    const finish = (error?: Error) => {
      if (failed) return
      if (error) failed = true
      for (const w of workers) void w.terminate()
      if (error) reject(error)
      else resolve(answers)
    }
    const give = (worker: Worker) => {
      if (next < tasks.length) worker.postMessage(tasks[next++])
    }
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(new URL('./councilWorker.js', import.meta.url), {
        // A larger young generation: reading makes many short-lived strings, and the default collects too often.
        resourceLimits: { maxYoungGenerationSizeMb: 32 },
      })
      workers.push(worker)
      worker.on('message', (a: CouncilAnswer) => {
        if ('journeys' in a) shareStrings(a.journeys, pool)
        answers.push(a)
        if (answers.length === tasks.length) finish()
        else give(worker)
      })
      worker.on('error', (e) => finish(e))
      worker.on('exit', (code) => {
        if (code !== 0 && answers.length < tasks.length) finish(new Error(`a reading thread stopped (exit ${code})`))
      })
      give(worker)
    }
  })
}
