import { readFileSync, statSync } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import type { ReturnFile } from './returnFiles.js'

/** Largest file read into memory; bigger ones are reported, not read. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024

/** Lists every file under DIR with its path relative to DIR ('/'-separated), and reads it. */
export async function readDataDirectory(dir: string): Promise<ReturnFile[]> {
  const info = await stat(dir).catch(() => null)
  if (!info || !info.isDirectory()) throw new DataDirectoryError(`${dir} is not a directory`)
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files: ReturnFile[] = []
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const full = path.join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name)
    const relative = path.relative(dir, full).split(path.sep).join('/')
    const size = statSync(full).size
    if (size > MAX_FILE_BYTES) {
      files.push({ path: relative, bytes: new Uint8Array(0), tooLarge: true })
      continue
    }
    files.push({ path: relative, bytes: readFileSync(full) })
  }
  return files
}

export class DataDirectoryError extends Error {}
