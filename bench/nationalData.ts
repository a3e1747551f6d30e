/**
 * The benchmarks' data: the national synthetic set (152 councils, collection years 2006-2016, seed 1), as CSV and
 * as the XML export, made once and kept in the temporary directory between runs (BENCH_DATA to use another).
 */
import { existsSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { mustRunCli } from './childProcesses.js'

/** The CSV set; the XML set is beside it, with "-xml" added. */
export const NATIONAL_DATA =
  process.env.BENCH_DATA ?? path.join(tmpdir(), 'adoption-scorecard-bench-152-2006-2016-seed1')

/** The set's directory in the format asked for, synthesised first if an earlier run has not finished making it. */
export async function nationalData(format: 'csv' | 'xml'): Promise<string> {
  const dir = format === 'csv' ? NATIONAL_DATA : `${NATIONAL_DATA}-xml`
  if (existsSync(`${dir}.complete`)) return dir
  console.log(`synthesising the national set as ${format} in ${dir} ...`)
  await mustRunCli(['synth', '--out', dir, '--format', format, '--years', '2006-2016', '--seed', '1'], {})
  writeFileSync(`${dir}.complete`, 'ok')
  return dir
}
