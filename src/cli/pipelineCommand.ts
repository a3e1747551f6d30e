import { isRealDate } from '../domain/calendarDate.js'
import { councilByCode } from '../domain/englishCouncils.js'
import { writeCsv } from '../export/csvWriter.js'
import { loadCouncilPipeline } from '../journey/pipelineData.js'
import { childrenOnJourneyAt } from '../pipeline/journeyAt.js'
import { DEFAULT_FLAG_SETTINGS, type ChildOnJourney } from '../pipeline/journeyFlags.js'
import { DataDirectoryError } from '../ssda903/dataDirectory.js'
import type { Output } from './commands.js'
import { CommandError, EXIT } from './exitCodes.js'

/** What `scorecard pipeline --format json` prints. */
export interface PipelineJson {
  council: string
  asAt: string
  source: 'annual return' | 'in-year extract'
  extracts: string[]
  children: (Omit<ChildOnJourney, 'council'> & { flags: { key: string; reason: string }[] })[]
}

const CSV_COLUMNS = [
  'child',
  'stage',
  'entered_care',
  'days_in_care',
  'days_since_decision',
  'days_since_order',
  'days_since_match',
  'days_since_placed',
  'flags',
] as const

/**
 * The children on the adoption journey in one council's data at its latest date (an annual return's 31 March, or an
 * in-year extract taken after it), or as the data stood on `--as-at`: each child's stage, days in care and flags.
 */
export async function pipelineCommand(
  opts: { data: string; council: string; format?: string; asAt?: string },
  io: Output,
): Promise<number> {
  const fmt = opts.format ?? 'text'
  if (!['text', 'json', 'csv'].includes(fmt))
    throw new CommandError('--format must be one of text, json, csv', EXIT.badArguments)
  if (!/^\d{3}$/.test(opts.council))
    throw new CommandError('--council must be a three-digit DfE council code, such as 850', EXIT.badArguments)
  const m = opts.asAt === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(opts.asAt)
  if (opts.asAt !== undefined && (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))))
    throw new CommandError('--as-at must be a date written YYYY-MM-DD, such as 2013-08-15', EXIT.badArguments)
  let data
  try {
    data = await loadCouncilPipeline(opts.data, opts.council, opts.asAt ? { asOf: opts.asAt } : {})
  } catch (e) {
    if (e instanceof DataDirectoryError) throw new CommandError(e.message, EXIT.badArguments)
    throw e
  }
  if (!data) {
    throw new CommandError(
      `council ${opts.council} has no returns in ${opts.data}${opts.asAt ? ` by ${opts.asAt}` : ''} (laid out as ` +
        `${opts.council}/<year>/ or ${opts.council}/<YYYY-MM-DD>/)`,
      EXIT.cannotScore,
    )
  }
  const errors = data.findings.filter((f) => f.severity === 'error').length
  if (errors > 0) io.err(`warning: reading the data found ${errors} error(s); run "scorecard validate" to see them.\n`)
  const children = childrenOnJourneyAt(data.journeys, data.asAt, DEFAULT_FLAG_SETTINGS)
  if (fmt === 'json') {
    const json: PipelineJson = {
      council: data.council,
      asAt: data.asAt,
      source: data.source,
      extracts: data.extracts,
      children: children.map(({ council: _, ...c }) => c),
    }
    io.out(JSON.stringify(json, null, 2) + '\n')
  } else if (fmt === 'csv') {
    io.out(
      writeCsv([
        [...CSV_COLUMNS],
        ...children.map((c) => [
          c.child,
          c.stage,
          c.enteredCare,
          String(c.daysInCare),
          ...[c.daysSinceDecision, c.daysSinceOrder, c.daysSinceMatch, c.daysSincePlaced].map(
            (d) => d?.toString() ?? '',
          ),
          c.flags.map((f) => f.reason).join('; '),
        ]),
      ]),
    )
  } else {
    const lines = [
      `${councilByCode(data.council).name} (${data.council}): ${children.length} children on the adoption journey ` +
        `at ${data.asAt} (${data.source})`,
      '',
      `${'child'.padEnd(12)} ${'stage'.padEnd(20)} ${'entered care'.padEnd(12)} ${'days in care'.padStart(12)}  flags`,
      ...children.map(
        (c) =>
          `${c.child.padEnd(12)} ${c.stage.padEnd(20)} ${c.enteredCare.padEnd(12)} ` +
          `${String(c.daysInCare).padStart(12)}  ${c.flags.map((f) => f.reason).join('; ')}`,
      ),
    ]
    io.out(lines.join('\n').trimEnd() + '\n')
  }
  return EXIT.ok
}
