import { cleanReturn, episode, type Row, type Tables } from '../exampleReturn.js'
import type { RuleCase } from './ruleCase.js'

/*
 * Cases of the rules on the child, worked out by hand. The clean return (2012-13 unless a case says otherwise):
 * Header row 0 is A (born 01/01/2012, UPN UN1), row 1 is B (a boy born 05/05/2005); Episodes rows 0-2 are A's
 * (01/04/2012 to 15/03/2013, adopted E11), row 3 is B's (from 10/10/2012, RNE S, LS V2, open). The collection year
 * runs from 01/04/2012 to 31/03/2013.
 */

const changed = (change: (t: Tables) => void, year = 2013): Tables => {
  const t = cleanReturn(year)
  change(t)
  return t
}
/** B's Header items (Header row 1) changed. */
const headerB = (items: Row, year = 2013): Tables => changed((t) => Object.assign(t.Header[1]!, items), year)
/** B's episode (Episodes row 3) and, where given, B's Header items changed. */
const episodeB = (items: Row, headerItems: Row = {}, year = 2013): Tables =>
  changed((t) => {
    Object.assign(t.Episodes[3]!, items)
    Object.assign(t.Header[1]!, headerItems)
  }, year)
/** B as a girl born 05/05/1996 (16 in the year), a mother of a child born 01/01/2012 unless `items` says otherwise. */
const motherB = (items: Row = {}): Row => ({ SEX: '2', DOB: '05/05/1996', MOTHER: '1', MC_DOB: '01/01/2012', ...items })
/** B's episode ends on 20/03/2013 for the reason given. */
const ceasedB = (rec: string, headerItems: Row = {}, year = 2013): Tables =>
  episodeB({ DEC: `20/03/${year}`, REC: rec }, headerItems, year)

const HEADER_B = { table: 'Header', row: 1 } as const
const EPISODE_B = { table: 'Episodes', row: 3 } as const

export const DFE_CHILD_RULE_CASES: readonly RuleCase[] = [
  // 174: a boy with a mother's child date of birth
  {
    rule: '174',
    name: 'a boy (SEX 1) with MC_DOB',
    tables: headerB({ MC_DOB: '01/01/2012' }),
    fires: [{ ...HEADER_B, column: 'MC_DOB' }],
  },
  { rule: '174', name: 'a boy with MC_DOB blank', tables: cleanReturn(), fires: [] },
  { rule: '174', name: 'a girl (SEX 2) with MC_DOB is 612’s', tables: headerB(motherB({ MOTHER: '0' })), fires: [] },
  {
    rule: '174',
    name: '2024-25: a boy is SEX M',
    year: 2025,
    tables: headerB({ SEX: 'M', MC_DOB: '01/01/2024' }, 2025),
    fires: [{ ...HEADER_B, column: 'MC_DOB' }],
  },
  {
    rule: '174',
    name: '2023-24: SEX M is no code yet (101’s), so not a boy',
    year: 2024,
    tables: headerB({ SEX: 'M', MC_DOB: '01/01/2023' }, 2024),
    fires: [],
  },
  // 209: UN1 for a child of school age; 2012-13 looks at 31/08/2011
  {
    rule: '209',
    name: 'UN1 for a child who turned 4 on 31/08/2011, the day looked at',
    tables: headerB({ UPN: 'UN1', DOB: '31/08/2007' }),
    fires: [{ ...HEADER_B, column: 'UPN' }],
  },
  {
    rule: '209',
    name: 'UN1 for a child who turned 4 on 01/09/2011, a day late',
    tables: headerB({ UPN: 'UN1', DOB: '01/09/2007' }),
    fires: [],
  },
  { rule: '209', name: 'UN1 with the date of birth blank', tables: headerB({ UPN: 'UN1', DOB: '' }), fires: [] },
  {
    rule: '209',
    name: 'a school-age child with a UPN',
    tables: headerB({ DOB: '31/08/2007' }),
    fires: [],
  },
  // 210: UN4 is for a child looked after for a week or less at 31 March (from 24/03/2013)
  {
    rule: '210',
    name: 'UN4 for B, looked after since 10/10/2012',
    tables: headerB({ UPN: 'UN4' }),
    fires: [
      { ...HEADER_B, column: 'UPN' },
      { ...EPISODE_B, column: 'DECOM' },
    ],
  },
  {
    rule: '210',
    name: 'UN4 for B, looked after from 23/03/2013 (eight days at 31 March)',
    tables: episodeB({ DECOM: '23/03/2013' }, { UPN: 'UN4' }),
    fires: [
      { ...HEADER_B, column: 'UPN' },
      { ...EPISODE_B, column: 'DECOM' },
    ],
  },
  {
    rule: '210',
    name: 'UN4 for B, looked after from 24/03/2013 (a week at 31 March), as UN4 means',
    tables: episodeB({ DECOM: '24/03/2013' }, { UPN: 'UN4' }),
    fires: [],
  },
  {
    rule: '210',
    name: 'UN4 for A: every episode of A began before 24 March, the Header row once',
    tables: changed((t) => {
      t.Header[0]!.UPN = 'UN4'
    }),
    fires: [
      { table: 'Header', row: 0, column: 'UPN' },
      { table: 'Episodes', row: 0 },
      { table: 'Episodes', row: 1 },
      { table: 'Episodes', row: 2 },
    ],
  },
  // 232: sex unknown, from 2024-25
  {
    rule: '232',
    name: '2024-25: SEX U',
    year: 2025,
    tables: headerB({ SEX: 'U' }, 2025),
    fires: [{ ...HEADER_B, column: 'SEX' }],
  },
  { rule: '232', name: '2024-25: SEX M and F', year: 2025, tables: cleanReturn(2025), fires: [] },
  {
    rule: '232',
    name: '2023-24: the rule is not yet in force (U is 101’s)',
    year: 2024,
    tables: headerB({ SEX: 'U' }, 2024),
    fires: [],
  },
  // 234 (from 2025-26): the episode before one that began while the child was under 10 ended for custody. In 2025-26
  // B's episode from 10/10/2025 ends on 01/12/2025 with REASON_PLACE_CHANGE CUSTOD; the next begins on 01/12/2025.
  {
    rule: '234',
    name: 'B turns 10 on 02/12/2025, the day after the custody move: aged 9',
    year: 2026,
    tables: custodyB('02/12/2015'),
    fires: [
      { ...EPISODE_B, column: 'REASON_PLACE_CHANGE' },
      { ...HEADER_B, column: 'DOB' },
    ],
  },
  {
    rule: '234',
    name: 'B turns 10 on 01/12/2025, the day of the custody move (the validator, testing 10/10/2025, fires)',
    year: 2026,
    tables: custodyB('01/12/2015'),
    fires: [],
  },
  {
    rule: '234',
    name: 'CUSTOD on the last episode of a child of 7: no next episode in the return',
    year: 2026,
    tables: episodeB({ REASON_PLACE_CHANGE: 'CUSTOD' }, {}, 2026),
    fires: [],
  },
  {
    rule: '234',
    name: '2024-25: not yet in force',
    year: 2025,
    tables: custodyB('02/12/2014', 2025),
    fires: [],
  },
  // 301: born after 31/03/2013
  {
    rule: '301',
    name: 'born on 01/04/2013',
    tables: headerB({ DOB: '01/04/2013' }),
    fires: [{ ...HEADER_B, column: 'DOB' }],
  },
  {
    rule: '301',
    name: 'born on 31/03/2013, the last day of the year',
    tables: headerB({ DOB: '31/03/2013' }),
    fires: [],
  },
  { rule: '301', name: 'date of birth blank', tables: headerB({ DOB: '' }), fires: [] },
  {
    rule: '301',
    name: '2006-07, the first edition known: born on 01/04/2007',
    year: 2007,
    tables: headerB({ DOB: '01/04/2007' }, 2007),
    fires: [{ ...HEADER_B, column: 'DOB' }],
  },
  // 302: the first episode (by DECOM) before the date of birth
  {
    rule: '302',
    name: 'B born on 11/10/2012, a day after the episode began',
    tables: headerB({ DOB: '11/10/2012' }),
    fires: [
      { ...EPISODE_B, column: 'DECOM' },
      { ...HEADER_B, column: 'DOB' },
    ],
  },
  { rule: '302', name: 'B born on the day the episode began', tables: headerB({ DOB: '10/10/2012' }), fires: [] },
  {
    rule: '302',
    name: 'A born on 01/09/2012: only A’s first episode (01/04/2012) is flagged, not the one from 01/08/2012',
    tables: changed((t) => {
      t.Header[0]!.DOB = '01/09/2012'
    }),
    fires: [
      { table: 'Episodes', row: 0, column: 'DECOM' },
      { table: 'Header', row: 0, column: 'DOB' },
    ],
  },
  // 351: the 25th birthday before 01/04/2012
  {
    rule: '351',
    name: '25 on 31/03/2012',
    tables: headerB({ DOB: '31/03/1987' }),
    fires: [{ ...HEADER_B, column: 'DOB' }],
  },
  {
    rule: '351',
    name: '25 on 01/04/2012, the first day of the year',
    tables: headerB({ DOB: '01/04/1987' }),
    fires: [],
  },
  // 352: started to be looked after (RNE S) at 18 or over
  {
    rule: '352',
    name: 'B turned 18 on 10/10/2012, the day B started to be looked after',
    tables: headerB({ DOB: '10/10/1994' }),
    fires: [{ ...EPISODE_B, column: 'DECOM' }],
  },
  { rule: '352', name: 'B turned 18 on 11/10/2012, a day later', tables: headerB({ DOB: '11/10/1994' }), fires: [] },
  {
    rule: '352',
    name: 'a change of placement (RNE P) at 18',
    tables: episodeB({ RNE: 'P' }, { DOB: '10/10/1994' }),
    fires: [],
  },
  // 358: legal status J1-J3 under 10 at DECOM
  {
    rule: '358',
    name: 'J1 at 9 (10 on 11/10/2012)',
    tables: episodeB({ LS: 'J1' }, { DOB: '11/10/2002' }),
    fires: [
      { ...EPISODE_B, column: 'DECOM' },
      { ...HEADER_B, column: 'DOB' },
    ],
  },
  {
    rule: '358',
    name: 'J3 from the 10th birthday (the Department’s wording; the validator fires)',
    tables: episodeB({ LS: 'J3' }, { DOB: '10/10/2002' }),
    fires: [],
  },
  { rule: '358', name: 'C2 at 7', tables: episodeB({ LS: 'C2' }), fires: [] },
  // 359: open at 31/03/2013 after the 18th birthday, other than V2 in a children's home (K2)
  {
    rule: '359',
    name: 'B turned 18 on 30/03/2013, open episode V2 in foster care',
    tables: headerB({ DOB: '30/03/1995' }),
    fires: [{ ...EPISODE_B, column: 'LS' }],
  },
  { rule: '359', name: 'B turns 18 on 31/03/2013 itself', tables: headerB({ DOB: '31/03/1995' }), fires: [] },
  {
    rule: '359',
    name: 'V2 in a children’s home (K2)',
    tables: episodeB({ PLACE: 'K2' }, { DOB: '30/03/1995' }),
    fires: [],
  },
  {
    rule: '359',
    name: 'the episode ended on 30/03/2013',
    tables: episodeB({ DEC: '30/03/2013', REC: 'E8' }, { DOB: '30/03/1995' }),
    fires: [],
  },
  // 370 (to 2023-24): independent living (P2) at least 15, 16 in 2023-24; open episodes count
  {
    rule: '370',
    name: 'P2 at 14 (15 on 11/10/2012), open episode',
    tables: episodeB({ PLACE: 'P2' }, { DOB: '11/10/1997' }),
    fires: [{ ...EPISODE_B, column: 'DECOM' }],
  },
  {
    rule: '370',
    name: 'P2 from the 15th birthday',
    tables: episodeB({ PLACE: 'P2' }, { DOB: '10/10/1997' }),
    fires: [],
  },
  {
    rule: '370',
    name: '2023-24: P2 at 15 (16 on 11/10/2023)',
    year: 2024,
    tables: episodeB({ PLACE: 'P2' }, { DOB: '11/10/2007' }, 2024),
    fires: [{ ...EPISODE_B, column: 'DECOM' }],
  },
  {
    rule: '370',
    name: '2024-25: no longer in force',
    year: 2025,
    tables: episodeB({ PLACE: 'P2' }, { DOB: '11/10/2010' }, 2025),
    fires: [],
  },
  // 371: H5 at least 14 (to 2022-23) and 16 (2023-24); K3 at least 16 from 2024-25
  {
    rule: '371',
    name: 'H5 at 13 (14 on 11/10/2012)',
    tables: episodeB({ PLACE: 'H5' }, { DOB: '11/10/1998' }),
    fires: [{ ...EPISODE_B, column: 'DECOM' }],
  },
  {
    rule: '371',
    name: 'H5 from the 14th birthday',
    tables: episodeB({ PLACE: 'H5' }, { DOB: '10/10/1998' }),
    fires: [],
  },
  {
    rule: '371',
    name: '2023-24: H5 at 15 (16 on 11/10/2023)',
    year: 2024,
    tables: episodeB({ PLACE: 'H5' }, { DOB: '11/10/2007' }, 2024),
    fires: [{ ...EPISODE_B, column: 'DECOM' }],
  },
  {
    rule: '371',
    name: '2024-25: K3 at 15 (16 on 11/10/2024), the episode ended',
    year: 2025,
    tables: episodeB({ PLACE: 'K3', DEC: '01/12/2024', REC: 'E8' }, { DOB: '11/10/2008' }, 2025),
    fires: [{ ...EPISODE_B, column: 'DECOM' }],
  },
  {
    rule: '371',
    name: '2024-25: H5 at 15 is not the rule’s placement any more',
    year: 2025,
    tables: episodeB({ PLACE: 'H5' }, { DOB: '11/10/2008' }, 2025),
    fires: [],
  },
  // 372-374: youth custody (R5) at least 10, school (S1) at least 4, residential employment (P3) at least 14
  {
    rule: '372',
    name: 'R5 at 9 (10 on 11/10/2012)',
    tables: episodeB({ PLACE: 'R5' }, { DOB: '11/10/2002' }),
    fires: [{ ...EPISODE_B, column: 'DECOM' }],
  },
  {
    rule: '372',
    name: 'R5 from the 10th birthday',
    tables: episodeB({ PLACE: 'R5' }, { DOB: '10/10/2002' }),
    fires: [],
  },
  {
    rule: '373',
    name: 'S1 at 3 (4 on 11/10/2012)',
    tables: episodeB({ PLACE: 'S1' }, { DOB: '11/10/2008' }),
    fires: [{ ...EPISODE_B, column: 'DECOM' }],
  },
  { rule: '373', name: 'S1 at 7', tables: episodeB({ PLACE: 'S1' }), fires: [] },
  {
    rule: '373',
    name: 'S1 with the date of birth blank',
    tables: episodeB({ PLACE: 'S1' }, { DOB: '' }),
    fires: [],
  },
  {
    rule: '374',
    name: 'P3 at 13 (14 on 11/10/2012)',
    tables: episodeB({ PLACE: 'P3' }, { DOB: '11/10/1998' }),
    fires: [{ ...EPISODE_B, column: 'DECOM' }],
  },
  {
    rule: '374',
    name: 'P3 from the 14th birthday',
    tables: episodeB({ PLACE: 'P3' }, { DOB: '10/10/1998' }),
    fires: [],
  },
  // 386: adopted (E11, E12) at 18 or over on DEC (20/03/2013)
  {
    rule: '386',
    name: 'adopted (E12) on the 18th birthday',
    tables: ceasedB('E12', { DOB: '20/03/1995' }),
    fires: [{ ...EPISODE_B, column: 'REC' }],
  },
  {
    rule: '386',
    name: 'adopted (E11) the day before the 18th birthday',
    tables: ceasedB('E11', { DOB: '21/03/1995' }),
    fires: [],
  },
  { rule: '386', name: 'A adopted at 1 (the clean return)', tables: cleanReturn(), fires: [] },
  { rule: '386', name: 'adopted, date of birth blank', tables: ceasedB('E11', { DOB: '' }), fires: [] },
  // 387: independent living (E5, E6) under 14 on DEC
  {
    rule: '387',
    name: 'E5 at 7',
    tables: ceasedB('E5'),
    fires: [{ ...EPISODE_B, column: 'REC' }],
  },
  { rule: '387', name: 'E6 on the 14th birthday', tables: ceasedB('E6', { DOB: '20/03/1999' }), fires: [] },
  {
    rule: '387',
    name: 'E5 with the date of birth blank (the validator fires)',
    tables: ceasedB('E5', { DOB: '' }),
    fires: [],
  },
  // 389: adult social care (E7) under 16 on DEC
  {
    rule: '389',
    name: 'E7 the day before the 16th birthday',
    tables: ceasedB('E7', { DOB: '21/03/1997' }),
    fires: [{ ...EPISODE_B, column: 'REC' }],
  },
  { rule: '389', name: 'E7 on the 16th birthday', tables: ceasedB('E7', { DOB: '20/03/1997' }), fires: [] },
  {
    rule: '389',
    name: 'E7 with DEC blank (the validator fires)',
    tables: episodeB({ REC: 'E7' }),
    fires: [],
  },
  // 393: a girl looked after (not only on short breaks) with MOTHER blank
  {
    rule: '393',
    name: 'B a girl, MOTHER blank',
    tables: headerB({ SEX: '2' }),
    fires: [{ ...HEADER_B, column: 'MOTHER' }],
  },
  { rule: '393', name: 'B a girl, MOTHER 0', tables: headerB({ SEX: '2', MOTHER: '0' }), fires: [] },
  {
    rule: '393',
    name: 'B a girl on short breaks only (V3)',
    tables: episodeB({ LS: 'V3' }, { SEX: '2' }),
    fires: [],
  },
  {
    rule: '393',
    name: '2024-25: a girl is SEX F',
    year: 2025,
    tables: headerB({ SEX: 'F' }, 2025),
    fires: [{ ...HEADER_B, column: 'MOTHER' }],
  },
  {
    rule: '393',
    name: '2026-27, the last edition known: a girl (F), MOTHER blank',
    year: 2027,
    tables: headerB({ SEX: 'F' }, 2027),
    fires: [{ ...HEADER_B, column: 'MOTHER' }],
  },
  // 407 (from 2018-19): a special guardianship order (E45-E48) at 18 or over on DEC
  {
    rule: '407',
    name: '2018-19: E45 on the 18th birthday (the Department’s wording; the validator lets it pass)',
    year: 2019,
    tables: ceasedB('E45', { DOB: '20/03/2001' }, 2019),
    fires: [
      { ...EPISODE_B, column: 'REC' },
      { ...HEADER_B, column: 'DOB' },
    ],
  },
  {
    rule: '407',
    name: '2018-19: E48 the day before the 18th birthday',
    year: 2019,
    tables: ceasedB('E48', { DOB: '21/03/2001' }, 2019),
    fires: [],
  },
  {
    rule: '407',
    name: '2017-18: E45 is no code yet, the rule not in force',
    year: 2018,
    tables: ceasedB('E45', { DOB: '20/03/1999' }, 2018),
    fires: [],
  },
  // 442: UPN blank for a child looked after (not only on short breaks)
  { rule: '442', name: 'B’s UPN blank', tables: headerB({ UPN: '' }), fires: [{ ...HEADER_B, column: 'UPN' }] },
  {
    rule: '442',
    name: 'B’s UPN blank, on short breaks only (V4)',
    tables: episodeB({ LS: 'V4' }, { UPN: '' }),
    fires: [],
  },
  {
    rule: '442',
    name: 'UPN blank for a child with no episode',
    tables: changed((t) => {
      t.Header[1]!.UPN = ''
      t.Episodes.pop()
    }),
    fires: [],
  },
  // 444 (from 2025-26): a UPN on two Header rows
  {
    rule: '444',
    name: '2025-26: A and B with the same UPN',
    year: 2026,
    tables: changed((t) => {
      t.Header[0]!.UPN = 'A123456789012'
    }, 2026),
    fires: [
      { table: 'Header', row: 0, column: 'UPN' },
      { ...HEADER_B, column: 'UPN' },
    ],
  },
  {
    rule: '444',
    name: '2025-26: A and B both UN2',
    year: 2026,
    tables: changed((t) => {
      t.Header[0]!.UPN = 'UN2'
      t.Header[1]!.UPN = 'UN2'
    }, 2026),
    fires: [],
  },
  {
    rule: '444',
    name: '2024-25: not yet in force',
    year: 2025,
    tables: changed((t) => {
      t.Header[0]!.UPN = 'A123456789012'
    }, 2025),
    fires: [],
  },
  // 460: staying put (E17) under 18 on DEC
  {
    rule: '460',
    name: 'E17 the day before the 18th birthday',
    tables: ceasedB('E17', { DOB: '21/03/1995' }),
    fires: [{ ...EPISODE_B, column: 'REC' }],
  },
  { rule: '460', name: 'E17 on the 18th birthday', tables: ceasedB('E17', { DOB: '20/03/1995' }), fires: [] },
  {
    rule: '460',
    name: '2013-14: born 29/02/1996, E17 on 28/02/2014: 18 only on 01/03/2014 (ageInYears; the validator says 28/02)',
    year: 2014,
    tables: episodeB({ DEC: '28/02/2014', REC: 'E17' }, { DOB: '29/02/1996' }, 2014),
    fires: [{ ...EPISODE_B, column: 'REC' }],
  },
  {
    rule: '460',
    name: '2013-14: born 29/02/1996, E17 on 01/03/2014',
    year: 2014,
    tables: episodeB({ DEC: '01/03/2014', REC: 'E17' }, { DOB: '29/02/1996' }, 2014),
    fires: [],
  },
  // 607: a girl who ceased to be looked after in the year (DEC 01/04/2012 to 31/03/2013, REC not X1), MOTHER blank
  {
    rule: '607',
    name: 'B a girl, ceased E8 on 31/03/2013',
    tables: episodeB({ DEC: '31/03/2013', REC: 'E8' }, { SEX: '2' }),
    fires: [
      { ...EPISODE_B, column: 'DEC' },
      { ...HEADER_B, column: 'MOTHER' },
    ],
  },
  { rule: '607', name: 'B a girl, ceased, MOTHER 0', tables: ceasedB('E8', { SEX: '2', MOTHER: '0' }), fires: [] },
  {
    rule: '607',
    name: 'B a girl whose episode ended X1 (care continues)',
    tables: changed((t) => {
      Object.assign(t.Episodes[3]!, { DEC: '01/12/2012', REC: 'X1' })
      t.Episodes.push(episode('B', '01/12/2012', 'P', 'V2', 'Q1'))
      t.Header[1]!.SEX = '2'
    }),
    fires: [],
  },
  {
    rule: '607',
    name: 'B a girl, ceased on short breaks (V3)',
    tables: episodeB({ LS: 'V3', DEC: '20/03/2013', REC: 'E8' }, { SEX: '2' }),
    fires: [],
  },
  // 611: a mother with MC_DOB blank
  {
    rule: '611',
    name: 'MOTHER 1, MC_DOB blank',
    tables: headerB(motherB({ MC_DOB: '' })),
    fires: [{ ...HEADER_B, column: 'MC_DOB' }],
  },
  { rule: '611', name: 'MOTHER 1 with MC_DOB', tables: headerB(motherB()), fires: [] },
  // 612: a girl with MC_DOB but MOTHER 0 or blank
  {
    rule: '612',
    name: 'MOTHER 0 with MC_DOB',
    tables: headerB(motherB({ MOTHER: '0' })),
    fires: [{ ...HEADER_B, column: 'MOTHER' }],
  },
  {
    rule: '612',
    name: 'MOTHER blank with MC_DOB',
    tables: headerB(motherB({ MOTHER: '' })),
    fires: [{ ...HEADER_B, column: 'MOTHER' }],
  },
  { rule: '612', name: 'MOTHER 1 with MC_DOB', tables: headerB(motherB()), fires: [] },
  { rule: '612', name: 'a boy with MC_DOB is 174’s', tables: headerB(motherB({ SEX: '1', MOTHER: '0' })), fires: [] },
  // 620: a mother under 11 on 01/04/2012
  {
    rule: '620',
    name: 'a mother who turned 11 on 02/04/2012',
    tables: headerB(motherB({ DOB: '02/04/2001' })),
    fires: [{ ...HEADER_B, column: 'DOB' }],
  },
  {
    rule: '620',
    name: 'a mother who turned 11 on 01/04/2012, the first day of the year',
    tables: headerB(motherB({ DOB: '01/04/2001' })),
    fires: [],
  },
  { rule: '620', name: 'MOTHER 0 at 10', tables: headerB({ DOB: '02/04/2001', MOTHER: '0' }), fires: [] },
  // 621: the mother's child born on or before the mother
  {
    rule: '621',
    name: 'MC_DOB on the mother’s own date of birth',
    tables: headerB(motherB({ MC_DOB: '05/05/1996' })),
    fires: [{ ...HEADER_B, column: 'MC_DOB' }],
  },
  {
    rule: '621',
    name: 'MC_DOB a day after the mother’s',
    tables: headerB(motherB({ MC_DOB: '06/05/1996' })),
    fires: [],
  },
  {
    rule: '621',
    name: 'MC_DOB with the mother’s date of birth blank (the validator fires)',
    tables: headerB(motherB({ DOB: '' })),
    fires: [],
  },
  // 625: the mother's child born after 31/03/2013, or after the latest episode ceased
  {
    rule: '625',
    name: 'MC_DOB 21/03/2013, a day after the latest episode ceased',
    tables: episodeB({ DEC: '20/03/2013', REC: 'E8' }, motherB({ MC_DOB: '21/03/2013' })),
    fires: [
      { ...HEADER_B, column: 'MC_DOB' },
      { ...EPISODE_B, column: 'DEC' },
    ],
  },
  {
    rule: '625',
    name: 'MC_DOB on the day the latest episode ceased',
    tables: episodeB({ DEC: '20/03/2013', REC: 'E8' }, motherB({ MC_DOB: '20/03/2013' })),
    fires: [],
  },
  {
    rule: '625',
    name: 'MC_DOB 01/04/2013, after the year, the episode open (the validator misses it)',
    tables: headerB(motherB({ MC_DOB: '01/04/2013' })),
    fires: [{ ...HEADER_B, column: 'MC_DOB' }],
  },
  {
    rule: '625',
    name: 'MC_DOB 31/03/2013, the episode open',
    tables: headerB(motherB({ MC_DOB: '31/03/2013' })),
    fires: [],
  },
  {
    rule: '625',
    name: 'left care on 01/06/2012, back from 01/09/2012 and open; MC_DOB 01/07/2012 (the validator fires)',
    tables: changed((t) => {
      t.Episodes[3] = episode('B', '10/04/2012', 'S', 'V2', 'Q2', '01/06/2012', 'E8')
      t.Episodes.push(episode('B', '01/09/2012', 'S', 'V2', 'Q2'))
      Object.assign(t.Header[1]!, motherB({ MC_DOB: '01/07/2012' }))
    }),
    fires: [],
  },
]

/** 234: B's episode ends on 01/12 with CUSTOD and B moves to a young offender institution that day. */
function custodyB(dob: string, year = 2026): Tables {
  return changed((t) => {
    const y = year - 1
    Object.assign(t.Episodes[3]!, { DEC: `01/12/${y}`, REC: 'X1', REASON_PLACE_CHANGE: 'CUSTOD' })
    t.Episodes.push(episode('B', `01/12/${y}`, 'P', 'J1', 'R5'))
    t.Header[1]!.DOB = dob
  }, year)
}
