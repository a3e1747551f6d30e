import { describe, it } from 'node:test'
import { expect } from 'expect'
import fc from 'fast-check'
import { FindingLog } from './findingLog.js'
import { cellOf, type RawTable } from './rawTable.js'
import { looksLikeXml, readXmlReturn, readXmlWith } from './xmlReturnReader.js'

const EXPORT = `<?xml version="1.0" encoding="UTF-8"?>
<EXPSSDA903>
  <CHILD>
    <HEADER>
      <CHILDID>A1</CHILDID><SEX>1</SEX><DOB>01/01/2012</DOB><ETHNIC>WBRI</ETHNIC><UPN>UN1</UPN>
      <MOTHER/><MC_DOB/>
      <DATE_INT>01/07/2012</DATE_INT><DATE_MATCH>15/09/2012</DATE_MATCH><FOSTER_CARE>0</FOSTER_CARE>
      <NB_ADOPTR>2</NB_ADOPTR><SEX_ADOPTR>MF</SEX_ADOPTR><LS_ADOPTR>L11</LS_ADOPTR>
      <AD_PLACED>
        <DATE_PLACED>01/07/2012</DATE_PLACED><DATE_PLACED_CEASED/><REASON_PLACED_CEASED/>
      </AD_PLACED>
      <AREVIEW><REVIEW>01/06/2012</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW>
    </HEADER>
    <EPISODE>
      <DECOM>01/04/2012</DECOM><RNE>S</RNE><LS>C1</LS><CIN>N1</CIN><PL>Q2</PL><PLACE_PROVIDER>PR1</PLACE_PROVIDER>
      <DEC>15/03/2013</DEC><REC>E11</REC><REASON_PLACE_CHANGE/><HOME_POST/><PL_POST/><URN/>
    </EPISODE>
  </CHILD>
  <CHILD>
    <HEADER><CHILDID>B2</CHILDID><SEX>2</SEX><DOB>05/05/2005</DOB><ETHNIC>BAFR</ETHNIC><UASC/></HEADER>
    <EPISODE><DECOM>10/10/2012</DECOM><RNE>S</RNE><LS>V2</LS><PL>Q1</PL></EPISODE>
  </CHILD>
</EXPSSDA903>
`
const read = (text: string | Uint8Array) => {
  const log = new FindingLog()
  const tables = readXmlReturn(typeof text === 'string' ? new TextEncoder().encode(text) : text, 'r.xml', log)
  return { tables, findings: log.findings }
}
const rows = (t: RawTable, columns: string[]) => t.rows.map((r) => [r.line, ...columns.map((c) => cellOf(t, r, c))])

describe('reading the XML export', () => {
  it('reads each CHILD into the Header, Episodes, AD1 and PlacedAdoption tables, with the line of each element', () => {
    const { tables, findings } = read(EXPORT)
    expect(findings).toEqual([])
    const [header, episodes, ad1, placed] = tables!
    expect(rows(header!, ['CHILD', 'SEX', 'DOB', 'UPN', 'MOTHER'])).toEqual([
      [3, 'A1', '1', '01/01/2012', 'UN1', ''],
      [19, 'B2', '2', '05/05/2005', '', ''],
    ])
    // PL is read as PLACE; B2's missing elements are blank.
    expect(rows(episodes!, ['CHILD', 'DECOM', 'PLACE', 'REC', 'CIN'])).toEqual([
      [14, 'A1', '01/04/2012', 'Q2', 'E11', 'N1'],
      [21, 'B2', '10/10/2012', 'Q1', '', ''],
    ])
    // Only A1 has AD1 items; the AD1 row takes its DOB from the HEADER and its line from DATE_INT.
    expect(rows(ad1!, ['CHILD', 'DOB', 'DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'LS_ADOPTR'])).toEqual([
      [7, 'A1', '01/01/2012', '01/07/2012', '15/09/2012', '0', 'L11'],
    ])
    expect(rows(placed!, ['CHILD', 'DOB', 'DATE_PLACED', 'DATE_PLACED_CEASED'])).toEqual([
      [9, 'A1', '01/01/2012', '01/07/2012', ''],
    ])
  })

  it('tells XML from CSV by the first character', () => {
    expect(looksLikeXml(new TextEncoder().encode('\uFEFF\n  <EXPSSDA903/>'))).toBe(true)
    expect(looksLikeXml(new TextEncoder().encode('CHILD,SEX\n'))).toBe(false)
  })

  it('reports an element that is not part of the return once, and reads the rest', () => {
    const { tables, findings } = read(EXPORT.replace('<UASC/>', '<NICKNAME>Bee</NICKNAME><NICKNAME>B</NICKNAME>'))
    expect(findings.map((f) => [f.rule, f.row, f.column])).toEqual([['AS008', 20, 'NICKNAME']])
    expect(tables![0]!.rows).toHaveLength(2)
  })

  it('makes malformed XML one finding with its line and column, and reads nothing', () => {
    // A1's </CHILD> left out: lines 18 on move up one, and </EXPSSDA903> (now line 22) closes an open CHILD.
    const { tables, findings } = read(EXPORT.replace('</EPISODE>\n  </CHILD>\n  <CHILD>', '</EPISODE>\n  <CHILD>'))
    expect(tables).toBeNull()
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ rule: 'AS013', file: 'r.xml', row: 22, severity: 'error' })
    expect(findings[0]!.message).toMatch(/Line 22, column \d+: /)
  })

  it('refuses a DOCTYPE and never expands an entity', () => {
    const bomb =
      '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>\n' +
      '<EXPSSDA903><CHILD><HEADER><CHILDID>&b;</CHILDID></HEADER></CHILD></EXPSSDA903>'
    const { tables, findings } = read(bomb)
    expect(tables).toBeNull()
    expect(findings.map((f) => [f.rule, f.row])).toEqual([['AS014', 2]])
  })

  it('reads the encoding its declaration names', () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><EXPSSDA903><CHILD><HEADER><CHILDID>'),
      0xa3, // £ in ISO-8859-1
      ...new TextEncoder().encode('1</CHILDID></HEADER></CHILD></EXPSSDA903>'),
    ])
    const { tables, findings } = read(latin1)
    expect(findings).toEqual([])
    expect(cellOf(tables![0]!, tables![0]!.rows[0]!, 'CHILD')).toBe('£1')
  })

  it('never throws, whatever the bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        read(bytes)
      }),
    )
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('<EXPSSDA903>', '<CHILD>', '</CHILD>', '<HEADER>', '<EPISODE>', '<PL>', '&', 'x', '<'),
        ),
        (parts) => {
          const { tables, findings } = read(parts.join(''))
          expect(tables !== null || findings.length > 0).toBe(true)
        },
      ),
    )
  })

  it('reads a document the same with the fast reader as with the general parser, however spoiled (property)', () => {
    // Spoil the export: insert tokens a real file might hold, or a slip, at random places, or cut a piece out.
    const token = fc.constantFrom('<', '>', '&', '&amp;', '\r', '\r\n', '\n', ' ', 'é', '\u0000', '<!-- c -->')
    const spoil = fc.oneof(
      fc.record({ at: fc.nat(), insert: token }),
      fc.record({ at: fc.nat(), insert: fc.constantFrom('<![CDATA[x]]>', ' a="1"', '/', ']]>', '<?pi?>', '</CHILD>') }),
      fc.record({ at: fc.nat(), cut: fc.integer({ min: 1, max: 12 }) }),
    )
    const general = (bytes: Uint8Array) => {
      const log = new FindingLog()
      return { tables: readXmlWith('general', bytes, 'r.xml', log), findings: log.findings }
    }
    fc.assert(
      fc.property(fc.array(spoil, { maxLength: 3 }), (spoils) => {
        let text = EXPORT
        for (const s of spoils) {
          const at = s.at % (text.length + 1)
          text =
            'insert' in s ? text.slice(0, at) + s.insert + text.slice(at) : text.slice(0, at) + text.slice(at + s.cut)
        }
        const bytes = new TextEncoder().encode(text)
        expect(read(bytes)).toEqual(general(bytes))
      }),
      { numRuns: 400 },
    )
  })
})
