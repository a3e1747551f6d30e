import { cleanReturn, episode, header, placedAdoption, type Row, type Tables } from '../exampleReturn.js'
import type { Hit, RuleCase } from './ruleCase.js'

/** Last year's return as the cases give it: Header, Episodes and PlacedAdoption. */
interface LastYear {
  Header: Row[]
  Episodes: Row[]
  PlacedAdoption: Row[]
}

/** The two years of a case. */
interface TwoYears {
  year: number
  tables: Tables
  lastYear: Partial<Tables>
}

/** Child C's rows: row 2 of this year's Header, row 4 of this year's Episodes, row 0 of last year's tables. */
const C_HEADER = 2
const C_EPISODE = 4

/**
 * The clean return of `year` with child C, born 3 March 2003 and looked after since 1 June two years before the
 * collection year ends (2011 for 2013), in a residential home; and last year's return, holding C's episode open at
 * 31 March and the same Header row. PlacedAdoption last year holds a decision for Z, a child not in this year's
 * return, so that the table is there. No rule of this group fires on it. `change` then alters either year.
 */
function twoYears(year = 2013, change?: (now: Tables, last: LastYear) => void): TwoYears {
  const sex = (y: number) => (y >= 2025 ? 'M' : '1')
  const cHeader = (y: number) => header('C', '03/03/2003', { SEX: sex(y) })
  const cEpisode = () => episode('C', `01/06/${year - 2}`, 'S', 'C2', 'R1')
  const tables = cleanReturn(year)
  tables.Header.push(cHeader(year))
  tables.Episodes.push(cEpisode())
  const last: LastYear = {
    Header: [cHeader(year - 1)],
    Episodes: [cEpisode()],
    PlacedAdoption: [placedAdoption('Z', `01/02/${year - 2}`)],
  }
  change?.(tables, last)
  return { year, tables, lastYear: last }
}

/** C's Header row this year, changed. */
const cHeaderNow = (t: Tables, extra: Row) => Object.assign(t.Header[C_HEADER]!, extra)
/** C's Header row last year, changed. */
const cHeaderLast = (l: LastYear, extra: Row) => Object.assign(l.Header[0]!, extra)
/** C's Header cells this year and last year. */
const cHeaders = (now: Row, last: Row) => (t: Tables, l: LastYear) => {
  cHeaderNow(t, now)
  cHeaderLast(l, last)
}

const at = (table: 'Header' | 'Episodes' | 'PlacedAdoption', row: number, column: string): Hit[] => [
  { table, row, column },
]
const cHeaderHit = (column: string) => at('Header', C_HEADER, column)
const cEpisodeHit = (column: string) => at('Episodes', C_EPISODE, column)

/** A case of one of the Header rules: C's cells this year and last year. */
const headerCase = (rule: string, name: string, now: Row, last: Row, column: string, fires: boolean): RuleCase => ({
  rule,
  name,
  ...twoYears(2013, cHeaders(now, last)),
  fires: fires ? cHeaderHit(column) : [],
})

/** A case of 503A-F: C's first episode this year and C's episode open at the end of last year, with cells set. */
const firstEpisodeCase = (
  rule: string,
  name: string,
  now: Row,
  last: Row,
  fires: boolean,
  column: string,
  year = 2013,
): RuleCase => ({
  rule,
  name,
  ...twoYears(year, (t, l) => {
    Object.assign(t.Episodes[C_EPISODE]!, now)
    Object.assign(l.Episodes[0]!, last)
  }),
  fires: fires ? cEpisodeHit(column) : [],
})

/**
 * Rule 208: children D0, D1, ... in both years' Header with the UPN of each pair (last year, this year). The rows
 * follow the clean return's A and B, so child Dn is row n + 2.
 */
const upnChanges = (pairs: [string, string][]): TwoYears =>
  twoYears(2013, (t, l) => {
    t.Header = t.Header.slice(0, 2)
    l.Header = []
    pairs.forEach(([before, now], i) => {
      t.Header.push(header(`D${i}`, '03/03/2003', { UPN: now }))
      l.Header.push(header(`D${i}`, '03/03/2003', { UPN: before }))
    })
  })

/** C's PlacedAdoption rows this year (after A's row 0) and last year (after Z's row 0). */
const decisions =
  (now: Row[], last: Row[]) =>
  (t: Tables, l: LastYear): void => {
    t.PlacedAdoption.push(...now)
    l.PlacedAdoption.push(...last)
  }
const cDecisionHits = (...rows: number[]): Hit[] => rows.map((row) => ({ table: 'PlacedAdoption', row }))

/** C's episodes this year (replacing row 4) and last year (replacing C's open one). */
const cEpisodes =
  (now: Row[], last: Row[]) =>
  (t: Tables, l: LastYear): void => {
    t.Episodes.splice(C_EPISODE, 1, ...now)
    l.Episodes = last
  }

export const DFE_LAST_YEAR_RULE_CASES: readonly RuleCase[] = [
  // 199: episodes after an adoption, in either year
  {
    rule: '199',
    name: 'fires on an episode after one that ended in adoption last year, a second adoption included',
    // C was adopted on 01/12/2011 (E11, last year) and returns to care on 10/10/2012, adopted again (E12).
    ...twoYears(
      2013,
      cEpisodes(
        [episode('C', '10/10/2012', 'S', 'C2', 'A6', '20/03/2013', 'E12')],
        [episode('C', '01/06/2011', 'S', 'C2', 'A6', '01/12/2011', 'E11')],
      ),
    ),
    fires: cEpisodeHit('CHILD'),
  },
  {
    rule: '199',
    name: 'passes the adoption episode itself, open last year and ending E11 this year (the same start)',
    ...twoYears(
      2013,
      cEpisodes(
        [episode('C', '01/06/2011', 'S', 'C2', 'A6', '15/03/2013', 'E11')],
        [episode('C', '01/06/2011', 'S', 'C2', 'A6')],
      ),
    ),
    fires: [],
  },
  {
    rule: '199',
    name: 'without last year, fires on an episode after this year’s adoption',
    // A is adopted on 15/03/2013 (row 2, E11) and back in care on 20/03/2013 (row 4).
    tables: (() => {
      const t = cleanReturn()
      t.Episodes.push(episode('A', '20/03/2013', 'S', 'C2', 'Q2'))
      return t
    })(),
    fires: [{ table: 'Episodes', row: 4, column: 'CHILD' }],
  },
  {
    rule: '199',
    name: 'passes a child adopted after this episode began (the clean return: A adopted on 15/03/2013)',
    ...twoYears(),
    fires: [],
  },

  // 202: sex, by meaning across the recoding of 2024-25
  headerCase('202', 'fires on 2 after 1', { SEX: '2' }, { SEX: '1' }, 'SEX', true),
  headerCase('202', 'passes the same code', { SEX: '2' }, { SEX: '2' }, 'SEX', false),
  headerCase('202', 'passes a blank in both years', { SEX: '' }, { SEX: '' }, 'SEX', false),
  headerCase('202', 'fires on a blank after 1', { SEX: '' }, { SEX: '1' }, 'SEX', true),
  {
    rule: '202',
    name: 'passes M in 2024-25 after 1 in 2023-24 (both male)',
    ...twoYears(2025),
    fires: [],
  },
  {
    rule: '202',
    name: 'fires on F in 2024-25 after 1 in 2023-24',
    ...twoYears(2025, cHeaders({ SEX: 'F' }, { SEX: '1' })),
    fires: cHeaderHit('SEX'),
  },
  {
    rule: '202',
    name: 'fires on U (unknown) in 2024-25 after 2 in 2023-24',
    ...twoYears(2025, cHeaders({ SEX: 'U' }, { SEX: '2' })),
    fires: cHeaderHit('SEX'),
  },
  {
    rule: '202',
    name: 'passes F in 2025-26 after F in 2024-25',
    ...twoYears(2026, cHeaders({ SEX: 'F' }, { SEX: 'F' })),
    fires: [],
  },

  // 203: date of birth
  headerCase('203', 'fires on a day later', { DOB: '04/03/2003' }, { DOB: '03/03/2003' }, 'DOB', true),
  headerCase(
    '203',
    'passes the same date written differently',
    { DOB: '3/3/2003' },
    { DOB: '03/03/2003' },
    'DOB',
    false,
  ),
  headerCase('203', 'fires on a blank after a date', { DOB: '' }, { DOB: '03/03/2003' }, 'DOB', true),
  headerCase('203', 'passes a blank in both years', { DOB: '' }, { DOB: '' }, 'DOB', false),

  // 204: ethnicity
  headerCase('204', 'fires on WIRI after WBRI', { ETHNIC: 'WIRI' }, { ETHNIC: 'WBRI' }, 'ETHNIC', true),
  headerCase('204', 'passes the same code in lower case', { ETHNIC: 'wbri' }, { ETHNIC: 'WBRI' }, 'ETHNIC', false),
  headerCase('204', 'fires on a blank after WBRI', { ETHNIC: '' }, { ETHNIC: 'WBRI' }, 'ETHNIC', true),
  headerCase('204', 'passes a blank in both years', { ETHNIC: '' }, { ETHNIC: '' }, 'ETHNIC', false),

  // 207: mother status
  headerCase('207', 'fires on 0 after 1', { SEX: '2', MOTHER: '0' }, { SEX: '2', MOTHER: '1' }, 'MOTHER', true),
  headerCase('207', 'fires on a blank after 1', { SEX: '2', MOTHER: '' }, { SEX: '2', MOTHER: '1' }, 'MOTHER', true),
  headerCase('207', 'passes 1 after 0', { SEX: '2', MOTHER: '1' }, { SEX: '2', MOTHER: '0' }, 'MOTHER', false),
  headerCase('207', 'passes 1 after 1', { SEX: '2', MOTHER: '1' }, { SEX: '2', MOTHER: '1' }, 'MOTHER', false),
  {
    rule: '207',
    name: 'passes a child with no episode this year',
    ...twoYears(2013, (t, l) => {
      cHeaders({ SEX: '2', MOTHER: '0' }, { SEX: '2', MOTHER: '1' })(t, l)
      t.Episodes.splice(C_EPISODE, 1)
    }),
    fires: [],
  },

  // 208: UPN
  {
    rule: '208',
    name: 'passes the changes allowed: blank or UN1 to UN2-UN5, blank to UN1, blank or UN1-UN5 to a UPN',
    ...upnChanges([
      ['', 'UN1'], // the validator fires on this one; the Department means to allow it
      ['UN1', 'UN2'],
      ['', 'UN5'],
      ['UN1', 'A123456789012'],
      ['UN4', 'A123456789012'],
      ['', 'A123456789012'],
      ['UN2', 'UN2'],
      ['A123456789012', 'A123456789012'],
      ['', ''],
    ]),
    fires: [],
  },
  {
    rule: '208',
    name: 'fires on a UPN changed or lost, UN2-UN5 changed, UN1 lost',
    ...upnChanges([
      ['A123456789012', 'B123456789012'],
      ['A123456789012', 'UN1'],
      ['A123456789012', ''],
      ['UN2', 'UN3'],
      ['UN3', 'UN1'],
      ['UN2', ''],
      ['UN1', ''],
    ]),
    fires: [2, 3, 4, 5, 6, 7, 8].flatMap((row) => at('Header', row, 'UPN')),
  },
  headerCase('208', 'passes a lower-case UPN the same as last year’s', { UPN: 'un3' }, { UPN: 'UN3' }, 'UPN', false),

  // 502: the start of the episode open at the end of last year
  {
    rule: '502',
    name: 'passes the open episode carried over with its start',
    ...twoYears(),
    fires: [],
  },
  {
    rule: '502',
    name: 'fires when this year’s first episode starts a day after the open one',
    ...twoYears(2013, (t) => Object.assign(t.Episodes[C_EPISODE]!, { DECOM: '02/06/2011' })),
    fires: cEpisodeHit('DECOM'),
  },
  {
    rule: '502',
    name: 'passes when last year’s episodes ended (nothing open)',
    ...twoYears(2013, (t, l) => {
      Object.assign(l.Episodes[0]!, { DEC: '01/03/2012', REC: 'E4A' })
      Object.assign(t.Episodes[C_EPISODE]!, { DECOM: '01/05/2012' })
    }),
    fires: [],
  },
  {
    rule: '502',
    name: 'compares only this year’s first episode',
    // C's first episode this year is the open one (01/06/2011); the next, from 01/09/2012, is new.
    ...twoYears(
      2013,
      cEpisodes(
        [episode('C', '01/06/2011', 'S', 'C2', 'R1', '01/09/2012', 'X1'), episode('C', '01/09/2012', 'P', 'C2', 'R2')],
        [episode('C', '01/06/2011', 'S', 'C2', 'R1')],
      ),
    ),
    fires: [],
  },

  // 503A-503F: the first episode against last year's open final episode
  firstEpisodeCase('503A', 'fires on RNE P after S', { RNE: 'P' }, {}, true, 'RNE'),
  firstEpisodeCase('503A', 'passes the same RNE', {}, {}, false, 'RNE'),
  firstEpisodeCase(
    '503A',
    'passes when last year’s final episode ended',
    { RNE: 'P' },
    { DEC: '01/03/2012', REC: 'X1' },
    false,
    'RNE',
  ),
  firstEpisodeCase('503B', 'fires on LS E1 after C2', { LS: 'E1' }, {}, true, 'LS'),
  firstEpisodeCase('503B', 'passes the same LS', {}, {}, false, 'LS'),
  firstEpisodeCase('503B', 'fires on a blank LS after C2', { LS: '' }, {}, true, 'LS'),
  firstEpisodeCase('503C', 'fires on CIN N2 after N1', { CIN: 'N2' }, {}, true, 'CIN'),
  firstEpisodeCase('503C', 'passes a blank CIN in both years', { CIN: '' }, { CIN: '' }, false, 'CIN'),
  firstEpisodeCase('503D', 'fires on PLACE R2 after R1', { PLACE: 'R2' }, {}, true, 'PLACE'),
  firstEpisodeCase('503D', 'passes the same PLACE', {}, {}, false, 'PLACE'),
  firstEpisodeCase('503D', 'passes K3 after H5 in 2024-25', { PLACE: 'K3' }, { PLACE: 'H5' }, false, 'PLACE', 2025),
  firstEpisodeCase('503D', 'fires on P1 after H5 in 2024-25', { PLACE: 'P1' }, { PLACE: 'H5' }, true, 'PLACE', 2025),
  firstEpisodeCase(
    '503D',
    'fires on K3 after H5 in 2023-24 (the Department: 2024-25 only)',
    { PLACE: 'K3' },
    { PLACE: 'H5' },
    true,
    'PLACE',
    2024,
  ),
  firstEpisodeCase('503D', 'passes Z12 after Z1 in 2025-26', { PLACE: 'Z12' }, { PLACE: 'Z1' }, false, 'PLACE', 2026),
  // U1-U6 replaced Q1/Q2: the same foster placement recoded is no change in 2014-15 and 2015-16.
  firstEpisodeCase('503D', 'passes U4 after Q2 in 2014-15', { PLACE: 'U4' }, { PLACE: 'Q2' }, false, 'PLACE', 2015),
  firstEpisodeCase('503D', 'fires on U1 after Q2 in 2014-15', { PLACE: 'U1' }, { PLACE: 'Q2' }, true, 'PLACE', 2015),
  firstEpisodeCase(
    '503D',
    'fires on Z12 after Z11 in 2025-26',
    { PLACE: 'Z12' },
    { PLACE: 'Z11' },
    true,
    'PLACE',
    2026,
  ),
  {
    rule: '503D',
    name: 'compares with last year’s final episode, not an earlier one',
    // Last year C moved from Q2 to R1 on 01/09/2011; R1 is open at 31 March and continues this year.
    ...twoYears(
      2013,
      cEpisodes(
        [episode('C', '01/09/2011', 'P', 'C2', 'R1')],
        [episode('C', '01/06/2011', 'S', 'C2', 'Q2', '01/09/2011', 'X1'), episode('C', '01/09/2011', 'P', 'C2', 'R1')],
      ),
    ),
    fires: [],
  },
  firstEpisodeCase('503E', 'fires on PR2 after PR1', { PLACE_PROVIDER: 'PR2' }, {}, true, 'PLACE_PROVIDER'),
  firstEpisodeCase('503E', 'passes the same provider', {}, {}, false, 'PLACE_PROVIDER'),
  firstEpisodeCase(
    '503F',
    'fires on another URN (2016-17, its first year)',
    { URN: 'SC654321' },
    { URN: 'SC123456' },
    true,
    'URN',
    2017,
  ),
  firstEpisodeCase('503F', 'passes the same URN', { URN: 'SC123456' }, { URN: 'SC123456' }, false, 'URN', 2017),
  firstEpisodeCase('503F', 'fires on a blank URN after one', { URN: '' }, { URN: 'SC123456' }, true, 'URN', 2017),
  firstEpisodeCase('503F', 'passes a blank URN in both years', {}, {}, false, 'URN', 2017),
  firstEpisodeCase(
    '503F',
    'does not run in 2015-16, when last year’s return had no URN',
    { URN: 'SC123456' },
    {},
    false,
    'URN',
    2016,
  ),

  // 559: a decision before this year must be in last year's PlacedAdoption
  {
    rule: '559',
    name: 'passes a decision of 01/02/2012 that last year’s return holds',
    ...twoYears(2013, decisions([placedAdoption('C', '01/02/2012')], [placedAdoption('C', '01/02/2012')])),
    fires: [],
  },
  {
    rule: '559',
    name: 'fires on a decision of 31/03/2012 that last year’s return does not hold',
    ...twoYears(2013, decisions([placedAdoption('C', '31/03/2012')], [])),
    fires: cDecisionHits(1),
  },
  {
    rule: '559',
    name: 'fires when last year’s row has a blank DATE_PLACED',
    ...twoYears(2013, decisions([placedAdoption('C', '01/02/2012')], [placedAdoption('C', '')])),
    fires: cDecisionHits(1),
  },
  {
    rule: '559',
    name: 'passes a decision on 01/04/2012, the first day of the year',
    ...twoYears(2013, decisions([placedAdoption('C', '01/04/2012')], [])),
    fires: [],
  },
  {
    rule: '559',
    name: 'does not run when last year’s return has no PlacedAdoption table',
    ...twoYears(2013, (t, l) => {
      t.PlacedAdoption.push(placedAdoption('C', '01/02/2012'))
      delete (l as Partial<LastYear>).PlacedAdoption
    }),
    fires: [],
  },

  // 560: a decision open last year keeps its date
  {
    rule: '560',
    name: 'passes the open decision carried over with its date',
    ...twoYears(2013, decisions([placedAdoption('C', '01/02/2012')], [placedAdoption('C', '01/02/2012')])),
    fires: [],
  },
  {
    rule: '560',
    name: 'fires on a date a day later',
    ...twoYears(2013, decisions([placedAdoption('C', '02/02/2012')], [placedAdoption('C', '01/02/2012')])),
    fires: cDecisionHits(1),
  },
  {
    rule: '560',
    name: 'fires on a blank date',
    ...twoYears(2013, decisions([placedAdoption('C', '')], [placedAdoption('C', '01/02/2012')])),
    fires: cDecisionHits(1),
  },
  {
    rule: '560',
    name: 'passes a new decision this year beside the old one ceased this year (the validator fires)',
    ...twoYears(
      2013,
      decisions(
        [placedAdoption('C', '01/02/2012', '01/06/2012', 'RD1'), placedAdoption('C', '01/12/2012')],
        [placedAdoption('C', '01/02/2012')],
      ),
    ),
    fires: [],
  },
  {
    rule: '560',
    name: 'passes another date when last year’s decision had ceased (rule 584’s case)',
    ...twoYears(
      2013,
      decisions([placedAdoption('C', '01/12/2012')], [placedAdoption('C', '01/02/2012', '01/03/2012', 'RD1')]),
    ),
    fires: [],
  },

  // 561: the same decision as one that ceased last year
  {
    rule: '561',
    name: 'fires on the date of a decision that ceased last year',
    ...twoYears(
      2013,
      decisions([placedAdoption('C', '01/02/2012')], [placedAdoption('C', '01/02/2012', '01/03/2012', 'RD1')]),
    ),
    fires: cDecisionHits(1),
  },
  {
    rule: '561',
    name: 'fires when last year gave only the reason it ceased',
    ...twoYears(2013, decisions([placedAdoption('C', '01/02/2012')], [placedAdoption('C', '01/02/2012', '', 'RD2')])),
    fires: cDecisionHits(1),
  },
  {
    rule: '561',
    name: 'passes a new date after the decision ceased',
    ...twoYears(
      2013,
      decisions([placedAdoption('C', '01/10/2012')], [placedAdoption('C', '01/02/2012', '01/03/2012', 'RD1')]),
    ),
    fires: [],
  },
  {
    rule: '561',
    name: 'passes the same date when last year’s decision was open',
    ...twoYears(2013, decisions([placedAdoption('C', '01/02/2012')], [placedAdoption('C', '01/02/2012')])),
    fires: [],
  },

  // 584: after a decision ceased last year, a decision this year must be dated after it (from 2022-23)
  {
    rule: '584',
    name: 'fires on the same date as the decision that ceased last year',
    ...twoYears(
      2023,
      decisions([placedAdoption('C', '15/01/2022')], [placedAdoption('C', '15/01/2022', '01/03/2022', 'RD1')]),
    ),
    fires: cDecisionHits(1),
  },
  {
    rule: '584',
    name: 'fires on an earlier date and on a blank',
    ...twoYears(
      2023,
      decisions(
        [placedAdoption('C', '14/01/2022'), placedAdoption('C', '')],
        [placedAdoption('C', '15/01/2022', '01/03/2022', 'RD1')],
      ),
    ),
    fires: cDecisionHits(1, 2),
  },
  {
    rule: '584',
    name: 'passes 02/03/2022 after 15/01/2022 (later as a date; earlier as text, where the validator fires)',
    ...twoYears(2023, decisions([placedAdoption('C', '02/03/2022')], [placedAdoption('C', '15/01/2022', '', 'RD3')])),
    fires: [],
  },
  {
    rule: '584',
    name: 'passes an earlier date after a decision still open last year',
    ...twoYears(2023, decisions([placedAdoption('C', '14/01/2022')], [placedAdoption('C', '15/01/2022')])),
    fires: [],
  },
  {
    rule: '584',
    name: 'does not run in 2021-22, before the rule',
    ...twoYears(
      2022,
      decisions([placedAdoption('C', '15/01/2021')], [placedAdoption('C', '15/01/2021', '01/03/2021', 'RD1')]),
    ),
    fires: [],
  },

  // 562: an episode begun before this year continues last year's final episode
  {
    rule: '562',
    name: 'passes an episode begun on 01/06/2011 that is last year’s final episode',
    ...twoYears(),
    fires: [],
  },
  {
    rule: '562',
    name: 'fires when the child is not in last year’s Episodes',
    ...twoYears(2013, (_t, l) => {
      l.Episodes = [episode('X', '01/06/2011', 'S', 'C2', 'R1')]
    }),
    fires: cEpisodeHit('DECOM'),
  },
  {
    rule: '562',
    name: 'fires when it matches an earlier episode of last year, not the final one',
    ...twoYears(
      2013,
      cEpisodes(
        [episode('C', '01/06/2011', 'S', 'C2', 'R1')],
        [episode('C', '01/06/2011', 'S', 'C2', 'R1', '01/09/2011', 'X1'), episode('C', '01/09/2011', 'P', 'C2', 'R2')],
      ),
    ),
    fires: cEpisodeHit('DECOM'),
  },
  {
    rule: '562',
    name: 'passes an episode begun on 01/04/2012, the first day of the year',
    ...twoYears(2013, (t, l) => {
      Object.assign(t.Episodes[C_EPISODE]!, { DECOM: '01/04/2012' })
      l.Episodes = [episode('X', '01/06/2011', 'S', 'C2', 'R1')]
    }),
    fires: [],
  },

  // 624: date of birth of the mother's first child
  headerCase('624', 'fires on another date', { MC_DOB: '02/01/2011' }, { MC_DOB: '01/01/2011' }, 'MC_DOB', true),
  headerCase('624', 'passes the same date', { MC_DOB: '01/01/2011' }, { MC_DOB: '01/01/2011' }, 'MC_DOB', false),
  headerCase('624', 'fires on a blank after a date', { MC_DOB: '' }, { MC_DOB: '01/01/2011' }, 'MC_DOB', true),
  headerCase('624', 'passes a date after a blank', { MC_DOB: '01/01/2011' }, { MC_DOB: '' }, 'MC_DOB', false),

  // 626: a mother this year, not last year, of a child born before this year
  headerCase(
    '626',
    'fires on a mother of a child born 31/03/2012, not a mother last year',
    { SEX: '2', MOTHER: '1', MC_DOB: '31/03/2012' },
    { SEX: '2', MOTHER: '0' },
    'MOTHER',
    true,
  ),
  headerCase(
    '626',
    'passes a child born on 01/04/2012, the first day of the year',
    { SEX: '2', MOTHER: '1', MC_DOB: '01/04/2012' },
    { SEX: '2', MOTHER: '0' },
    'MOTHER',
    false,
  ),
  headerCase(
    '626',
    'passes when last year’s MOTHER was blank',
    { SEX: '2', MOTHER: '1', MC_DOB: '31/03/2012' },
    { SEX: '2', MOTHER: '' },
    'MOTHER',
    false,
  ),
  headerCase(
    '626',
    'passes a blank MC_DOB',
    { SEX: '2', MOTHER: '1', MC_DOB: '' },
    { SEX: '2', MOTHER: '0' },
    'MOTHER',
    false,
  ),
]
