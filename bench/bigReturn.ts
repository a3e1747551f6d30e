/**
 * A very large upload built from a council's real synthetic return: the four CSV tables of one year, each exactly
 * `fileBytes` long. The children who entered care within the year are copied under new references (CHILD-1,
 * CHILD-2, ...) until episodes.csv is full, so the return is one a council could send, with no more findings than
 * the original: a copy needs no earlier return, and in the latest year no later one. The other tables, shorter,
 * are made up to the size with blank lines, which the reader skips.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

export interface BigReturn {
  files: { name: string; bytes: Buffer }[]
  /** Data rows in each file, by name. */
  rows: Record<string, number>
  copies: number
}

const BLANK = `${' '.repeat(99)}\n`

/** Of the children in episodes.csv, those whose every episode started within the collection year `year`. */
function childrenWhoEntered(episodes: string[], year: number): Set<string> {
  const columns = episodes[0]!.split(',')
  const decom = columns.indexOf('DECOM')
  const yearStart = `${year - 1}-04-01`
  const before = new Set<string>()
  const all = new Set<string>()
  for (const line of episodes.slice(1)) {
    const cells = line.split(',')
    const [d, m, y] = cells[decom]!.split('/')
    all.add(cells[0]!)
    if (`${y}-${m}-${d}` < yearStart) before.add(cells[0]!)
  }
  return new Set([...all].filter((c) => !before.has(c)))
}

function withCopies(lines: string[], entered: Set<string>, copies: number): string {
  const mine = lines.slice(1).filter((l) => entered.has(l.slice(0, l.indexOf(','))))
  const out = [...lines]
  for (let k = 1; k <= copies; k++) {
    for (const l of mine) out.push(`${l.slice(0, l.indexOf(','))}-${k}${l.slice(l.indexOf(','))}`)
  }
  return `${out.join('\n')}\n`
}

function padded(text: string, fileBytes: number): Buffer {
  const bytes = Buffer.alloc(fileBytes, ' ')
  const written = bytes.write(text)
  if (written < Buffer.byteLength(text)) throw new Error('a table is longer than the file size asked for')
  const blanks = Math.floor((fileBytes - written) / BLANK.length)
  for (let i = 0; i < blanks; i++) bytes.write(BLANK, written + i * BLANK.length)
  bytes[fileBytes - 1] = 10
  return bytes
}

/** The return of `council` for `year` in the data directory, grown to four files of `fileBytes` each. */
export function bigReturn(dataDir: string, council: string, year: number, fileBytes: number): BigReturn {
  const dir = path.join(dataDir, council, String(year))
  const tables = new Map(
    readdirSync(dir).map((name) => [name, readFileSync(path.join(dir, name), 'utf8').trimEnd().split('\n')]),
  )
  const episodes = tables.get('episodes.csv')
  if (!episodes) throw new Error(`${dir} has no episodes.csv`)
  const entered = childrenWhoEntered(episodes, year)
  const perCopy = episodes
    .slice(1)
    .filter((l) => entered.has(l.slice(0, l.indexOf(','))))
    .reduce((n, l) => n + l.length + 6, 0)
  const original = episodes.reduce((n, l) => n + l.length + 1, 0)
  const copies = Math.floor((fileBytes * 0.99 - original) / perCopy)
  const files: BigReturn['files'] = []
  const rows: Record<string, number> = {}
  for (const [name, lines] of tables) {
    const text = withCopies(lines, entered, copies)
    rows[name] = text.split('\n').length - 2
    files.push({ name, bytes: padded(text, fileBytes) })
  }
  return { files, rows, copies }
}
