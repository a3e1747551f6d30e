import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root: the nearest folder above this file holding package.json (works from src/ and dist/). */
export function projectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir)
    if (up === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url))
    dir = up
  }
  return dir
}

/** Where `npm run build` puts the check page's browser code (scripts/buildBrowser.ts); served at /static/check/. */
export const browserBuildDir = (): string => path.join(projectRoot(), 'dist/browser')
