/**
 * A worker thread that reads councils' returns from disk and folds them into journeys, one council per message, so
 * a data directory is read on every core (see dataDirectoryHistories.ts).
 */
import { parentPort } from 'node:worker_threads'
import { readListedFile, type ListedFile } from '../ssda903/dataDirectory.js'
import { FindingLog } from '../ssda903/findingLog.js'
import type { Checks } from '../ssda903/recordParser.js'
import { councilHistory } from './councilHistories.js'
import type { Finding } from '../domain/finding.js'
import type { Journey } from '../domain/journey.js'

export interface CouncilTask {
  council: string
  years: [number, ListedFile[]][]
  checks: Checks
}

export type CouncilAnswer =
  { council: string; journeys: Journey[]; findings: Finding[]; rows: number } | { council: string; failure: string }

/** Reads one council's files and folds them into journeys. */
export function answer(task: CouncilTask): CouncilAnswer {
  const log = new FindingLog()
  const years = new Map(task.years.map(([year, files]) => [year, files.map(readListedFile)]))
  const { history, rows } = councilHistory(task.council, years, log, task.checks)
  return { council: task.council, journeys: history.journeys, findings: log.findings, rows }
}

parentPort?.on('message', (task: CouncilTask) => {
  let reply: CouncilAnswer
  try {
    reply = answer(task)
  } catch (e) {
    reply = { council: task.council, failure: e instanceof Error ? (e.stack ?? e.message) : String(e) }
  }
  parentPort!.postMessage(reply)
})
