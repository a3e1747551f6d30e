import type { Finding } from '../../src/domain/finding.js'
import { readReturns } from '../../src/ssda903/returnFiles.js'
import { caseFiles, CASE_COUNCIL, CASE_YEAR, type RuleCase } from '../../src/ssda903/rules/ruleCase.js'
import { FILE_OF } from '../../src/ssda903/exampleReturn.js'

export * from '../../src/ssda903/rules/ruleCase.js'

/** Every finding of the rule the case is about, when its files are read and checked. */
export function ruleFindings(c: RuleCase): Finding[] {
  return readReturns(caseFiles(c)).findings.filter((f) => f.rule === c.rule)
}

const place = (file: string, line: number, column?: string) => `${file}:${line}${column ? ` ${column}` : ''}`

/** Where the case says the rule fires, and where it did, as comparable lists of "file:line column". */
export function expectedAndActual(c: RuleCase): { expected: string[]; actual: string[] } {
  const council = c.council ?? CASE_COUNCIL
  const year = c.year ?? CASE_YEAR
  const withColumn = new Set<string>()
  const expected = c.fires.map((h) => {
    if ('file' in h) {
      if (h.column) withColumn.add(h.file)
      return place(h.file, h.line, h.column)
    }
    const file = `${council}/${h.lastYear ? year - 1 : year}/${FILE_OF[h.table]}`
    if (h.column) withColumn.add(file)
    return place(file, h.row + 2, h.column)
  })
  const lastYearPrefix = `${council}/${year - 1}/`
  const lookAtLastYear = c.fires.some((h) => 'lastYear' in h && h.lastYear === true)
  const actual = ruleFindings(c)
    .filter((f) => c.files !== undefined || lookAtLastYear || !f.file.startsWith(lastYearPrefix))
    .map((f) => place(f.file, f.row, withColumn.has(f.file) ? f.column : undefined))
  return { expected: [...new Set(expected)].sort(), actual: [...new Set(actual)].sort() }
}
