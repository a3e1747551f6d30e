import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readConfig } from '../config.js'
import { SignInThrottle } from '../access/signInThrottle.js'
import { AccountError, AccountService } from '../services/accountService.js'
import { importReturns } from '../services/dataImport.js'
import { AccountRepository } from '../store/accountRepository.js'
import { AuditLog } from '../store/auditLog.js'
import { ContextRepository } from '../store/contextRepository.js'
import { parseNeighbourCsv } from '../context/comparableCouncils.js'
import { parseAdopterCsv } from '../adopters/adopterRecords.js'
import { AdopterRepository } from '../store/adopterRepository.js'
import { DataDirectoryError, readDataDirectory } from '../ssda903/dataDirectory.js'
import { openStore } from '../store/database.js'
import { SubmissionRepository } from '../store/submissionRepository.js'
import { startServer } from '../web/server.js'
import type { Output } from './commands.js'
import { CommandError, EXIT } from './exitCodes.js'
import { findingsText } from './findingFormats.js'

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
  const password = randomBytes(12).toString('base64url')
  const { address, accounts, scorecards } = await startServer(config, {
    beforeListen: async (repository, store) => {
      const result = await importReturns(files, repository, () => new Date(), progressBar(io))
      io.err(`loaded the synthetic sample: ${result.submissions} returns for ${result.councils} councils\n`)
      const adoptersDir = `${sampleDir}-adopters`
      const households = existsSync(adoptersDir)
        ? readdirSync(adoptersDir).flatMap((f) => parseAdopterCsv(readFileSync(path.join(adoptersDir, f), 'utf8'), f).households)
        : []
      await new AdopterRepository(store).replace(households)
    },
  })
  await accounts.create({ email: 'analyst@demo.invalid', role: 'national-analyst', password }, 'demo')
  await accounts.create({ email: 'hampshire@demo.invalid', role: 'council-user', council: '850', password }, 'demo')
  const periods = await scorecards.periods()
  for (const p of periods.slice(1)) await scorecards.publish(p, 'demo', new Date().toISOString())
  io.err(`adoption-scorecard demo (synthetic data) is running at ${address}\n`)
  io.err(`published ${periods.slice(1).join(', ')}; ${periods[0]} is left unpublished\n`)
  io.err(`sign in as analyst@demo.invalid (national analyst) or hampshire@demo.invalid (Hampshire) with password ${password}\n`)
  return await new Promise<number>(() => {})
}

async function readStdinLine(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? ''
}

async function withAccounts<T>(f: (accounts: AccountService) => Promise<T>): Promise<T> {
  const store = await openStore(readConfig())
  try {
    return await f(new AccountService(new AccountRepository(store), new AuditLog(store), new SignInThrottle()))
  } finally {
    await store.close()
  }
}

/**
 * Creates an account. The password comes from standard input when it is not
 * a terminal (`echo ... | scorecard user add ...`); otherwise a random one is
 * made and printed once. There is never a default password.
 */
export async function userAddCommand(opts: { email: string; role: string; council?: string }, io: Output, password?: string): Promise<number> {
  let secret = password ?? (process.stdin.isTTY ? '' : await readStdinLine())
  let generated = false
  if (secret === '') {
    secret = randomBytes(18).toString('base64url')
    generated = true
  }
  try {
    const account = await withAccounts((a) => a.create({ email: opts.email, role: opts.role, council: opts.council ?? null, password: secret }, 'command line'))
    io.err(`created ${account.email} (${account.role}${account.council ? `, council ${account.council}` : ''})\n`)
    if (generated) io.out(`password: ${secret}\n`)
    return EXIT.ok
  } catch (e) {
    if (e instanceof AccountError) throw new CommandError(e.message, EXIT.badArguments)
    throw e
  }
}

export async function userDisableCommand(opts: { email: string }, io: Output): Promise<number> {
  const done = await withAccounts((a) => a.disable(opts.email, 'command line'))
  if (!done) throw new CommandError(`there is no account for ${opts.email}`, EXIT.badArguments)
  io.err(`disabled ${opts.email} and ended its sessions\n`)
  return EXIT.ok
}

function readTextFile(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    throw new CommandError(`cannot read ${file}`, EXIT.badArguments)
  }
}

/** Loads the DfE statistical-neighbour list (CSV) into the store, replacing any earlier one; bad rows are reported and left out. */
export async function neighboursImportCommand(opts: { file: string }, io: Output): Promise<number> {
  const text = readTextFile(opts.file)
  const { groups, findings } = parseNeighbourCsv(text, path.basename(opts.file))
  if (findings.length > 0) io.err(findingsText(findings))
  if (groups.size === 0) throw new CommandError('no council and neighbours could be read; nothing was changed', EXIT.cannotScore)
  const store = await openStore(readConfig())
  try {
    await new ContextRepository(store).replaceNeighbours(groups)
  } finally {
    await store.close()
  }
  io.err(`loaded statistical neighbours for ${groups.size} councils\n`)
  return findings.length > 0 ? EXIT.findingsWithErrors : EXIT.ok
}

/** Loads prospective adopters (the adopters CSV) into the store, replacing the households of each agency in the file. */
export async function adoptersImportCommand(opts: { file: string }, io: Output): Promise<number> {
  const text = readTextFile(opts.file)
  const { households, findings } = parseAdopterCsv(text, path.basename(opts.file))
  if (findings.length > 0) io.err(findingsText(findings))
  if (findings.some((f) => f.severity === 'error')) {
    io.err('nothing was loaded: correct the errors and load the file again\n')
    return EXIT.findingsWithErrors
  }
  const store = await openStore(readConfig())
  try {
    await new AdopterRepository(store).replace(households)
  } finally {
    await store.close()
  }
  io.err(`loaded ${households.length} adopter households\n`)
  return EXIT.ok
}
