/**
 * Loaded into a measured process with --import: when it exits, writes its peak resident memory (bytes, every thread
 * of the process, native memory too) to the file named by BENCH_USAGE_FILE.
 */
import { writeFileSync } from 'node:fs'

const file = process.env.BENCH_USAGE_FILE
if (file) {
  process.on('exit', () => writeFileSync(file, JSON.stringify({ peakBytes: process.resourceUsage().maxRSS * 1024 })))
}
