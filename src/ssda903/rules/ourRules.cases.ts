import {
  ad1,
  bytes,
  cleanReturn,
  episode,
  header,
  placedAdoption,
  returnFiles,
  tableCsv,
  type Tables,
} from '../exampleReturn.js'
import type { RuleCase } from './ruleCase.js'
import type { ReturnFile } from '../returnFiles.js'

const EP = '850/2013/episodes.csv'
const base = () => returnFiles('850', 2013, cleanReturn())
const withFile = (path: string, text: string | Uint8Array): ReturnFile[] => [
  ...base().filter((f) => f.path !== path),
  { path, bytes: typeof text === 'string' ? bytes(text) : text },
]
const episodesText = () => tableCsv('Episodes', cleanReturn().Episodes)
const changed = (change: (t: Tables) => void): Tables => {
  const t = cleanReturn()
  change(t)
  return t
}
/** Cases of this product's own rules (AS...), worked out by hand. */
export const OUR_RULE_CASES: readonly RuleCase[] = [
  { rule: 'AS001', name: 'an empty file', files: () => withFile(EP, ''), fires: [{ file: EP, line: 0 }] },
  {
    rule: 'AS001',
    name: 'a file of spaces and line ends is empty too',
    files: () => withFile(EP, ' \r\n\n'),
    fires: [{ file: EP, line: 0 }],
  },
  {
    rule: 'AS002',
    name: 'a picture',
    files: () => withFile(EP, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
    fires: [{ file: EP, line: 0 }],
  },
  {
    rule: 'AS002',
    name: 'bytes that are not UTF-8',
    files: () => withFile(EP, new Uint8Array([0x43, 0x48, 0x49, 0x4c, 0x44, 0xff, 0xfe, 0x0a])),
    fires: [{ file: EP, line: 0 }],
  },
  {
    rule: 'AS003',
    name: 'a line longer than 64 KB',
    files: () => withFile(EP, episodesText() + 'x'.repeat(70_000) + '\n'),
    fires: [{ file: EP, line: 6 }],
  },
  {
    rule: 'AS004',
    name: 'a CSV that is no SSDA903 table',
    files: () => withFile(EP, 'name,age\nfred,3\n'),
    fires: [{ file: EP, line: 1 }],
  },
  {
    rule: 'AS005',
    name: 'a title above the header',
    files: () => withFile(EP, 'Episodes for Hampshire 2012-13\n\n' + episodesText()),
    fires: [{ file: EP, line: 3 }],
  },
  {
    rule: 'AS006',
    name: 'a quote never closed',
    files: () => withFile(EP, episodesText() + '"B,10/10/2012,S\n'),
    fires: [{ file: EP, line: 6 }],
  },
  {
    rule: 'AS007',
    name: 'LS missing from the Episodes header',
    files: () => withFile(EP, episodesText().replace(',LS,', ',LEGAL,')),
    fires: [{ file: EP, line: 1, column: 'LS' }],
  },
  {
    rule: 'AS016',
    name: 'URN missing in 2016-17 is one warning for the file, not one per row',
    year: 2017,
    files: () => [
      {
        path: '850/2017/episodes.csv',
        bytes: bytes(
          'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST\n' +
            'B,10/10/2016,S,V2,N1,U6,PR1,,,,,\nC,10/11/2016,S,V2,N1,U6,PR1,,,,,\n',
        ),
      },
    ],
    fires: [{ file: '850/2017/episodes.csv', line: 1, column: 'URN' }],
  },
  {
    rule: 'AS016',
    name: 'URN is not in the 2012-13 edition, so it is not missing then',
    files: () =>
      withFile(
        EP,
        episodesText()
          .replace(/,URN\n/, '\n')
          .replace(/\n([^\n]*),\n/g, '\n$1\n')
          .replace(/,$/, ''),
      ),
    fires: [],
  },
  {
    rule: 'AS008',
    name: 'a column NOTES that is no SSDA903 column',
    files: () => withFile(EP, episodesText().replace('URN', 'URN,NOTES')),
    fires: [{ file: EP, line: 1, column: 'NOTES' }],
  },
  {
    rule: 'AS009',
    name: 'the UASC table, which the scorecard does not read',
    files: () => withFile('850/2013/uasc.csv', 'CHILD,SEX,DOB,DUC\nB,1,05/05/2005,\n'),
    fires: [{ file: '850/2013/uasc.csv', line: 0 }],
  },
  {
    rule: 'AS010',
    name: 'the Episodes table twice',
    files: () => withFile('850/2013/episodes_copy.csv', episodesText()),
    fires: [{ file: '850/2013/episodes_copy.csv', line: 0 }],
  },
  {
    rule: 'AS011',
    name: 'two short rows are one finding at the first',
    files: () => withFile(EP, episodesText() + 'B,10/10/2011\nB,10/10/2010\n'),
    fires: [{ file: EP, line: 6 }],
  },
  {
    rule: 'AS012',
    name: 'a file outside the council/year layout',
    files: () => withFile('850/notes.txt', 'hello'),
    fires: [{ file: '850/notes.txt', line: 0 }],
  },
  {
    rule: 'AS013',
    name: 'an XML export cut short',
    files: () => [{ path: '850/2013/return.xml', bytes: bytes('<EXPSSDA903>\n<CHILD><HEADER>\n') }],
    fires: [{ file: '850/2013/return.xml', line: 3 }],
  },
  {
    rule: 'AS014',
    name: 'an XML export with a DOCTYPE (entity expansion refused)',
    files: () => [
      {
        path: '850/2013/return.xml',
        bytes: bytes('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaa">]>\n<EXPSSDA903>&a;</EXPSSDA903>'),
      },
    ],
    fires: [{ file: '850/2013/return.xml', line: 2 }],
  },
  {
    rule: 'AS015',
    name: 'an XML file of something else',
    files: () => [{ path: '850/2013/return.xml', bytes: bytes('<CINReturn></CINReturn>') }],
    fires: [{ file: '850/2013/return.xml', line: 1 }],
  },
  {
    rule: 'AS017',
    name: 'CSV and XML in one council-year',
    files: () => [...base(), { path: '850/2013/return.xml', bytes: bytes('<EXPSSDA903></EXPSSDA903>') }],
    fires: [{ file: '850/2013', line: 0 }],
  },
  {
    rule: 'AS018',
    name: 'two XML exports in one council-year',
    files: () => [
      { path: '850/2013/a.xml', bytes: bytes('<EXPSSDA903></EXPSSDA903>') },
      { path: '850/2013/b.xml', bytes: bytes('<EXPSSDA903></EXPSSDA903>') },
    ],
    fires: [{ file: '850/2013', line: 0 }],
  },
  {
    rule: 'AS070',
    name: 'a collection year after 2026-27',
    files: () => returnFiles('850', 2031, cleanReturn()),
    fires: [{ file: '850/2031', line: 0 }],
  },
  {
    rule: 'AS071',
    name: 'a header.csv alone does not replace a year',
    files: () => returnFiles('850', 2013, { Header: cleanReturn().Header }),
    fires: [{ file: '850/2013', line: 0 }],
  },
  {
    rule: 'AS072',
    name: 'a 2012 return filed as 2015',
    files: () => returnFiles('850', 2015, cleanReturn()),
    fires: [{ file: '850/2015', line: 0 }],
  },
  {
    rule: 'AS072',
    name: 'an episode open on 1 April of the year touches it',
    tables: changed((t) => {
      t.Episodes = [episode('B', '10/10/2005', 'S', 'V2', 'Q2', '01/04/2012', 'E4A')]
    }),
    fires: [],
  },
  { rule: 'AS073', name: 'an empty data directory', files: () => [], fires: [{ file: '', line: 0 }] },
  {
    rule: 'AS020',
    name: 'a Header row with no child',
    tables: changed((t) => {
      t.Header[1]!.CHILD = ''
    }),
    fires: [{ table: 'Header', row: 1, column: 'CHILD' }],
  },
  {
    rule: 'AS022',
    name: 'a child id that a spreadsheet would run as a formula',
    tables: changed((t) => {
      t.Header[1]!.CHILD = '=HYPERLINK("http://x","B")'
    }),
    fires: [{ table: 'Header', row: 1, column: 'CHILD' }],
  },
  {
    rule: 'AS022',
    name: 'letters, digits, a dash and a slash are an identifier',
    tables: changed((t) => {
      t.Header[1]!.CHILD = 'HX-2012/0457'
    }),
    fires: [],
  },
  {
    rule: 'AS021',
    name: 'an episode with no legal status',
    tables: changed((t) => {
      t.Episodes[3]!.LS = ''
    }),
    fires: [{ table: 'Episodes', row: 3, column: 'LS' }],
  },
  {
    rule: 'AS027',
    name: 'an episode starting after 31 March',
    tables: changed((t) => {
      t.Episodes[3]!.DECOM = '01/04/2013'
    }),
    fires: [{ table: 'Episodes', row: 3, column: 'DECOM' }],
  },
  {
    rule: 'AS027',
    name: 'an episode starting on 31 March is in the year',
    tables: changed((t) => {
      t.Episodes[3]!.DECOM = '31/03/2013'
    }),
    fires: [],
  },
  {
    rule: 'AS028',
    name: 'an episode ended on 31 March of the year before',
    tables: changed((t) => {
      t.Episodes.push(episode('B', '01/01/2012', 'S', 'V2', 'Q2', '31/03/2012', 'E4A'))
    }),
    fires: [{ table: 'Episodes', row: 4, column: 'DEC' }],
  },
  {
    rule: 'AS030',
    name: 'B twice in the Header table',
    tables: changed((t) => {
      t.Header.push(header('B', '05/05/2005'))
    }),
    fires: [{ table: 'Header', row: 2, column: 'CHILD' }],
  },
  {
    rule: 'AS039',
    name: 'A twice in the AD1 table',
    tables: changed((t) => {
      t.AD1.push(ad1('A', '01/07/2012', '15/09/2012', '0', { DOB: '01/01/2012' }))
    }),
    fires: [{ table: 'AD1', row: 1, column: 'CHILD' }],
  },
  {
    rule: 'AS037',
    name: 'two episodes of B from the same day',
    tables: changed((t) => {
      t.Episodes.push(episode('B', '10/10/2012', 'S', 'V2', 'Q1'))
    }),
    fires: [{ table: 'Episodes', row: 4, column: 'DECOM' }],
  },
  {
    rule: 'AS040',
    name: 'C has episodes but no Header row',
    tables: changed((t) => {
      t.Episodes.push(episode('C', '01/11/2012', 'S', 'V2', 'Q2'))
    }),
    fires: [{ table: 'Episodes', row: 4, column: 'CHILD' }],
  },
  {
    rule: 'AS045',
    name: 'C has a decision to place but no Header row',
    tables: changed((t) => {
      t.PlacedAdoption.push(placedAdoption('C', '01/11/2012'))
    }),
    fires: [{ table: 'PlacedAdoption', row: 1, column: 'CHILD' }],
  },
  {
    rule: 'AS041',
    name: 'D has a Header row but no episode',
    tables: changed((t) => {
      t.Header.push(header('D', '01/01/2008'))
    }),
    fires: [{ table: 'Header', row: 2 }],
  },
  {
    rule: 'AS063',
    name: 'AD1 gives A another date of birth',
    tables: changed((t) => {
      t.AD1[0]!.DOB = '02/01/2012'
    }),
    fires: [{ table: 'AD1', row: 0, column: 'DOB' }],
  },
  {
    rule: 'AS032',
    name: 'this year’s episode of B starts before last year’s, held in last year’s return, ended',
    lastYear: {
      Header: [header('B', '05/05/2005')],
      Episodes: [
        episode('B', '10/10/2011', 'S', 'V2', 'Q2', '01/03/2012', 'X1'),
        episode('B', '01/03/2012', 'P', 'V2', 'Q1'),
      ],
    },
    tables: changed((t) => {
      t.Episodes[3] = episode('B', '15/02/2012', 'P', 'V2', 'Q1')
    }),
    fires: [{ table: 'Episodes', row: 3, column: 'DECOM' }],
  },
  {
    rule: 'AS032',
    name: 'an overlap within one return is left to the Department’s rule 501',
    tables: changed((t) => {
      t.Episodes[3] = episode('B', '10/10/2012', 'S', 'V2', 'Q2', '01/12/2012', 'X1')
      t.Episodes.push(episode('B', '01/11/2012', 'P', 'V2', 'Q1'))
    }),
    fires: [],
  },
  {
    rule: 'AS033',
    name: 'a gap after last year’s return without RNE S',
    lastYear: {
      Header: [header('B', '05/05/2005')],
      Episodes: [episode('B', '10/10/2011', 'S', 'V2', 'Q2', '01/02/2012', 'X1')],
    },
    tables: changed((t) => {
      t.Episodes[3] = episode('B', '10/10/2012', 'P', 'V2', 'Q2')
    }),
    fires: [{ table: 'Episodes', row: 3, column: 'RNE' }],
  },
  {
    rule: 'AS034',
    name: 'last year’s period ended, this year’s episode is not RNE S',
    lastYear: {
      Header: [header('B', '05/05/2005')],
      Episodes: [episode('B', '10/10/2011', 'S', 'V2', 'Q2', '10/10/2012', 'E4A')],
    },
    tables: changed((t) => {
      t.Episodes[3] = episode('B', '10/10/2012', 'P', 'V2', 'Q2')
    }),
    fires: [{ table: 'Episodes', row: 3, column: 'RNE' }],
  },
  {
    rule: 'AS035',
    name: 'last year’s episode ended X1 and this year’s episode that day says RNE S',
    lastYear: {
      Header: [header('B', '05/05/2005')],
      Episodes: [episode('B', '10/10/2011', 'S', 'V2', 'Q2', '10/10/2012', 'X1')],
    },
    tables: changed((t) => {
      t.Episodes[3] = episode('B', '10/10/2012', 'S', 'V2', 'Q1')
    }),
    fires: [{ table: 'Episodes', row: 3, column: 'RNE' }],
  },
  {
    rule: 'AS036',
    name: 'last year ended with X1 and this year holds no episode that day',
    lastYear: {
      Header: [header('B', '05/05/2005')],
      Episodes: [episode('B', '10/10/2011', 'S', 'V2', 'Q2', '01/03/2012', 'X1')],
    },
    tables: changed((t) => {
      t.Episodes[3] = episode('B', '10/10/2012', 'S', 'V2', 'Q2')
    }),
    fires: [{ table: 'Episodes', row: 0, column: 'REC', lastYear: true }],
  },
  {
    rule: 'AS038',
    name: 'B’s period of care began before the earliest return loaded: one finding for the council',
    tables: changed((t) => {
      t.Episodes[3]!.RNE = 'P'
    }),
    fires: [{ file: '850/2013', line: 0 }],
  },
  {
    rule: 'AS060',
    name: 'last year and this year disagree on B’s legal status',
    lastYear: { Header: [header('B', '05/05/2005')], Episodes: [episode('B', '10/10/2011', 'S', 'C1', 'U6')] },
    tables: changed((t) => {
      t.Episodes[3] = episode('B', '10/10/2011', 'S', 'V2', 'Q2')
    }),
    fires: [{ table: 'Episodes', row: 3, column: 'DECOM' }],
  },
  {
    rule: 'AS061',
    name: 'B’s episode open last year is missing this year',
    lastYear: { Header: [header('E', '05/05/2005')], Episodes: [episode('E', '10/10/2011', 'S', 'V2', 'Q2')] },
    tables: cleanReturn(),
    fires: [{ table: 'Episodes', row: 0, lastYear: true }],
  },
  {
    rule: 'AS062',
    name: 'returns two years apart give B different dates of birth',
    files: () => [
      ...returnFiles('850', 2011, {
        Header: [header('B', '05/05/2006')],
        Episodes: [episode('B', '10/10/2010', 'S', 'V2', 'Q2')],
      }),
      ...returnFiles(
        '850',
        2013,
        changed((t) => {
          t.Episodes[3] = episode('B', '10/10/2010', 'S', 'V2', 'Q2')
        }),
      ),
    ],
    fires: [{ file: '850/2013/header.csv', line: 3 }],
  },
  {
    rule: 'AS062',
    name: 'returns a year apart are left to the Department’s rule 203',
    lastYear: { Header: [header('B', '05/05/2006')], Episodes: [episode('B', '10/10/2011', 'S', 'V2', 'Q2')] },
    tables: changed((t) => {
      t.Episodes[3] = episode('B', '10/10/2011', 'S', 'V2', 'Q2')
    }),
    fires: [],
  },
]
