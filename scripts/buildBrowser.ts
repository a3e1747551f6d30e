/**
 * Builds the check page's browser code with esbuild into dist/browser, served at /static/check/: the page script, the
 * check worker (the same src/ modules as the server and the command line, bundled, not copied) and the service worker,
 * whose cache is named by a hash of everything it keeps. Run by `npm run build` after tsc; prints each file's size.
 */
import { createHash } from 'node:crypto'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { build, type BuildOptions } from 'esbuild'
import { projectRoot } from '../src/web/projectPaths.js'

const root = projectRoot()
const out = path.join(root, 'dist/browser')

const common: BuildOptions = {
  bundle: true,
  minify: true,
  sourcemap: 'linked',
  platform: 'browser',
  target: ['es2022'],
  outdir: out,
  absWorkingDir: root,
  logLevel: 'warning',
  // csv-parse and csv-stringify publish a browser build of the same version (with its own Buffer); the Node build
  // needs Node's Buffer.
  alias: { 'csv-parse/sync': 'csv-parse/browser/esm/sync', 'csv-stringify/sync': 'csv-stringify/browser/esm/sync' },
}

/** Gzipped size in bytes: what the bundle costs a data officer's browser to fetch. */
const gzippedSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length

async function main() {
  rmSync(out, { recursive: true, force: true })
  await build({
    ...common,
    entryPoints: { checkPage: 'src/browser/page/checkPage.ts' },
    format: 'esm',
  })
  const worker = await build({
    ...common,
    entryPoints: { checkWorker: 'src/browser/worker/checkWorker.ts' },
    format: 'iife',
    metafile: true,
  })
  // Which modules the worker holds, for the test that it runs the server's and the command line's own (not served).
  writeFileSync(path.join(root, 'dist/browser-inputs.json'), JSON.stringify(Object.keys(worker.metafile.inputs)))
  const kept = [
    path.join(out, 'checkPage.js'),
    path.join(out, 'checkWorker.js'),
    path.join(root, 'src/web/public/app.css'),
    path.join(root, 'src/web/public/init.js'),
    path.join(root, 'node_modules/govuk-frontend/package.json'),
  ]
  const version = createHash('sha256')
  for (const file of kept) version.update(readFileSync(file))
  await build({
    ...common,
    entryPoints: { 'service-worker': 'src/browser/worker/serviceWorker.ts' },
    format: 'iife',
    define: { CHECK_ASSETS_VERSION: JSON.stringify(version.digest('hex').slice(0, 16)) },
  })
  for (const name of ['checkPage.js', 'checkWorker.js', 'service-worker.js']) {
    const file = path.join(out, name)
    const kb = (n: number) => `${Math.round(n / 1024)} KB`
    console.log(`dist/browser/${name}: ${kb(readFileSync(file).length)}, ${kb(gzippedSize(file))} gzipped`)
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exitCode = 1
})
