import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readConfig } from '../config.js'
import { importReturns } from '../services/dataImport.js'
import { DataDirectoryError, readDataDirectory } from '../ssda903/dataDirectory.js'
import { openStore } from '../store/database.js'
import { SubmissionRepository } from '../store/submissionRepository.js'
import { startServer } from '../web/server.js'
import type { Output } from './commands.js'
import { CommandError, EXIT } from './exitCodes.js'

function progressBar(io: Output) {
  if (!process.stderr.isTTY) return undefined
  return (done: number, total: number) => {
    const width = 30
    const filled = Math.round((done / total) * width)
    io.err(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} councils${done === total ? '\n' : ''}`)
  }
}

export async function importCommand(opts: { data: string }, io: Output): Promise<number> {
  let files
  try {
    files = await readDataDirectory(opts.data)
  } catch (e) {
    if (e instanceof DataDirectoryError) throw new CommandError(e.message, EXIT.badArguments)
    throw e
  }
  const config = readConfig()
  const store = await openStore(config)
  try {
    const result = await importReturns(files, new SubmissionRepository(store), () => new Date(), progressBar(io))
    io.err(`loaded ${result.submissions} returns for ${result.councils} councils (${result.errors} errors, ${result.warnings} warnings found; run "scorecard validate" to see them)\n`)
    return EXIT.ok
  } finally {
    await store.close()
  }
}

export async function startCommand(io: Output): Promise<number> {
  const config = readConfig()
  const { address } = await startServer(config)
  io.err(`adoption-scorecard is running at ${address} (store: ${config.databaseUrl ? 'PostgreSQL' : config.sqliteFile})\n`)
  return await new Promise<number>(() => {})
}

export async function demoCommand(sampleDir: string, io: Output): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'adoption-scorecard-demo-'))
  const config = { ...readConfig(), databaseUrl: null, sqliteFile: path.join(dir, 'demo.sqlite'), syntheticBanner: true }
  const files = await readDataDirectory(sampleDir)
  const { address } = await startServer(config, {
    beforeListen: async (repository) => {
      const result = await importReturns(files, repository, () => new Date(), progressBar(io))
      io.err(`loaded the synthetic sample: ${result.submissions} returns for ${result.councils} councils\n`)
    },
  })
  io.err(`adoption-scorecard demo (synthetic data) is running at ${address}\n`)
  return await new Promise<number>(() => {})
}
