import { checkReturn, type CheckResult, type ChosenFile } from '../../check/returnCheck.js'
import { MAX_FILE_BYTES } from '../../ssda903/returnFiles.js'
import { checkDownload, checkView } from '../../web/checkView.js'
import type { FromWorker, ToWorker } from './messages.js'

/**
 * The check page's worker: the same modules as the server and the command line (bundled by esbuild from src/), run on
 * the files the data officer chose. It reads them, checks them, keeps the result for downloads, and answers the page.
 * It makes no request of its own.
 */
declare const self: DedicatedWorkerGlobalScope

let last: CheckResult | null = null

const post = (message: FromWorker, transfer: Transferable[] = []) => self.postMessage(message, transfer)

/** Reads the files chunk by chunk, saying how far it has got: a year's return can be hundreds of megabytes. */
async function readFiles(files: readonly File[], progress: (bytes: number) => void): Promise<ChosenFile[]> {
  const chosen: ChosenFile[] = []
  let done = 0
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) {
      chosen.push({ name: file.name, bytes: new Uint8Array(0), tooLarge: true })
      continue
    }
    const bytes = new Uint8Array(file.size)
    let at = 0
    const reader = file.stream().getReader()
    for (;;) {
      const { done: finished, value } = await reader.read()
      if (finished) break
      bytes.set(value, at)
      at += value.length
      progress(done + at)
    }
    done += file.size
    chosen.push({ name: file.name, bytes: bytes.subarray(0, at) })
  }
  return chosen
}

async function check(message: Extract<ToWorker, { type: 'check' }>): Promise<void> {
  const { id } = message
  last = null
  const total = [...message.thisYear, ...message.lastYear].reduce((s, f) => s + f.size, 0) || 1
  const start = performance.now()
  let reported = -1
  const read = async (files: File[], before: number) =>
    readFiles(files, (bytes) => {
      const fraction = (0.5 * (before + bytes)) / total
      // One message per hundredth is plenty for a progress bar.
      if (Math.floor(fraction * 100) === reported) return
      reported = Math.floor(fraction * 100)
      post({ type: 'progress', id, fraction, text: `Reading the files: ${Math.round((before + bytes) / 1024)} KB` })
    })
  const thisYear = await read(message.thisYear, 0)
  const lastYear = await read(
    message.lastYear,
    message.thisYear.reduce((s, f) => s + f.size, 0),
  )
  const readMs = performance.now() - start
  post({ type: 'progress', id, fraction: 0.5, text: 'Checking the return' })
  // Let the page paint the progress before the synchronous check starts.
  await new Promise((resolve) => setTimeout(resolve, 0))
  const checkStart = performance.now()
  last = checkReturn({ council: message.council, year: message.year, thisYear, lastYear })
  const view = checkView(last)
  post({ type: 'result', id, view, readMs, checkMs: performance.now() - checkStart })
}

async function download(message: Extract<ToWorker, { type: 'download' }>): Promise<void> {
  const made = last ? await checkDownload(last, message.table, message.format) : null
  if (!made) {
    post({ type: 'failed', id: message.id, message: 'Check the files again, then download.' })
    return
  }
  const bytes = made.bytes.slice().buffer
  post({ type: 'download', id: message.id, fileName: made.fileName, mimeType: made.type, bytes }, [bytes])
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data
  const work = message.type === 'check' ? check(message) : download(message)
  work.catch((error: unknown) => {
    post({ type: 'failed', id: message.id, message: error instanceof Error ? error.message : String(error) })
  })
}
