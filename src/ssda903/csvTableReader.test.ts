import fc from 'fast-check'
import { describe, it } from 'node:test'
import { expect } from 'expect'
import { readCsvTable } from './csvTableReader.js'
import { cellOf } from './rawTable.js'
import { FindingLog } from './findingLog.js'
import { editionFor } from './editions/edition.js'
import { readReturns } from './returnFiles.js'

const read = (text: string | Uint8Array) => {
  const log = new FindingLog()
  const table = readCsvTable(
    typeof text === 'string' ? new TextEncoder().encode(text) : text,
    'x.csv',
    log,
    editionFor(2013),
  )
  return { table, findings: log.findings }
}

const EPISODES = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n'

describe('reading a CSV extract', () => {
  it('recognises a table by its header whatever the file name, case or column order', () => {
    const { table, findings } = read('rne,Child,decom,ls,place,dec,rec\nS,A,01/04/2012,C1,U6,,\n')
    // The six columns of the 2012-13 edition left out are one warning for the file, not one per row or column.
    expect(findings.map((f) => [f.rule, f.row, f.column])).toEqual([['AS016', 1, 'CIN']])
    expect(findings[0]!.message).toContain(
      '(Table Episodes, 2012-13 edition: CIN, PLACE_PROVIDER, REASON_PLACE_CHANGE, HOME_POST, PL_POST.)',
    )
    expect(table!.spec.name).toBe('Episodes')
    expect(cellOf(table!, table!.rows[0]!, 'DECOM')).toBe('01/04/2012')
    expect(cellOf(table!, table!.rows[0]!, 'CHILD')).toBe('A')
  })

  it('accepts a UTF-8 byte order mark and CRLF line ends', () => {
    const { table, findings } = read(
      '\uFEFF' + EPISODES.replace('\n', '\r\n') + 'A,01/04/2012,S,C1,N1,U6,PR1,,,,,,\r\n',
    )
    expect(findings).toEqual([])
    expect(table!.rows).toHaveLength(1)
    expect(cellOf(table!, table!.rows[0]!, 'URN')).toBe('')
  })

  it('reads quoted fields, including commas and doubled quotes, and keeps line numbers right', () => {
    const { table } = read('CHILD,SEX,DOB,ETHNIC,UPN\n"A,1",1,01/01/2010,WBRI,"say ""hi"""\n\nB,2,02/02/2010,WBRI,\n')
    expect(table!.rows.map((r) => [r.line, cellOf(table!, r, 'CHILD')])).toEqual([
      [2, 'A,1'],
      [4, 'B'],
    ])
    expect(cellOf(table!, table!.rows[0]!, 'UPN')).toBe('say "hi"')
  })

  it('reports extra columns and ignores them', () => {
    const { table, findings } = read('CHILD,SEX,DOB,ETHNIC,Notes\nA,1,01/01/2010,WBRI,hello\n')
    expect(findings.map((f) => [f.rule, f.column, f.row])).toEqual([
      ['AS008', 'NOTES', 1],
      ['AS016', 'UPN', 1],
    ])
    expect(table!.columns.has('NOTES')).toBe(false)
  })

  it('recognises tables the scorecard does not use, and says so', () => {
    for (const h of [
      'CHILD,DOB,REVIEW,REVIEW_CODE',
      'CHILD,DOB,MISSING,MIS_START,MIS_END',
      'CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM',
    ]) {
      const { table, findings } = read(h + '\n')
      expect(table).toBeNull()
      expect(findings.map((f) => f.rule)).toEqual(['AS009'])
    }
  })

  it('gives a clear message, not a crash, for files that are not SSDA903 at all', () => {
    expect(read('').findings[0]!.rule).toBe('AS001')
    expect(read('\n\r\n  \n').findings[0]!.rule).toBe('AS001')
    expect(read(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46])).findings[0]!.rule).toBe('AS002')
    expect(read('Adoption data 2012\nCHILD,SEX,DOB,ETHNIC\n').findings[0]).toMatchObject({ rule: 'AS005', row: 2 })
    expect(read('a;b;c\n1;2;3\n').findings[0]!.rule).toBe('AS004')
    expect(read(EPISODES + '"A,01/04/2012\n').findings[0]!.rule).toBe('AS006')
  })

  it('refuses a 200 MB line without reading it as CSV', () => {
    const huge = new Uint8Array(200 * 1024 * 1024).fill(0x61)
    const { table, findings } = read(huge)
    expect(table).toBeNull()
    expect(findings[0]).toMatchObject({ rule: 'AS003', row: 1 })
  })

  it('never throws, whatever the bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (b) => {
        const { findings, table } = read(b)
        expect(table !== null || findings.some((f) => f.severity === 'error' || f.rule === 'AS009')).toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  it('never throws on text that looks almost like an extract (property)', () => {
    const cell = fc.oneof(
      fc.constantFrom('A', '01/04/2012', 'S', 'E1', 'A6', '', '"', '""', ',', '31/02/2012', 'X1'),
      fc.string({ maxLength: 5 }),
    )
    const line = fc.array(cell, { maxLength: 15 }).map((cells) => cells.join(','))
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const text = EPISODES + lines.join(eol)
        expect(() => readReturns([{ path: '850/2013/e.csv', bytes: new TextEncoder().encode(text) }])).not.toThrow()
      }),
      { numRuns: 300 },
    )
  })
})
