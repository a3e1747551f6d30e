import { describe, it } from 'node:test'
import { expect } from 'expect'
import { loadHistories } from '../journey/councilHistories.js'
import {
  ad1, bytes, cleanReturn, episode, header, placedAdoption, returnFiles, tableCsv, type Tables,
} from '../../test/support/returnFixtures.js'
import type { ReturnFile } from './returnFiles.js'
import { RULES } from './ruleCatalogue.js'

const validate = (files: ReturnFile[]) => loadHistories(files).findings

/** Mutates a clean 2013 return, or replaces its files outright. */
interface RuleCase {
  rule: string
  change?: (t: Tables) => void
  files?: () => ReturnFile[]
  /** Where the finding must point. */
  at?: { file?: string; row?: number; column?: string }
}

const base = () => returnFiles('850', 2013, cleanReturn())
const withFile = (path: string, text: string | Uint8Array): ReturnFile[] => [
  ...base().filter((f) => f.path !== path),
  { path, bytes: typeof text === 'string' ? bytes(text) : text },
]
const EP = '850/2013/episodes.csv'
const episodesText = () => tableCsv('Episodes', cleanReturn().Episodes)

const cases: RuleCase[] = [
  { rule: 'AS001', files: () => withFile(EP, ''), at: { file: EP, row: 0 } },
  { rule: 'AS002', files: () => withFile(EP, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])) },
  { rule: 'AS002', files: () => withFile(EP, new Uint8Array([0x43, 0x48, 0x49, 0x4c, 0x44, 0xff, 0xfe, 0x0a])) },
  { rule: 'AS003', files: () => withFile(EP, episodesText() + 'x'.repeat(70_000) + '\n'), at: { row: 6 } },
  { rule: 'AS004', files: () => withFile(EP, 'name,age\nfred,3\n'), at: { row: 1 } },
  { rule: 'AS005', files: () => withFile(EP, 'Episodes for Hampshire 2012-13\n\n' + episodesText()), at: { row: 3 } },
  { rule: 'AS006', files: () => withFile(EP, episodesText() + '"B,10/10/2012,S\n') },
  { rule: 'AS007', files: () => withFile(EP, episodesText().replace(',LS,', ',LEGAL,')), at: { column: 'LS', row: 1 } },
  { rule: 'AS008', files: () => withFile(EP, episodesText().replace('URN', 'URN,NOTES')), at: { column: 'NOTES' } },
  { rule: 'AS009', files: () => withFile('850/2013/uasc.csv', 'CHILD,SEX,DOB,DUC\nB,1,05/05/2005,\n') },
  { rule: 'AS010', files: () => withFile('850/2013/episodes_copy.csv', episodesText()) },
  { rule: 'AS011', files: () => withFile(EP, episodesText() + 'B,10/10/2011\n'), at: { row: 6 } },
  { rule: 'AS012', files: () => withFile('850/notes.txt', 'hello') },
  { rule: 'AS020', change: (t) => { t.Header[1]!.CHILD = '' }, at: { file: '850/2013/header.csv', row: 3, column: 'CHILD' } },
  { rule: '101', change: (t) => { t.Header[1]!.SEX = '3' }, at: { row: 3, column: 'SEX' } },
  { rule: '102', change: (t) => { t.Header[1]!.DOB = '31/02/2005' }, at: { column: 'DOB' } },
  { rule: '103', change: (t) => { t.Header[1]!.ETHNIC = 'White' }, at: { column: 'ETHNIC' } },
  { rule: '141', change: (t) => { t.Episodes[3]!.DECOM = '10-10-12' }, at: { file: EP, row: 5, column: 'DECOM' } },
  { rule: '143', change: (t) => { t.Episodes[3]!.RNE = 'Q' }, at: { row: 5, column: 'RNE' } },
  { rule: '144', change: (t) => { t.Episodes[3]!.LS = 'Z9' }, at: { column: 'LS' } },
  { rule: '145', change: (t) => { t.Episodes[3]!.CIN = 'N9' }, at: { column: 'CIN' } },
  { rule: '146', change: (t) => { t.Episodes[3]!.PLACE = 'A9' }, at: { column: 'PLACE' } },
  { rule: '147', change: (t) => { Object.assign(t.Episodes[3]!, { DEC: '32/01/2013', REC: 'E8' }) }, at: { column: 'DEC' } },
  { rule: '149', change: (t) => { Object.assign(t.Episodes[3]!, { DEC: '01/01/2013', REC: 'E99' }) }, at: { column: 'REC' } },
  { rule: '178', change: (t) => { t.Episodes[3]!.PLACE_PROVIDER = 'PR9' }, at: { column: 'PLACE_PROVIDER' } },
  { rule: '120', change: (t) => { t.PlacedAdoption[0]!.REASON_PLACED_CEASED = 'RD9' }, at: { column: 'REASON_PLACED_CEASED' } },
  { rule: '175', change: (t) => { t.AD1[0]!.NB_ADOPTR = '3' }, at: { column: 'NB_ADOPTR' } },
  { rule: '176', change: (t) => { t.AD1[0]!.SEX_ADOPTR = 'XX' }, at: { column: 'SEX_ADOPTR' } },
  { rule: '177', change: (t) => { t.AD1[0]!.LS_ADOPTR = 'L9' }, at: { column: 'LS_ADOPTR' } },
  { rule: 'AS021', change: (t) => { t.AD1[0]!.DATE_INT = 'July 2012' }, at: { column: 'DATE_INT' } },
  { rule: 'AS022', change: (t) => { t.AD1[0]!.DATE_MATCH = '' }, at: { column: 'DATE_MATCH' } },
  { rule: 'AS023', change: (t) => { t.PlacedAdoption[0]!.DATE_PLACED = '2012/07/01' }, at: { column: 'DATE_PLACED' } },
  { rule: 'AS024', change: (t) => { t.PlacedAdoption[0]!.DATE_PLACED_CEASED = '15/13/2013' }, at: { column: 'DATE_PLACED_CEASED' } },
  { rule: 'AS025', change: (t) => { t.AD1[0]!.FOSTER_CARE = 'Y' }, at: { column: 'FOSTER_CARE' } },
  { rule: 'AS026', change: (t) => { t.Episodes[3]!.DEC = '01/01/2013' }, at: { row: 5, column: 'REC' } },
  { rule: 'AS027', change: (t) => { t.Episodes[3]!.DECOM = '01/04/2013' }, at: { row: 5, column: 'DECOM' } },
  { rule: 'AS028', change: (t) => { Object.assign(t.Episodes[3]!, { DECOM: '01/01/2012', DEC: '01/03/2012', REC: 'E8' }) }, at: { column: 'DEC' } },
  { rule: 'AS030', change: (t) => { t.Header.push(header('B', '05/05/2005')) }, at: { row: 4, column: 'CHILD' } },
  { rule: 'AS031', change: (t) => { Object.assign(t.Episodes[3]!, { DEC: '01/10/2012', REC: 'E8' }) }, at: { row: 5, column: 'DEC' } },
  { rule: 'AS032', change: (t) => { t.Episodes[1]!.DECOM = '15/07/2012' }, at: { row: 3, column: 'DECOM' } },
  { rule: 'AS033', change: (t) => { t.Episodes[1]!.DECOM = '05/08/2012' }, at: { row: 3, column: 'RNE' } },
  { rule: 'AS034', change: (t) => { t.Episodes[0]!.REC = 'E8' }, at: { row: 3, column: 'RNE' } },
  { rule: 'AS035', change: (t) => { t.Episodes[1]!.RNE = 'S' }, at: { row: 3, column: 'RNE' } },
  { rule: 'AS036', change: (t) => { Object.assign(t.Episodes[3]!, { DEC: '01/01/2013', REC: 'X1' }) }, at: { row: 5, column: 'REC' } },
  { rule: 'AS037', change: (t) => { t.Episodes.push(episode('B', '10/10/2012', 'S', 'V2', 'U4')) }, at: { row: 6, column: 'DECOM' } },
  { rule: 'AS038', change: (t) => { t.Episodes[3]!.RNE = 'P' }, at: { row: 5, column: 'RNE' } },
  { rule: 'AS040', change: (t) => { t.Episodes.push(episode('C', '01/11/2012', 'S', 'V2', 'U6')) }, at: { row: 6, column: 'CHILD' } },
  { rule: 'AS041', change: (t) => { t.Header.push(header('D', '01/01/2008')) }, at: { file: '850/2013/header.csv', row: 4 } },
  { rule: 'AS042', change: (t) => { t.Header[1]!.DOB = '01/01/2013' }, at: { row: 5, column: 'DECOM' } },
  { rule: 'AS043', change: (t) => { t.AD1 = [] }, at: { row: 4, column: 'REC' } },
  { rule: 'AS044', change: (t) => { t.AD1.push(ad1('B', '01/11/2012', '01/12/2012')) }, at: { file: '850/2013/ad1.csv', row: 3 } },
  {
    rule: '551',
    change: (t) => { t.Header.push(header('C', '01/01/2011')); t.Episodes.push(episode('C', '01/05/2012', 'S', 'V2', 'A4')) },
    at: { row: 6, column: 'PLACE' },
  },
  {
    rule: 'AS046',
    change: (t) => {
      t.Header.push(header('C', '01/01/2011'))
      t.Episodes.push(episode('C', '01/05/2012', 'S', 'V2', 'A6'))
      t.PlacedAdoption.push(placedAdoption('C', '01/04/2012'))
    },
    at: { row: 6, column: 'LS' },
  },
  { rule: 'AS047', change: (t) => { t.AD1[0]!.DATE_MATCH = '15/10/2012' }, at: { file: '850/2013/ad1.csv', column: 'DATE_MATCH' } },
  { rule: 'AS048', change: (t) => { t.AD1[0]!.DATE_MATCH = '15/06/2012' }, at: { column: 'DATE_MATCH' } },
  { rule: 'AS049', change: (t) => { t.PlacedAdoption[0]!.DATE_PLACED_CEASED = '01/06/2012' }, at: { column: 'DATE_PLACED_CEASED' } },
  { rule: 'AS050', change: (t) => { t.PlacedAdoption[0]!.REASON_PLACED_CEASED = '' }, at: { column: 'REASON_PLACED_CEASED' } },
  { rule: '553', change: (t) => { t.Episodes[3]!.LS = 'E1' }, at: { row: 5, column: 'LS' } },
  { rule: '335', change: (t) => { t.AD1[0]!.FOSTER_CARE = '1' }, at: { column: 'FOSTER_CARE' } },
  { rule: 'AS053', change: (t) => { t.AD1[0]!.DATE_INT = '20/03/2013' }, at: { column: 'DATE_INT' } },
  { rule: 'AS054', change: (t) => { t.AD1[0]!.DATE_INT = '02/07/2012' }, at: { column: 'DATE_INT' } },
  { rule: 'AS055', change: (t) => { t.Header[1]!.DOB = '01/01/1990' }, at: { row: 5, column: 'DECOM' } },
  { rule: 'AS056', change: (t) => { t.Episodes[2]!.PLACE = 'U6' }, at: { row: 4, column: 'REC' } },
  {
    rule: 'AS057',
    change: (t) => { Object.assign(t.PlacedAdoption[0]!, { DATE_PLACED_CEASED: '01/09/2012', REASON_PLACED_CEASED: 'RD1' }) },
    at: { column: 'REASON_PLACED_CEASED' },
  },
  {
    // The 2012 return holds B's episode open; the 2013 return disagrees on its legal status.
    rule: 'AS060',
    files: () => {
      const t2012: Partial<Tables> = { Header: [header('B', '05/05/2005')], Episodes: [episode('B', '10/10/2011', 'S', 'C1', 'U6')] }
      const t2013 = cleanReturn()
      t2013.Episodes[3] = episode('B', '10/10/2011', 'S', 'V2', 'U6')
      return [...returnFiles('850', 2012, t2012), ...returnFiles('850', 2013, t2013)]
    },
    at: { file: EP, row: 5, column: 'DECOM' },
  },
  {
    rule: 'AS061',
    files: () => [
      ...returnFiles('850', 2012, { Header: [header('E', '05/05/2005')], Episodes: [episode('E', '10/10/2011', 'S', 'V2', 'U6')] }),
      ...base(),
    ],
    at: { file: '850/2012/episodes.csv', row: 2 },
  },
  {
    rule: 'AS062',
    files: () => [
      ...returnFiles('850', 2012, { Header: [header('B', '05/05/2006')], Episodes: [episode('B', '10/10/2011', 'S', 'V2', 'U6')] }),
      ...returnFiles('850', 2013, { ...cleanReturn(), Episodes: [...cleanReturn().Episodes.slice(0, 3), episode('B', '10/10/2011', 'S', 'V2', 'U6')] }),
    ],
    at: { file: '850/2013/header.csv', row: 3 },
  },
]

describe('the clean return', () => {
  it('has no findings at all', () => {
    expect(validate(base())).toEqual([])
  })
})

describe('every validation rule', () => {
  it('has at least one case here', () => {
    const covered = new Set(cases.map((c) => c.rule))
    expect([...RULES.keys()].filter((id) => !covered.has(id))).toEqual([])
  })

  for (const c of cases) {
    it(`${c.rule}: ${RULES.get(c.rule)?.message.slice(0, 60)}`, () => {
      let files: ReturnFile[]
      if (c.files) files = c.files()
      else {
        const t = cleanReturn()
        c.change!(t)
        files = returnFiles('850', 2013, t)
      }
      const findings = validate(files)
      const hits = findings.filter((f) => f.rule === c.rule)
      expect(findings.map((f) => `${f.rule} ${f.file}:${f.row} ${f.column}`)).toContainEqual(expect.stringMatching(new RegExp(`^${c.rule} `)))
      const hit = hits[0]!
      expect(hit.severity).toBe(RULES.get(c.rule)!.severity)
      if (c.at?.file !== undefined) expect(hit.file).toBe(c.at.file)
      if (c.at?.row !== undefined) expect(hit.row).toBe(c.at.row)
      if (c.at?.column !== undefined) expect(hit.column).toBe(c.at.column)
      expect(hit.message.length).toBeGreaterThan(20)
    })
  }
})
