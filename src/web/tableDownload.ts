import type { FastifyReply } from 'fastify'
import { tableCsv, tableXlsx, type TableModel } from './tableModel.js'

export type DownloadFormat = 'csv' | 'xlsx'

export function downloadFormat(value: unknown): DownloadFormat | null {
  return value === 'csv' || value === 'xlsx' ? value : null
}

/** Sends a table as CSV or XLSX: exactly the rows and columns the page shows. */
export async function sendTable(reply: FastifyReply, table: TableModel, format: DownloadFormat, name: string) {
  const safe = name.replace(/[^A-Za-z0-9_-]+/g, '-')
  if (format === 'csv') {
    return reply.type('text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="${safe}.csv"`).send(tableCsv(table))
  }
  return reply
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('Content-Disposition', `attachment; filename="${safe}.xlsx"`)
    .send(await tableXlsx(table))
}
