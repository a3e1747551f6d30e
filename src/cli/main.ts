#!/usr/bin/env node
import { realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import { Command, CommanderError } from 'commander'
import {
  editionsCommand,
  modelCommand,
  rulesCommand,
  scoreCommand,
  synthCommand,
  validateCommand,
  type Output,
} from './commands.js'
import type * as ServerCommands from './serverCommands.js'
import { pipelineCommand } from './pipelineCommand.js'
import { CommandError, EXIT } from './exitCodes.js'

/**
 * The commands that work on the store and the web server, loaded only when one of them runs: they bring the web
 * framework, the database drivers and the browser, which reading and scoring files do not need.
 */
const server = (): Promise<typeof ServerCommands> => import('./serverCommands.js')

const processOutput: Output = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
}

/** The bundled synthetic sample, shipped with the repository. */
export const SAMPLE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'sample')

function program(io: Output, setStatus: (s: number) => void): Command {
  const p = new Command('scorecard')
    .description('Adoption scorecards from SSDA903 returns')
    .exitOverride()
    .configureOutput({ writeErr: io.err, writeOut: io.out })
    .showHelpAfterError()
  const run = (f: () => Promise<number>) => async () => setStatus(await f())
  p.command('validate')
    .description('check SSDA903 returns laid out as DIR/<council>/<year>/*.csv and list what is wrong')
    .requiredOption('--data <dir>', 'data directory')
    .option('--format <format>', 'text, json or csv', 'text')
    .option('--by-child', 'group the findings by child (with csv: the child-level report)')
    .action((opts: Parameters<typeof validateCommand>[0]) => run(() => validateCommand(opts, io))())
  p.command('rules')
    .description('list every validation rule: number, severity, editions, tables, fields and wording')
    .option('--format <format>', 'text, json, csv or markdown', 'text')
    .action((opts: Parameters<typeof rulesCommand>[0]) => run(() => rulesCommand(opts, io))())
  p.command('editions')
    .description('what changed in the return from one collection year to the next: codes and columns, with sources')
    .option('--format <format>', 'text or markdown', 'text')
    .action((opts: Parameters<typeof editionsCommand>[0]) => run(() => editionsCommand(opts, io))())
  p.command('score')
    .description('the adoption scorecard of every council for a three-year period')
    .requiredOption('--data <dir>', 'data directory')
    .requiredOption('--period <period>', 'three financial years, such as 2010-13')
    .option('--council <code>', 'only this council (three-digit DfE code)')
    .option('--format <format>', 'text, json or csv', 'text')
    .action((opts: Parameters<typeof scoreCommand>[0]) => run(() => scoreCommand(opts, io))())
  p.command('pipeline')
    .description('the children on the adoption journey at the latest data (annual return or in-year extract)')
    .requiredOption(
      '--data <dir>',
      'data directory: DIR/<council>/<year>/ returns, DIR/<council>/<YYYY-MM-DD>/ extracts',
    )
    .requiredOption('--council <code>', 'three-digit DfE council code')
    .option('--format <format>', 'text, json or csv', 'text')
    .option('--as-at <date>', 'the pipeline as the data stood on this date (YYYY-MM-DD)')
    .action((opts: Parameters<typeof pipelineCommand>[0]) => run(() => pipelineCommand(opts, io))())
  p.command('model')
    .description('fit the case-mix model of A1 on every adopted child in England in a period, and print its fit')
    .requiredOption('--data <dir>', 'data directory')
    .requiredOption('--period <period>', 'three financial years, such as 2010-13')
    .action((opts: Parameters<typeof modelCommand>[0]) => run(() => modelCommand(opts, io))())
  p.command('synth')
    .description('write synthetic SSDA903 returns for English councils')
    .option('--councils <n>', 'number of councils', '152')
    .option('--years <from-to>', 'collection years', '2006-2016')
    .option('--seed <n>', 'random seed', '1')
    .option('--scale <x>', 'multiply the number of children', '1')
    .option('--faults [rate]', 'inject realistic errors into this share of rows (default 0.01)')
    .option('--only <codes>', 'only these councils, comma-separated three-digit codes')
    .option('--adopters <dir>', "also write each council's prospective adopters (adopters CSV) to this directory")
    .option('--format <format>', 'csv (four tables a year) or xml (the XML export, one file a year)', 'csv')
    .requiredOption('--out <dir>', 'output directory')
    .option('--extracts <dates>', 'also write in-year extracts taken on these days (YYYY-MM-DD, comma-separated)')
    .action((opts: Parameters<typeof synthCommand>[0]) => run(() => synthCommand(opts, io))())
  p.command('import')
    .description('load a whole data directory into the store, one submission per council and year')
    .requiredOption('--data <dir>', 'data directory')
    .action((opts: Parameters<typeof ServerCommands.importCommand>[0]) =>
      run(async () => (await server()).importCommand(opts, io))(),
    )
  const user = p.command('user').description('accounts')
  user
    .command('add')
    .description('create an account; the password is read from standard input, or made and printed once')
    .requiredOption('--email <email>', 'email address')
    .requiredOption('--role <role>', 'national-analyst, council-user, improvement-adviser or administrator')
    .option('--council <code>', 'the council of a council user')
    .action((opts: Parameters<typeof ServerCommands.userAddCommand>[0]) =>
      run(async () => (await server()).userAddCommand(opts, io))(),
    )
  user
    .command('disable')
    .description('disable an account and end its sessions')
    .requiredOption('--email <email>', 'email address')
    .action((opts: Parameters<typeof ServerCommands.userDisableCommand>[0]) =>
      run(async () => (await server()).userDisableCommand(opts, io))(),
    )
  p.command('neighbours')
    .description('statistical neighbours')
    .command('import')
    .description('load the DfE statistical-neighbour list: CSV with COUNCIL, NEIGHBOUR_1 ... NEIGHBOUR_10')
    .requiredOption('--file <file>', 'CSV file')
    .action((opts: Parameters<typeof ServerCommands.neighboursImportCommand>[0]) =>
      run(async () => (await server()).neighboursImportCommand(opts, io))(),
    )
  p.command('adopters')
    .description('prospective adopters')
    .command('import')
    .description('load prospective adopters (adopters CSV, docs/methodology.md); a file with any error loads nothing')
    .requiredOption('--file <file>', 'CSV file')
    .action((opts: Parameters<typeof ServerCommands.adoptersImportCommand>[0]) =>
      run(async () => (await server()).adoptersImportCommand(opts, io))(),
    )
  p.command('publish')
    .description('publish a period (its public figures frozen as a new version), or withdraw it; audited')
    .requiredOption('--period <period>', 'three financial years, such as 2010-13')
    .option('--withdraw', 'withdraw the period from publication')
    .action((opts: Parameters<typeof ServerCommands.publishCommand>[0]) =>
      run(async () => (await server()).publishCommand(opts, io))(),
    )
  p.command('backup')
    .description('copy the embedded SQLite store to a file, while the service runs (PostgreSQL: pg_dump)')
    .requiredOption('--out <file>', 'the copy to write')
    .action((opts: Parameters<typeof ServerCommands.backupCommand>[0]) =>
      run(async () => (await server()).backupCommand(opts, io))(),
    )
  p.command('start')
    .description('serve the web application on the store (SQLite under ./data, or DATABASE_URL)')
    .action(() => run(async () => (await server()).startCommand(io))())
  p.command('demo')
    .description('serve the web application on a fresh store filled with the bundled synthetic sample')
    .action(() => run(async () => (await server()).demoCommand(SAMPLE_DIR, io))())
  return p
}

export async function main(argv: string[], io: Output = processOutput): Promise<number> {
  let status: number = EXIT.ok
  try {
    await program(io, (s) => (status = s)).parseAsync(argv, { from: 'user' })
    return status
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? EXIT.ok : EXIT.badArguments
    }
    if (e instanceof CommandError) {
      io.err(`scorecard: ${e.message}\n`)
      return e.status
    }
    io.err(`scorecard: unexpected failure: ${e instanceof Error ? e.message : String(e)}\n`)
    return EXIT.internal
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === realpathSync(path.resolve(process.argv[1]))) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code
  })
}
