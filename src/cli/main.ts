#!/usr/bin/env node
import { realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import { Command, CommanderError } from 'commander'
import { modelCommand, scoreCommand, synthCommand, validateCommand, type Output } from './commands.js'
import { adoptersImportCommand, demoCommand, importCommand, neighboursImportCommand, startCommand, userAddCommand, userDisableCommand } from './serverCommands.js'
import { CommandError, EXIT } from './exitCodes.js'

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
    .option('--format <format>', 'text or json', 'text')
    .action((opts) => run(() => validateCommand(opts, io))())
  p.command('score')
    .description('the adoption scorecard of every council for a three-year period')
    .requiredOption('--data <dir>', 'data directory')
    .requiredOption('--period <period>', 'three financial years, such as 2010-13')
    .option('--council <code>', 'only this council (three-digit DfE code)')
    .option('--format <format>', 'json or csv', 'json')
    .action((opts) => run(() => scoreCommand(opts, io))())
  p.command('model')
    .description('fit the case-mix model of A1 on every adopted child in England in a period, and print its fit')
    .requiredOption('--data <dir>', 'data directory')
    .requiredOption('--period <period>', 'three financial years, such as 2010-13')
    .action((opts) => run(() => modelCommand(opts, io))())
  p.command('synth')
    .description('write synthetic SSDA903 returns for English councils')
    .option('--councils <n>', 'number of councils', '152')
    .option('--years <from-to>', 'collection years', '2006-2016')
    .option('--seed <n>', 'random seed', '1')
    .option('--scale <x>', 'multiply the number of children', '1')
    .option('--faults [rate]', 'inject realistic errors into this share of rows (default 0.01)')
    .option('--only <codes>', 'only these councils, comma-separated three-digit codes')
    .option('--adopters <dir>', 'also write each council\'s prospective adopters (adopters CSV) to this directory')
    .requiredOption('--out <dir>', 'output directory')
    .action((opts) => run(() => synthCommand(opts, io))())
  p.command('import')
    .description('load a whole data directory into the store, one submission per council and year')
    .requiredOption('--data <dir>', 'data directory')
    .action((opts) => run(() => importCommand(opts, io))())
  const user = p.command('user').description('accounts')
  user.command('add')
    .description('create an account; the password is read from standard input, or made and printed once')
    .requiredOption('--email <email>', 'email address')
    .requiredOption('--role <role>', 'national-analyst, council-user, improvement-adviser or administrator')
    .option('--council <code>', 'the council of a council user')
    .action((opts) => run(() => userAddCommand(opts, io))())
  user.command('disable')
    .description('disable an account and end its sessions')
    .requiredOption('--email <email>', 'email address')
    .action((opts) => run(() => userDisableCommand(opts, io))())
  p.command('neighbours')
    .description('statistical neighbours')
    .command('import')
    .description('load the DfE statistical-neighbour list: CSV with COUNCIL, NEIGHBOUR_1 ... NEIGHBOUR_10')
    .requiredOption('--file <file>', 'CSV file')
    .action((opts) => run(() => neighboursImportCommand(opts, io))())
  p.command('adopters')
    .description('prospective adopters')
    .command('import')
    .description('load prospective adopters (adopters CSV, docs/methodology.md); a file with any error loads nothing')
    .requiredOption('--file <file>', 'CSV file')
    .action((opts) => run(() => adoptersImportCommand(opts, io))())
  p.command('start')
    .description('serve the web application on the store (SQLite under ./data, or DATABASE_URL)')
    .action(() => run(() => startCommand(io))())
  p.command('demo')
    .description('serve the web application on a fresh store filled with the bundled synthetic sample')
    .action(() => run(() => demoCommand(SAMPLE_DIR, io))())
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
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code
  })
}
