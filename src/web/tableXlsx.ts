import { cellText, type TableModel } from './tableModel.js'

/**
 * The XLSX of a table model: one sheet, a bold header row. Bytes rather than a Node Buffer, so the check page's worker
 * writes its downloads with this same function (esbuild takes ExcelJS's browser build there).
 */
export async function tableXlsx(t: TableModel): Promise<Uint8Array> {
  // Loaded on the first download: ExcelJS takes a quarter of a second to load, which start-up need not wait for.
  const { default: ExcelJS } = await import('exceljs')
  const book = new ExcelJS.Workbook()
  book.creator = 'adoption-scorecard'
  const sheet = book.addWorksheet(t.caption.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '))
  sheet.addRow(t.columns.map((c) => c.label)).font = { bold: true }
  for (const r of t.rows)
    sheet.addRow(
      t.columns.map((c) => {
        const v = r[c.key] ?? null
        return typeof v === 'boolean' ? cellText(v) : v
      }),
    )
  sheet.columns.forEach((col, i) => {
    col.width = Math.min(50, Math.max(10, t.columns[i]!.label.length + 2))
  })
  return new Uint8Array(await book.xlsx.writeBuffer())
}
