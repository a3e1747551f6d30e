import type { CheckDownloadFormat, CheckView } from '../../web/checkView.js'

/**
 * What the check page and its worker say to each other. Files go to the worker as File objects (the browser hands
 * over a reference, not a copy) and are read there; nothing in these messages ever leaves the browser.
 */
export type ToWorker =
  | { type: 'check'; id: number; council: string; year: number; thisYear: File[]; lastYear: File[] }
  | { type: 'download'; id: number; table: string; format: CheckDownloadFormat }

export type FromWorker =
  | { type: 'progress'; id: number; fraction: number; text: string }
  | { type: 'result'; id: number; view: CheckView; readMs: number; checkMs: number }
  | { type: 'download'; id: number; fileName: string; mimeType: string; bytes: ArrayBuffer }
  | { type: 'failed'; id: number; message: string }
