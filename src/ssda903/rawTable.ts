import type { TableSpec } from './tableSpecs.js'

/** One data row of a table: its line in the file and its cells, trimmed, in the table's column order. */
export interface RawRow {
  line: number
  cells: string[]
}

/** One SSDA903 table as read from a file, CSV or XML, before any code or date is interpreted. */
export interface RawTable {
  spec: TableSpec
  file: string
  /** Position of each SSDA903 column present, in a row's cells. */
  columns: Map<string, number>
  rows: RawRow[]
}

/** A cell by SSDA903 column name: '' when the column is absent or the row short. */
export function cellOf(table: RawTable, row: RawRow, column: string): string {
  const i = table.columns.get(column)
  return i === undefined ? '' : (row.cells[i] ?? '')
}
