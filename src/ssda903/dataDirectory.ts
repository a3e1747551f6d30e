import { readFileSync } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { MAX_FILE_BYTES, type ReturnFile } from './returnFiles.js'

/** A file of a data directory, not yet read: its path relative to the directory ('/'-separated), location, size. */
export interface ListedFile {
  path: string
  location: string
  size: number
}

/** Lists every file under DIR, in no particular order. */
export async function listDataDirectory(dir: string): Promise<ListedFile[]> {
  const info = await stat(dir).catch(() => null)
  if (!info || !info.isDirectory()) throw new DataDirectoryError(`${dir} is not a directory`)
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const location = path.join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name)
        const relative = path.relative(dir, location).split(path.sep).join('/')
        return { path: relative, location, size: (await stat(location)).size }
      }),
  )
}

/** Reads a listed file; one too large to be a table is given with no bytes and marked. */
export function readListedFile(file: ListedFile): ReturnFile {
  if (file.size > MAX_FILE_BYTES) return { path: file.path, bytes: new Uint8Array(0), tooLarge: true }
  return { path: file.path, bytes: readFileSync(file.location) }
}

/** Lists every file under DIR with its path relative to DIR ('/'-separated), and reads it. */
export async function readDataDirectory(dir: string): Promise<ReturnFile[]> {
  return (await listDataDirectory(dir)).map(readListedFile)
}

export class DataDirectoryError extends Error {}
