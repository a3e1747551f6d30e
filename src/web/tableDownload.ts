import type { FastifyReply, FastifyRequest } from 'fastify'
import { allows, type Action, type Target } from '../access/policy.js'
import { tableCsv, type TableModel } from './tableModel.js'
import { tableXlsx } from './tableXlsx.js'

export type DownloadFormat = 'csv' | 'xlsx'

export function downloadFormat(value: unknown): DownloadFormat | null {
  return value === 'csv' || value === 'xlsx' ? value : null
}

/** Sends a table as CSV or XLSX: exactly the rows and columns the page shows. */
export async function sendTable(reply: FastifyReply, table: TableModel, format: DownloadFormat, name: string) {
  const safe = name.replace(/[^A-Za-z0-9_-]+/g, '-')
  if (format === 'csv') {
    return reply
      .type('text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${safe}.csv"`)
      .send(tableCsv(table))
  }
  return reply
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('Content-Disposition', `attachment; filename="${safe}.xlsx"`)
    .send(Buffer.from(await tableXlsx(table)))
}

/** A table a page offers for download, and the permission it needs beyond seeing the page (child-level rows). */
export interface PageTable {
  model: TableModel
  requires?: { action: Action; target: Target }
}

/**
 * Tables each route offers for download, by route pattern: filled as routes are set up, read by the route-by-role
 * test so that no table escapes it.
 */
export const DOWNLOADS = new Map<string, readonly string[]>()

export function declareDownloads(route: string, tables: readonly string[]): void {
  DOWNLOADS.set(route, tables)
}

/**
 * Answers `?format=csv|xlsx&table=<name>` from a page's tables, asking the policy what the page asks. A name that is
 * not one of the page's tables, or one the viewer may not see, is "not found" (a Map: `__proto__` is just a name).
 * Returns null when the request is not a download.
 */
export async function answerDownload(
  request: FastifyRequest,
  reply: FastifyReply,
  tables: ReadonlyMap<string, PageTable>,
  options: { defaultTable?: string; fileName: (table: string) => string },
): Promise<FastifyReply | null> {
  const query = request.query as { format?: unknown; table?: unknown }
  const format = downloadFormat(query.format)
  if (!format) return null
  const name = typeof query.table === 'string' ? query.table : (options.defaultTable ?? '')
  const table = tables.get(name)
  if (!table || (table.requires && !allows(request.viewer, table.requires.action, table.requires.target))) {
    return reply.code(404).type('text/plain; charset=utf-8').send('Not found')
  }
  return sendTable(reply, table.model, format, options.fileName(name))
}
