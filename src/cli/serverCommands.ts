import Database from 'better-sqlite3'
import { hostname, userInfo } from 'node:os'
import { parsePeriod } from '../domain/period.js'
import { ScorecardService } from '../services/scorecardService.js'
import { CouncilJourneyRepository } from '../store/councilJourneyRepository.js'
import { PublicationRepository } from '../store/publicationRepository.js'
import { DataChangeRepository } from '../store/dataChanges.js'
import { DEFAULT_DISCLOSURE } from '../scorecard/disclosureControl.js'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readConfig } from '../config.js'
import { SignInThrottle } from '../access/signInThrottle.js'
import { SignInFailureRepository } from '../store/signInFailureRepository.js'
import { AccountError, AccountService } from '../services/accountService.js'
import { importReturns } from '../services/dataImport.js'
import { importExtracts } from '../services/extractImport.js'
import { ExtractRepository } from '../store/extractRepository.js'
import { AccountRepository } from '../store/accountRepository.js'
import { AuditLog } from '../store/auditLog.js'
import { ContextRepository } from '../store/contextRepository.js'
import { parseNeighbourCsv } from '../context/comparableCouncils.js'
import { parseAdopterCsv } from '../adopters/adopterRecords.js'
import { AdopterRepository } from '../store/adopterRepository.js'
import { DataDirectoryError, readDataDirectory } from '../ssda903/dataDirectory.js'
import { openStore } from '../store/database.js'
import { SubmissionRepository } from '../store/submissionRepository.js'
import { startServer, StartupError } from '../web/server.js'
import { onShutdown } from './shutdown.js'
import { editionName } from '../ssda903/editions/edition.js'
import { EMPTY_DATA_DIRECTORY, type Output } from './commands.js'
import { CommandError, EXIT } from './exitCodes.js'
import { findingsText } from './findingFormats.js'

function progressBar(io: Output) {
  if (!process.stderr.isTTY) return undefined
  return (done: number, total: number) => {
    const width = 30
    const filled = Math.round((done / total) * width)
    io.err(
      `\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} councils${done === total ? '\n' : ''}`,
    )
  }
}

export async function importCommand(opts: { data: string }, io: Output): Promise<number> {
  // A signal while the files are read and checked stops before anything is written; one while the import is written
  // lets it finish (it is one transaction), within the shutdown time limit.
  const config = readConfig()
  let stop = false
  const logger = {
    info: (_o: object, m: string) => io.err(`${m}\n`),
    warn: (_o: object, m: string) => io.err(`${m}\n`),
  }
  let finished: () => void = () => undefined
  const written = new Promise<void>((resolve) => (finished = resolve))
  const removeHandlers = onShutdown(logger, config.shutdownTimeoutMs, async () => {
    stop = true
    await written
  })
  io.err(`reading ${opts.data}\n`)
  let files
  try {
    files = await readDataDirectory(opts.data)
  } catch (e) {
    finished()
    removeHandlers()
    if (e instanceof DataDirectoryError) throw new CommandError(e.message, EXIT.badArguments)
    throw e
  }
  if (files.length === 0) {
    finished()
    removeHandlers()
    throw new CommandError(`${opts.data} ${EMPTY_DATA_DIRECTORY}`, EXIT.badArguments)
  }
  const store = await openStore(config)
  try {
    const result = await importReturns(files, new SubmissionRepository(store), () => new Date(), progressBar(io), {
      stopRequested: () => stop,
      journeys: new CouncilJourneyRepository(store),
    })
    if (!result) {
      io.err('stopped before anything was written: the store is as it was\n')
      return EXIT.ok
    }
    for (const r of result.returns.filter((x) => x.kind === 'replaced')) {
      const c = r.changes
      io.err(
        `${r.council} ${editionName(r.year)}: replaced (now version ${r.version})` +
          (c
            ? `: children +${c.children.added} -${c.children.removed}, episodes +${c.episodes.added} ` +
              `-${c.episodes.removed}, adoptions +${c.adoptions.added} -${c.adoptions.removed}`
            : '') +
          '\n',
      )
    }
    const fresh = result.returns.filter((x) => x.kind === 'new').length
    const replaced = result.returns.filter((x) => x.kind === 'replaced').length
    io.err(
      `loaded ${result.submissions} returns for ${result.councils} councils: ${fresh} new, ${replaced} replaced, ` +
        `${result.unchanged} unchanged (${result.errors} errors, ${result.warnings} warnings found; run ` +
        `"scorecard validate" to see them)\n`,
    )
    const extracts = await importExtracts(
      files,
      new ExtractRepository(store),
      new AuditLog(store),
      commandLineActor(),
      () => new Date(),
    )
    for (const e of extracts) {
      io.err(
        `${e.council} in-year extract taken on ${e.takenOn}: ` +
          (e.stored
            ? `loaded (${e.rows} rows, ${e.warnings} warnings)`
            : `not loaded: ${e.errors} errors; run "scorecard validate" on it`) +
          '\n',
      )
    }
    if (result.submissions === 0 && result.unchanged === 0 && extracts.length === 0) {
      throw new CommandError(`${opts.data} holds no return laid out as <council>/<year>/<files>`, EXIT.badArguments)
    }
    return EXIT.ok
  } finally {
    finished()
    removeHandlers()
    await store.close()
  }
}

export async function startCommand(io: Output): Promise<number> {
  const config = readConfig()
  const { app, address, logger } = await startOrExplain(() => startServer(config))
  onShutdown(logger, config.shutdownTimeoutMs, () => app.close())
  io.err(
    `adoption-scorecard is running at ${address} (store: ${config.databaseUrl ? 'PostgreSQL' : config.sqliteFile})\n`,
  )
  return await new Promise<number>(() => {})
}

/** Starts the server; a setting that cannot work is one line to the user and exit status 2, no stack. */
async function startOrExplain<T>(start: () => Promise<T>): Promise<T> {
  try {
    return await start()
  } catch (e) {
    if (e instanceof StartupError) throw new CommandError(e.message, EXIT.badArguments)
    throw e
  }
}

export async function demoCommand(sampleDir: string, io: Output): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'adoption-scorecard-demo-'))
  const config = {
    ...readConfig(),
    databaseUrl: null,
    sqliteFile: path.join(dir, 'demo.sqlite'),
    syntheticBanner: true,
  }
  const files = await readDataDirectory(sampleDir)
  const password = randomBytes(12).toString('base64url')
  const { app, address, accounts, scorecards, logger } = await startOrExplain(() =>
    startServer(config, {
      beforeListen: async (repository, store) => {
        const result = (await importReturns(files, repository, () => new Date(), progressBar(io)))!
        io.err(`loaded the synthetic sample: ${result.submissions} returns for ${result.councils} councils\n`)
        const adoptersDir = `${sampleDir}-adopters`
        const households = existsSync(adoptersDir)
          ? readdirSync(adoptersDir).flatMap(
              (f) => parseAdopterCsv(readFileSync(path.join(adoptersDir, f), 'utf8'), f).households,
            )
          : []
        await new AdopterRepository(store).replace(households)
      },
    }),
  )
  await accounts.create({ email: 'analyst@demo.invalid', role: 'national-analyst', password }, 'demo')
  await accounts.create({ email: 'hampshire@demo.invalid', role: 'council-user', council: '850', password }, 'demo')
  onShutdown(logger, config.shutdownTimeoutMs, () => app.close())
  const periods = await scorecards.periods()
  for (const p of periods.slice(1)) await scorecards.publish(p, 'demo', new Date().toISOString())
  io.err(`adoption-scorecard demo (synthetic data) is running at ${address}\n`)
  io.err(`published ${periods.slice(1).join(', ')}; ${periods[0]} is left unpublished\n`)
  io.err(
    `sign in as analyst@demo.invalid (national analyst) or hampshire@demo.invalid (Hampshire) with password ` +
      `${password}\n`,
  )
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
    return await f(
      new AccountService(
        new AccountRepository(store),
        new AuditLog(store),
        new SignInThrottle(new SignInFailureRepository(store)),
      ),
    )
  } finally {
    await store.close()
  }
}

/**
 * Creates an account. The password comes from standard input when it is not
 * a terminal (`echo ... | scorecard user add ...`); otherwise a random one is
 * made and printed once. There is never a default password.
 */
export async function userAddCommand(
  opts: { email: string; role: string; council?: string },
  io: Output,
  password?: string,
): Promise<number> {
  let secret = password ?? (process.stdin.isTTY ? '' : await readStdinLine())
  let generated = false
  if (secret === '') {
    secret = randomBytes(18).toString('base64url')
    generated = true
  }
  try {
    const account = await withAccounts((a) =>
      a.create({ email: opts.email, role: opts.role, council: opts.council ?? null, password: secret }, 'command line'),
    )
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

/**
 * Loads the DfE statistical-neighbour list (CSV) into the store, replacing any earlier one; bad rows are reported and
 * left out.
 */
export async function neighboursImportCommand(opts: { file: string }, io: Output): Promise<number> {
  const text = readTextFile(opts.file)
  const { groups, findings } = parseNeighbourCsv(text, path.basename(opts.file))
  if (findings.length > 0) io.err(findingsText(findings))
  if (groups.size === 0)
    throw new CommandError('no council and neighbours could be read; nothing was changed', EXIT.cannotScore)
  const store = await openStore(readConfig())
  try {
    await new ContextRepository(store).replaceNeighbours(groups)
  } finally {
    await store.close()
  }
  io.err(`loaded statistical neighbours for ${groups.size} councils\n`)
  return findings.length > 0 ? EXIT.findingsWithErrors : EXIT.ok
}

/**
 * Loads prospective adopters (the adopters CSV) into the store, replacing the households of each agency in the file.
 */
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

/** Who the command line acts as, in the audit log: the operating-system user at this machine. */
function commandLineActor(): string {
  let user = 'unknown user'
  try {
    user = userInfo().username
  } catch {
    // no user name on this system
  }
  return `command line (${user}@${hostname()})`
}

/**
 * Publishes a period (its public figures frozen as a new version) or withdraws it from the public, from the command
 * line; audited as done there. Running servers show it within a second.
 */
export async function publishCommand(opts: { period: string; withdraw?: boolean }, io: Output): Promise<number> {
  if (!parsePeriod(opts.period)) {
    throw new CommandError('--period must be three financial years, such as 2010-13', EXIT.badArguments)
  }
  const store = await openStore(readConfig())
  try {
    const repository = new SubmissionRepository(store)
    const scorecards = new ScorecardService(
      repository,
      new PublicationRepository(store),
      DEFAULT_DISCLOSURE,
      new ContextRepository(store),
      new DataChangeRepository(store),
      new CouncilJourneyRepository(store),
    )
    const actor = commandLineActor()
    const audit = new AuditLog(store)
    if (opts.withdraw) {
      const done = await scorecards.withdraw(opts.period)
      if (!done) throw new CommandError(`${opts.period} is not published`, EXIT.badArguments)
      await audit.record(actor, 'publication', null, `withdrew ${opts.period} from publication`)
      io.err(`withdrew ${opts.period}: the public no longer sees it (its published versions are kept)\n`)
      return EXIT.ok
    }
    if (!(await scorecards.periods()).includes(opts.period)) {
      throw new CommandError(`the store does not hold all three years of ${opts.period}`, EXIT.cannotScore)
    }
    const done = await scorecards.publish(opts.period, actor, new Date().toISOString())
    if (!done) throw new CommandError(`${opts.period} is already published (a revision is published in the service)`, 2)
    await audit.record(actor, 'publication', null, `published ${opts.period}`)
    io.err(`published ${opts.period}\n`)
    return EXIT.ok
  } finally {
    await store.close()
  }
}

/**
 * Copies the embedded SQLite store to a file while the service runs (SQLite's online backup): the file is a store
 * that `SQLITE_FILE` can point at to restore. For PostgreSQL, use pg_dump and pg_restore (docs/deployment.md).
 */
export async function backupCommand(opts: { out: string }, io: Output): Promise<number> {
  const config = readConfig()
  if (config.databaseUrl) {
    throw new CommandError('the store is PostgreSQL: back it up with pg_dump (docs/deployment.md)', EXIT.badArguments)
  }
  if (existsSync(opts.out)) throw new CommandError(`${opts.out} already exists`, EXIT.badArguments)
  const db = new Database(config.sqliteFile, { readonly: true, fileMustExist: true })
  try {
    await db.backup(opts.out)
  } finally {
    db.close()
  }
  io.err(`backed up ${config.sqliteFile} to ${opts.out}\n`)
  return EXIT.ok
}
