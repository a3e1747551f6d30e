import { describe, it } from 'node:test'
import { expect } from 'expect'
import fc from 'fast-check'
import { ENGLISH_COUNCILS } from '../domain/englishCouncils.js'
import type { Finding } from '../domain/finding.js'
import type { CouncilRecords } from '../domain/returnRecords.js'
import { readReturns, type ReturnFile } from '../ssda903/returnFiles.js'
import { synthesiseCouncil, XML_FILE, type SynthOptions } from './nationalSynth.js'
import { escapeXml, xmlReturn } from './xmlReturnWriter.js'

const asFiles = (files: Map<string, string>): ReturnFile[] =>
  [...files].map(([path, text]) => ({ path, bytes: new TextEncoder().encode(text) }))

/**
 * Records without where they were read from (file and line), keeping the year. With faults, also without the AD1 and
 * PlacedAdoption DOB: the XML export holds one DOB per child, so a fault in the Header DOB is theirs too.
 */
function withoutPlace(records: CouncilRecords, faults: boolean): unknown {
  const strip = <T extends { child: string; source: { year: number } }>(list: T[]) =>
    list.filter((r) => !injected(r.child)).map((r) => ({ ...r, source: { year: r.source.year } }))
  const noBirth = <T extends { birth: unknown }>(list: T[]) => list.map((r) => ({ ...r, birth: faults ? '' : r.birth }))
  return {
    children: strip(records.children),
    episodes: strip(records.episodes),
    adoptions: noBirth(strip(records.adoptions)),
    decisions: noBirth(strip(records.decisions)),
  }
}

/**
 * Children of the rule faults (`--faults` writes each rule's first hand-worked case, as CSV rows, for a child named
 * <council>F<n>...). Some cannot be said in an XML export (episodes with no Header row, a second AD1 row), so they are
 * left out here; the national synthesis test shows each is found by its rule.
 */
const injected = (child: string): boolean => /^\d{3}F\d+/.test(child)

/** Findings without their file, line and wording (which may cite a file and line), sorted. */
const findingKeys = (findings: Finding[]): string[] =>
  findings
    .filter((f) => !injected(f.child))
    .map((f) => [f.rule, f.severity, f.child, f.column, f.value, f.other].join('|'))
    .sort()

describe('the XML export writer', () => {
  it('escapes text and writes blank items as empty elements', () => {
    expect(escapeXml(`<a & "b"> 'c'`)).toBe('&lt;a &amp; &quot;b&quot;&gt; &apos;c&apos;')
    const xml = xmlReturn([
      {
        table: 'Header',
        file: 'header.csv',
        rows: [
          ['CHILD', 'SEX', 'DOB'],
          ['A&B', '1', ''],
        ],
      },
      { table: 'Episodes', file: 'episodes.csv', rows: [['CHILD', 'DECOM', 'PLACE']] },
      { table: 'AD1', file: 'ad1.csv', rows: [['CHILD', 'DOB', 'DATE_INT']] },
      {
        table: 'PlacedAdoption',
        file: 'placed_adoption.csv',
        rows: [
          ['CHILD', 'DOB', 'DATE_PLACED', 'DATE_PLACED_CEASED'],
          ['A&B', '', '01/02/2010', ''],
        ],
      },
    ])
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<EXPSSDA903>',
        '  <CHILD>',
        '    <HEADER>',
        '      <CHILDID>A&amp;B</CHILDID>',
        '      <SEX>1</SEX>',
        '      <DOB/>',
        '      <AD_PLACED>',
        '        <DATE_PLACED>01/02/2010</DATE_PLACED>',
        '        <DATE_PLACED_CEASED/>',
        '      </AD_PLACED>',
        '    </HEADER>',
        '  </CHILD>',
        '</EXPSSDA903>',
        '',
      ].join('\n'),
    )
  })

  it('writes the same children as the CSV files: read back, the same records and the same findings', () => {
    // Councils, years and seeds at random; sometimes with faults, so the findings are compared too.
    fc.assert(
      fc.property(
        fc.constantFrom(...ENGLISH_COUNCILS),
        fc.integer({ min: 2006, max: 2025 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom(0, 0.05, 0.05),
        (council, first, seed, faultRate) => {
          const options: SynthOptions = {
            councils: [council],
            firstYear: first,
            lastYear: first + 2,
            seed,
            scale: 0.25,
            faultRate,
          }
          const csv = synthesiseCouncil(council, options)
          const xml = synthesiseCouncil(council, { ...options, format: 'xml' })
          expect([...xml.keys()]).toEqual([0, 1, 2].map((i) => `${council.code}/${first + i}/${XML_FILE}`))
          const fromCsv = readReturns(asFiles(csv))
          const fromXml = readReturns(asFiles(xml))
          const faults = faultRate > 0
          expect(withoutPlace(fromXml.councils.get(council.code)!, faults)).toEqual(
            withoutPlace(fromCsv.councils.get(council.code)!, faults),
          )
          expect(findingKeys(fromXml.findings)).toEqual(findingKeys(fromCsv.findings))
        },
      ),
      { numRuns: 12, seed: 20260501 },
    )
  })

  it('gives the same bytes for the same seed', () => {
    const council = ENGLISH_COUNCILS.find((c) => c.code === '850')!
    const options: SynthOptions = {
      councils: [council],
      firstYear: 2015,
      lastYear: 2016,
      seed: 4,
      scale: 0.3,
      faultRate: 0,
      format: 'xml',
    }
    expect([...synthesiseCouncil(council, options)]).toEqual([...synthesiseCouncil(council, options)])
  })
})
