import type { FastifyInstance } from 'fastify'
import { ENGLISH_COUNCILS } from '../../src/domain/englishCouncils.js'
import { importReturns } from '../../src/services/dataImport.js'
import { ScorecardService } from '../../src/services/scorecardService.js'
import { SubmissionService } from '../../src/services/submissionService.js'
import type { ReturnFile } from '../../src/ssda903/returnFiles.js'
import { openStore, type Store } from '../../src/store/database.js'
import { SubmissionRepository } from '../../src/store/submissionRepository.js'
import { synthesiseCouncil } from '../../src/synth/nationalSynth.js'
import { createApp } from '../../src/web/app.js'

export interface TestApp {
  app: FastifyInstance
  store: Store
  repository: SubmissionRepository
  scorecards: ScorecardService
}

/** Synthetic returns for a few councils, as files. */
export function syntheticReturns(codes: string[], firstYear = 2008, lastYear = 2014, scale = 0.4): ReturnFile[] {
  const councils = codes.map((c) => ENGLISH_COUNCILS.find((x) => x.code === c)!)
  return councils.flatMap((council) => [...synthesiseCouncil(council, { councils, firstYear, lastYear, seed: 7, scale, faultRate: 0 })]
    .map(([path, text]) => ({ path, bytes: new TextEncoder().encode(text) })))
}

/** The whole application on an in-memory SQLite store, loaded with synthetic returns. */
export async function buildTestApp(files: ReturnFile[] = syntheticReturns(['850', '856', '336'])): Promise<TestApp> {
  const store = await openStore({ databaseUrl: null, sqliteFile: ':memory:' })
  const repository = new SubmissionRepository(store)
  await importReturns(files, repository, () => new Date('2026-11-22T12:00:00Z'))
  const scorecards = new ScorecardService(repository)
  const submissions = new SubmissionService(repository, scorecards, () => new Date('2026-11-22T12:00:00Z'))
  const app = await createApp({ scorecards, submissions }, { syntheticBanner: true, maxUploadBytes: 5 * 1024 * 1024, maxUploadFiles: 6 })
  app.addHook('onClose', async () => store.close())
  return { app, store, repository, scorecards }
}

/** A multipart/form-data body, as a browser sends the upload form. */
export function multipart(fields: Record<string, string>, files: { name: string; content: string | Uint8Array }[]) {
  const boundary = '----adoption-scorecard-test-boundary'
  const chunks: Buffer[] = []
  for (const [k, v] of Object.entries(fields)) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`))
  }
  for (const f of files) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: text/csv\r\n\r\n`))
    chunks.push(Buffer.from(f.content))
    chunks.push(Buffer.from('\r\n'))
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`))
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}
