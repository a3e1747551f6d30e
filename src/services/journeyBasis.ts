import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { JOURNEY_ENCODING } from '../journey/journeyEncoding.js'

/** The compiled code that turns returns into journeys: what a council's journeys depend on besides its returns. */
const READER_DIRECTORIES = ['ssda903', 'journey', 'domain', 'scorecard']

let fingerprint: string | null = null

/** A hash of the code that reads returns and builds journeys, worked out once per process. */
export function readerFingerprint(): string {
  if (fingerprint === null) {
    const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
    const hash = createHash('sha256').update(JOURNEY_ENCODING)
    for (const dir of READER_DIRECTORIES) {
      const files = readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.js') && !f.endsWith('.test.js'))
        .sort()
      for (const f of files) hash.update(`${dir}/${f}\n`).update(readFileSync(path.join(root, dir, f)))
    }
    fingerprint = hash.digest('hex')
  }
  return fingerprint
}

/**
 * What a council's journeys are built on: its current returns (each year's hash) and the code that reads them. Two
 * servers with the same code and the same returns agree on it; any change to either gives another.
 */
export function journeyBasis(current: readonly { year: number; sha256: string }[]): string {
  const returns = [...current].sort((a, b) => a.year - b.year).map((r) => `${r.year}:${r.sha256}`)
  return createHash('sha256').update(readerFingerprint()).update(returns.join(',')).digest('hex')
}
