import { describe, it } from 'node:test'
import { expect } from 'expect'
import fc from 'fast-check'
import { spreadsheetSafe, writeCsv } from './csvWriter.js'

describe('CSV for spreadsheets', () => {
  it('turns what a spreadsheet would run into text, and leaves numbers and plain text alone', () => {
    expect(
      ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '-14', '+7', '3.5', 'A1', 'bob@x.gov.uk'].map(
        spreadsheetSafe,
      ),
    ).toEqual([
      `'=HYPERLINK("http://x","y")`,
      "'+1+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\t=1",
      '-14',
      '+7',
      '3.5',
      'A1',
      'bob@x.gov.uk',
    ])
    expect(writeCsv([['child'], ['=1+1']])).toBe("child\n'=1+1\n")
  })

  it('never writes a cell that starts a formula (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const safe = spreadsheetSafe(s)
        expect(/^[=+\-@\t\r]/.test(safe) && !/^[+-]?\d+(\.\d+)?$/.test(safe)).toBe(false)
      }),
    )
  })
})
