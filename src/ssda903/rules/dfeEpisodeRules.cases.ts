import { ad1, episode, placedAdoption, type Row, type Tables } from '../exampleReturn.js'
import type { Hit, RuleCase } from './ruleCase.js'

/*
 * Cases of the Department's rules on single episodes and on a child's run of episodes, worked out by hand. Returns
 * are 2012-13 (1 April 2012 to 31 March 2013) unless a case names its year. Day counts are end minus start, with no
 * day added: 01/06 to 04/06 is 3 days.
 */

/**
 * An episode of child A (or `child`): started to be looked after, full care order, in foster care, provider PR1;
 * ended (E8) when `dec` is given. `extra` sets any other cell.
 */
const ep = (decom: string, dec = '', extra: Row = {}, child = 'A'): Row =>
  episode(child, decom, 'S', 'C2', 'Q2', dec, dec === '' ? '' : 'E8', extra)

/** Foster placements are Q1/Q2 until 2014-15 and U1 to U6 after: the cases' Q2 becomes U4 from 2015-16. */
const inYear = (year: number | undefined, rows: Row[]): Row[] =>
  year !== undefined && year >= 2016 ? rows.map((r) => (r.PLACE === 'Q2' ? { ...r, PLACE: 'U4' } : r)) : rows

/** A case on an Episodes table alone. */
function episodes(rule: string, name: string, rows: Row[], fires: Hit[], year?: number): RuleCase {
  return { rule, name, ...(year === undefined ? {} : { year }), tables: { Episodes: inYear(year, rows) }, fires }
}
/** The rule fires on these rows of Episodes, naming this column. */
const on = (column: string, ...rows: number[]): Hit[] => rows.map((row) => ({ table: 'Episodes', row, column }))
const none: Hit[] = []

/** Cases of a rule on one episode's cells: the episode, and where (column) it fires or not. */
function cells(rule: string, column: string, list: [name: string, row: Row, fires: boolean, year?: number][]) {
  return list.map(([name, row, fires, year]) => episodes(rule, name, [row], fires ? on(column, 0) : none, year))
}

/** Cases of a provider rule: the placement and provider of one episode, and whether it fires. */
function provider(rule: string, list: [place: string, provider: string, fires: boolean, year?: number][]) {
  return cells(
    rule,
    'PLACE_PROVIDER',
    list.map(([place, code, fires, year]) => [
      `${fires ? 'fires on' : 'passes'} ${code || 'no provider'} with ${place || 'no placement'}` +
        (year === undefined ? '' : ` in ${year - 1}-${year % 100}`),
      ep(`01/06/${(year ?? 2013) - 1}`, '', { PLACE: place, PLACE_PROVIDER: code }),
      fires,
      year,
    ]),
  )
}

/** A return with A's episodes and child C's adoption records (C has no episode). */
const withAdoptionOfC = (): Partial<Tables> => ({
  Episodes: [ep('01/06/2012')],
  AD1: [ad1('A', '01/07/2012', '15/09/2012'), ad1('C', '01/07/2012', '15/09/2012')],
  PlacedAdoption: [placedAdoption('C', '01/07/2012'), placedAdoption('A', '01/07/2012')],
})

export const DFE_EPISODE_RULE_CASES: readonly RuleCase[] = [
  // 148
  episodes('148', 'fires on an end date without a reason', [ep('01/06/2012', '01/07/2012', { REC: '' })], on('REC', 0)),
  episodes('148', 'fires on a reason without an end date', [ep('01/06/2012', '', { REC: 'E8' })], on('DEC', 0)),
  episodes('148', 'passes both given', [ep('01/06/2012', '01/07/2012')], none),
  episodes('148', 'passes both blank (an open episode)', [ep('01/06/2012')], none),

  // 178, both halves
  ...provider('178', [
    ['Q2', 'PR9', true],
    ['Q2', 'PR4', false],
    ['T2', 'PR1', true],
    ['T0', '', false],
    ['Z1', 'PR1', true],
    ['T4', 'PR1', true, 2025],
    ['T4', 'PR1', false, 2026],
    ['Z12', 'PR1', true, 2026],
    ['Z1', 'PR9', true, 2026],
  ]),

  // 213
  ...provider('213', [
    ['T0', 'PR1', true],
    ['T0', '', false],
    ['Q2', 'PR1', false],
    ['Z1', 'PR1', false, 2025],
    ['Z11', 'PR1', true, 2026],
    ['T4', 'PR1', true, 2026],
  ]),

  // 214
  episodes(
    '214',
    'fires on a placement postcode under V3',
    [ep('01/06/2012', '', { LS: 'V3', PL_POST: 'SO23 8UJ' })],
    [{ table: 'Episodes', row: 0, column: 'PL_POST' }],
  ),
  episodes(
    '214',
    'fires on a URN under V4 (2015-16, with URNs)',
    [ep('01/06/2015', '', { LS: 'V4', URN: 'SC123456' })],
    on('URN', 0),
    2016,
  ),
  episodes(
    '214',
    'passes a placement postcode under V2',
    [ep('01/06/2012', '', { LS: 'V2', PL_POST: 'SO23 8UJ' })],
    none,
  ),
  episodes('214', 'passes V3 without postcode or URN', [ep('01/06/2012', '', { LS: 'V3' })], none),

  // 217, from 2015-16
  episodes(
    '217',
    'fires on A5 with RNE P, starting 1 April 2015 (the first day it applies)',
    [ep('01/04/2015', '', { PLACE: 'A5', RNE: 'P' })],
    on('RNE', 0),
    2016,
  ),
  episodes('217', 'fires on A3 with a blank RNE', [ep('01/06/2015', '', { PLACE: 'A3', RNE: '' })], on('RNE', 0), 2016),
  episodes(
    '217',
    'passes A5 with RNE P starting 31 March 2015, the day before it applies',
    [ep('31/03/2015', '', { PLACE: 'A5', RNE: 'P' })],
    none,
    2016,
  ),
  episodes('217', 'passes A5 with RNE T', [ep('01/06/2015', '', { PLACE: 'A5', RNE: 'T' })], none, 2016),
  episodes('217', 'passes A6 with RNE P', [ep('01/06/2015', '', { PLACE: 'A6', RNE: 'P' })], none, 2016),
  episodes('217', 'is not in force in 2014-15', [ep('01/04/2015', '', { PLACE: 'A5', RNE: 'P' })], none, 2015),

  // 217t, 2023-24 only
  ...cells('217t', 'PLACE', [
    ['fires on P2 ended 1 November 2023', ep('01/06/2023', '01/11/2023', { PLACE: 'P2' }), true, 2024],
    ['fires on P2 ended 29 October 2023, the day after', ep('01/06/2023', '29/10/2023', { PLACE: 'P2' }), true, 2024],
    ['passes P2 ended 28 October 2023', ep('01/06/2023', '28/10/2023', { PLACE: 'P2' }), false, 2024],
    ['fires on P2 still open', ep('01/06/2023', '', { PLACE: 'P2' }), true, 2024],
    ['passes P1 ended 1 November 2023', ep('01/06/2023', '01/11/2023', { PLACE: 'P1' }), false, 2024],
    ['is not in force in 2024-25', ep('01/06/2024', '', { PLACE: 'P2' }), false, 2025],
    ['is not in force in 2022-23', ep('01/06/2022', '', { PLACE: 'P2' }), false, 2023],
  ]),

  // 222, from 2015-16
  ...cells('222', 'URN', [
    ['fires on a URN with P1 (2015-16, its first year)', ep('01/06/2015', '', { PLACE: 'P1', URN: 'SC1' }), true, 2016],
    ['passes XXXXXXX with P1', ep('01/06/2015', '', { PLACE: 'P1', URN: 'XXXXXXX' }), false, 2016],
    ['passes no URN with P1', ep('01/06/2015', '', { PLACE: 'P1' }), false, 2016],
    ['passes a URN with U4', ep('01/06/2015', '', { URN: 'SC1' }), false, 2016],
    ['fires on H5 in 2022-23', ep('01/06/2022', '', { PLACE: 'H5', URN: 'SC1' }), true, 2023],
    ['passes H5 in 2023-24', ep('01/06/2023', '', { PLACE: 'H5', URN: 'SC1' }), false, 2024],
    ['fires on P2 in 2023-24', ep('01/06/2023', '', { PLACE: 'P2', URN: 'SC1' }), true, 2024],
    ['passes P2 in 2024-25', ep('01/06/2024', '', { PLACE: 'P2', URN: 'SC1' }), false, 2025],
    ['fires on Z1 in 2024-25', ep('01/06/2024', '', { PLACE: 'Z1', URN: 'SC1' }), true, 2025],
    ['fires on Z13 in 2025-26', ep('01/06/2025', '', { PLACE: 'Z13', URN: 'SC1' }), true, 2026],
  ]),

  // 225: on the earlier of two episodes, taken by start date (the file holds the later one first)
  episodes(
    '225',
    'fires on X1 with no reason, before a change of placement',
    [ep('01/07/2012', '', { RNE: 'P' }), ep('01/06/2012', '01/07/2012', { REC: 'X1' })],
    on('REASON_PLACE_CHANGE', 1),
  ),
  episodes(
    '225',
    'passes when the reason is given',
    [ep('01/06/2012', '01/07/2012', { REC: 'X1', REASON_PLACE_CHANGE: 'CARPL' }), ep('01/07/2012', '', { RNE: 'P' })],
    none,
  ),
  episodes(
    '225',
    'passes a change of legal status only (RNE L)',
    [ep('01/06/2012', '01/07/2012', { REC: 'X1' }), ep('01/07/2012', '', { RNE: 'L', LS: 'E1' })],
    none,
  ),
  episodes(
    '225',
    'passes a move into a temporary placement',
    [ep('01/06/2012', '01/07/2012', { REC: 'X1' }), ep('01/07/2012', '', { RNE: 'P', PLACE: 'T1' })],
    none,
  ),
  episodes(
    '225',
    'passes a move from a temporary placement',
    [ep('01/06/2012', '01/07/2012', { REC: 'X1', PLACE: 'T1' }), ep('01/07/2012', '', { RNE: 'P' })],
    none,
  ),
  episodes(
    '225',
    'passes the next episode of another child',
    [ep('01/06/2012', '01/07/2012', { REC: 'X1' }), ep('01/07/2012', '', { RNE: 'P' }, 'B')],
    none,
  ),

  // 226: on the temporary placement
  episodes(
    '226',
    'fires on a reason given on a temporary placement',
    [ep('01/06/2012', '', { PLACE: 'T1', REASON_PLACE_CHANGE: 'CARPL' })],
    on('REASON_PLACE_CHANGE', 0),
  ),
  episodes(
    '226',
    'fires on the temporary placement when the episode before it gives a reason',
    [
      ep('01/06/2012', '01/07/2012', { REC: 'X1', REASON_PLACE_CHANGE: 'CARPL' }),
      ep('01/07/2012', '', { RNE: 'P', PLACE: 'T2' }),
    ],
    on('REASON_PLACE_CHANGE', 1),
  ),
  episodes(
    '226',
    'passes a temporary placement with no reason, after an episode with none',
    [ep('01/06/2012', '01/07/2012', { REC: 'X1' }), ep('01/07/2012', '', { RNE: 'P', PLACE: 'T2' })],
    none,
  ),
  episodes(
    '226',
    'passes a reason on a foster placement after a temporary one',
    [
      ep('01/06/2012', '01/07/2012', { REC: 'X1', PLACE: 'T2' }),
      ep('01/07/2012', '', { RNE: 'P', REASON_PLACE_CHANGE: 'CARPL' }),
    ],
    none,
  ),
  episodes(
    '226',
    'passes a temporary placement of a child whose first episode it is, after another child’s reason',
    [ep('01/06/2012', '01/07/2012', { REASON_PLACE_CHANGE: 'CARPL' }, 'A'), ep('01/07/2012', '', { PLACE: 'T2' }, 'B')],
    none,
  ),

  // 233, from 2025-26
  ...cells('233', 'REASON_PLACE_CHANGE', [
    ['fires on a reason on an open episode', ep('01/06/2025', '', { REASON_PLACE_CHANGE: 'CARPL' }), true, 2026],
    [
      'passes a reason on an ended episode',
      ep('01/06/2025', '01/07/2025', { REC: 'X1', REASON_PLACE_CHANGE: 'CARPL' }),
      false,
      2026,
    ],
    ['passes an open episode with no reason', ep('01/06/2025'), false, 2026],
    ['is not in force in 2024-25', ep('01/06/2024', '', { REASON_PLACE_CHANGE: 'CARPL' }), false, 2025],
  ]),

  // 353
  episodes('353', 'fires on a start on 13 October 1991', [ep('13/10/1991')], on('DECOM', 0)),
  episodes('353', 'passes a start on 14 October 1991', [ep('14/10/1991')], none),

  // 354 and 385: the end date after 31 March 2013
  ...['354', '385'].flatMap((rule) => [
    episodes(rule, 'fires on an end on 1 April 2013', [ep('01/06/2012', '01/04/2013')], on('DEC', 0)),
    episodes(rule, 'passes an end on 31 March 2013', [ep('01/06/2012', '31/03/2013')], none),
    episodes(rule, 'passes an open episode', [ep('01/06/2012')], none),
  ]),
  episodes('354', 'passes a start after the year, with no end (the validator tests DECOM)', [ep('01/04/2013')], none),

  // 355
  episodes('355', 'warns on an episode ending the day it began', [ep('01/06/2012', '01/06/2012')], on('DEC', 0)),
  episodes('355', 'passes an episode ending the next day', [ep('01/06/2012', '02/06/2012')], none),
  episodes('355', 'passes an open episode', [ep('01/06/2012')], none),

  // 356
  episodes('356', 'fires on an end before the start', [ep('01/06/2012', '31/05/2012')], on('DECOM', 0)),
  episodes('356', 'passes an end on the start', [ep('01/06/2012', '01/06/2012')], none),
  episodes('356', 'passes an open episode', [ep('01/06/2012')], none),

  // 361: police protection (L1), more than 3 days
  episodes(
    '361',
    'fires on L1 of 4 days (01/06 to 05/06)',
    [ep('01/06/2012', '05/06/2012', { LS: 'L1' })],
    on('DECOM', 0),
  ),
  episodes('361', 'passes L1 of exactly 3 days (01/06 to 04/06)', [ep('01/06/2012', '04/06/2012', { LS: 'L1' })], none),
  episodes(
    '361',
    'fires on both L1 episodes of one 4-day spell (01/06 to 03/06, 03/06 to 05/06)',
    [
      ep('01/06/2012', '03/06/2012', { LS: 'L1', REC: 'X1' }),
      ep('03/06/2012', '05/06/2012', { LS: 'L1', RNE: 'P' }),
      ep('05/06/2012', '', { RNE: 'L' }),
    ],
    on('DECOM', 0, 1),
  ),
  episodes(
    '361',
    'passes two L1 episodes of 2 days with a day between them',
    [ep('01/06/2012', '03/06/2012', { LS: 'L1' }), ep('04/06/2012', '06/06/2012', { LS: 'L1' })],
    none,
  ),
  episodes(
    '361',
    'passes two L1 episodes of 2 days with another legal status between them',
    [
      ep('01/06/2012', '03/06/2012', { LS: 'L1', REC: 'X1' }),
      ep('03/06/2012', '04/06/2012', { LS: 'C1', RNE: 'L', REC: 'X1' }),
      ep('04/06/2012', '06/06/2012', { LS: 'L1', RNE: 'L' }),
    ],
    none,
  ),
  episodes(
    '361',
    'fires on open L1 from 27 March 2013 (4 days to 31 March)',
    [ep('27/03/2013', '', { LS: 'L1' })],
    on('DECOM', 0),
  ),
  episodes('361', 'passes open L1 from 28 March 2013 (3 days to 31 March)', [ep('28/03/2013', '', { LS: 'L1' })], none),

  // 362: emergency protection order (L2), more than 21 days
  episodes(
    '362',
    'fires on L2 of 22 days (01/06 to 23/06)',
    [ep('01/06/2012', '23/06/2012', { LS: 'L2' })],
    on('DECOM', 0),
  ),
  episodes(
    '362',
    'passes L2 of exactly 21 days (01/06 to 22/06)',
    [ep('01/06/2012', '22/06/2012', { LS: 'L2' })],
    none,
  ),
  episodes(
    '362',
    'fires on both L2 episodes of one 22-day spell (01/06 to 12/06, 12/06 to 23/06)',
    [ep('01/06/2012', '12/06/2012', { LS: 'L2', REC: 'X1' }), ep('12/06/2012', '23/06/2012', { LS: 'L2', RNE: 'P' })],
    on('DECOM', 0, 1),
  ),

  episodes(
    '362',
    'fires on open L2 from 9 March 2013 (22 days to 31 March)',
    [ep('09/03/2013', '', { LS: 'L2' })],
    on('DECOM', 0),
  ),

  // 363: child assessment order (L3), more than 7 days summed
  episodes(
    '363',
    'fires on L3 of 8 days (01/06 to 09/06)',
    [ep('01/06/2012', '09/06/2012', { LS: 'L3' })],
    on('DECOM', 0),
  ),
  episodes('363', 'passes L3 of exactly 7 days (01/06 to 08/06)', [ep('01/06/2012', '08/06/2012', { LS: 'L3' })], none),
  episodes(
    '363',
    'takes L3 episodes by date, not file order: 01/06-05/06 and 05/06-09/06 make 8 days, 20/06-24/06 is apart',
    [
      ep('01/06/2012', '05/06/2012', { LS: 'L3', REC: 'X1' }),
      ep('20/06/2012', '24/06/2012', { LS: 'L3' }),
      ep('05/06/2012', '09/06/2012', { LS: 'L3', RNE: 'P' }),
    ],
    on('DECOM', 0, 2),
  ),
  episodes(
    '363',
    'passes two L3 episodes of 4 days with a day between them',
    [ep('01/06/2012', '05/06/2012', { LS: 'L3' }), ep('06/06/2012', '10/06/2012', { LS: 'L3' })],
    none,
  ),
  episodes(
    '363',
    'fires on open L3 from 20 March 2013 (11 days to 31 March)',
    [ep('20/03/2013', '', { LS: 'L3' })],
    on('DECOM', 0),
  ),

  // 364: PACE (J2), more than 21 days summed
  episodes(
    '364',
    'passes J2 of exactly 21 days (01/06 to 22/06)',
    [ep('01/06/2012', '22/06/2012', { LS: 'J2' })],
    none,
  ),
  episodes(
    '364',
    'fires on overlapping J2 episodes summing 22 days (01/06-12/06 and 10/06-21/06, 11 days each)',
    [ep('01/06/2012', '12/06/2012', { LS: 'J2' }), ep('10/06/2012', '21/06/2012', { LS: 'J2' })],
    on('DECOM', 0, 1),
  ),
  episodes(
    '364',
    'passes J2 episodes of 11 days a day apart',
    [ep('01/06/2012', '12/06/2012', { LS: 'J2' }), ep('13/06/2012', '24/06/2012', { LS: 'J2' })],
    none,
  ),

  episodes(
    '364',
    'fires on J2 of 22 days (01/06 to 23/06)',
    [ep('01/06/2012', '23/06/2012', { LS: 'J2' })],
    on('DECOM', 0),
  ),

  // 365: one V3 episode, more than 17 days
  episodes(
    '365',
    'fires on V3 of 18 days (01/06 to 19/06)',
    [ep('01/06/2012', '19/06/2012', { LS: 'V3' })],
    on('DECOM', 0),
  ),
  episodes(
    '365',
    'passes V3 of exactly 17 days (01/06 to 18/06)',
    [ep('01/06/2012', '18/06/2012', { LS: 'V3' })],
    none,
  ),
  episodes('365', 'passes V2 of 18 days', [ep('01/06/2012', '19/06/2012', { LS: 'V2' })], none),
  episodes(
    '365',
    'fires on open V3 from 13 March 2013 (18 days to 31 March)',
    [ep('13/03/2013', '', { LS: 'V3' })],
    on('DECOM', 0),
  ),
  episodes(
    '365',
    'passes open V3 from 14 March 2013 (17 days to 31 March)',
    [ep('14/03/2013', '', { LS: 'V3' })],
    none,
  ),

  // 366
  ...cells('366', 'RNE', [
    ['fires on V3 with RNE P', ep('01/06/2012', '', { LS: 'V3', RNE: 'P' }), true],
    ['fires on V3 with a blank RNE', ep('01/06/2012', '', { LS: 'V3', RNE: '' }), true],
    ['passes V3 with RNE S', ep('01/06/2012', '', { LS: 'V3' }), false],
    ['passes C2 with RNE P', ep('01/06/2012', '', { RNE: 'P' }), false],
  ]),

  // 367: V3 in the year, more than 75 days
  episodes(
    '367',
    'fires on V3 of 76 days (01/04 to 16/06: 30 + 31 + 15)',
    [ep('01/04/2012', '16/06/2012', { LS: 'V3' })],
    on('DECOM', 0),
  ),
  episodes(
    '367',
    'passes V3 of exactly 75 days (01/04 to 15/06)',
    [ep('01/04/2012', '15/06/2012', { LS: 'V3' })],
    none,
  ),
  episodes(
    '367',
    'counts from 1 April: 01/02-20/04 is 19 days in the year, 01/05-26/06 is 56, 75 in all',
    [ep('01/02/2012', '20/04/2012', { LS: 'V3' }), ep('01/05/2012', '26/06/2012', { LS: 'V3' })],
    none,
  ),
  episodes(
    '367',
    'fires on the V3 episodes of the year only: 01/01-01/04 has no day in it, 02/04-17/06 is 76',
    [ep('01/01/2012', '01/04/2012', { LS: 'V3' }), ep('02/04/2012', '17/06/2012', { LS: 'V3' })],
    on('DECOM', 1),
  ),
  episodes(
    '367',
    'fires on open V3 from 1 January 2013 (89 days to 31 March: 31 + 28 + 30)',
    [ep('01/01/2013', '', { LS: 'V3' })],
    on('DECOM', 0),
  ),
  episodes(
    '367',
    'passes two children of 50 days each',
    [ep('01/06/2012', '21/07/2012', { LS: 'V3' }, 'A'), ep('01/06/2012', '21/07/2012', { LS: 'V3' }, 'B')],
    none,
  ),

  // 375, 376, 379: temporary placements that lasted too long (children with no Header row are checked too)
  episodes(
    '375',
    'fires on T1 of 43 days (01/06 to 14/07: 30 + 13)',
    [ep('01/06/2012', '14/07/2012', { PLACE: 'T1' })],
    on('DECOM', 0),
  ),
  episodes(
    '375',
    'passes T1 of exactly 42 days (01/06 to 13/07)',
    [ep('01/06/2012', '13/07/2012', { PLACE: 'T1' })],
    none,
  ),
  episodes('375', 'passes open T1 (open episodes are not checked)', [ep('01/06/2012', '', { PLACE: 'T1' })], none),
  episodes(
    '376',
    'fires on T3 of 22 days (01/06 to 23/06)',
    [ep('01/06/2012', '23/06/2012', { PLACE: 'T3' })],
    on('DECOM', 0),
  ),
  episodes(
    '376',
    'passes T3 of exactly 21 days (01/06 to 22/06)',
    [ep('01/06/2012', '22/06/2012', { PLACE: 'T3' })],
    none,
  ),
  episodes('376', 'passes T1 of 22 days', [ep('01/06/2012', '23/06/2012', { PLACE: 'T1' })], none),
  episodes(
    '379',
    'fires on T4 of 8 days (01/06 to 09/06)',
    [ep('01/06/2012', '09/06/2012', { PLACE: 'T4' })],
    on('DECOM', 0),
  ),
  episodes(
    '379',
    'passes T4 of exactly 7 days (01/06 to 08/06)',
    [ep('01/06/2012', '08/06/2012', { PLACE: 'T4' })],
    none,
  ),

  episodes('379', 'passes open T4 (open episodes are not checked)', [ep('01/06/2012', '', { PLACE: 'T4' })], none),

  // 377
  episodes(
    '377',
    'fires on all three T3 episodes of a child',
    [
      ep('01/05/2012', '05/05/2012', { PLACE: 'T3' }),
      ep('01/06/2012', '05/06/2012', { PLACE: 'T3' }),
      ep('01/07/2012', '05/07/2012', { PLACE: 'T3' }),
      ep('01/08/2012', '05/08/2012'),
    ],
    on('PLACE', 0, 1, 2),
  ),
  episodes(
    '377',
    'passes two T3 episodes',
    [ep('01/05/2012', '05/05/2012', { PLACE: 'T3' }), ep('01/06/2012', '05/06/2012', { PLACE: 'T3' })],
    none,
  ),
  episodes(
    '377',
    'passes three T3 episodes of two children',
    [
      ep('01/05/2012', '05/05/2012', { PLACE: 'T3' }, 'A'),
      ep('01/06/2012', '05/06/2012', { PLACE: 'T3' }, 'A'),
      ep('01/07/2012', '05/07/2012', { PLACE: 'T3' }, 'B'),
    ],
    none,
  ),

  // 378
  ...cells('378', 'PLACE', [
    ['fires on P1 under V2', ep('01/06/2012', '', { PLACE: 'P1', LS: 'V2', PLACE_PROVIDER: 'PR0' }), true],
    ['passes P1 under C2', ep('01/06/2012', '', { PLACE: 'P1', PLACE_PROVIDER: 'PR0' }), false],
    ['passes Q2 under V2', ep('01/06/2012', '', { LS: 'V2' }), false],
  ]),

  // 392d, from 2022-23
  ...cells('392d', 'PL_POST', [
    [
      'fires on the same postcodes for U4',
      ep('01/06/2022', '', { HOME_POST: 'SO23 8UJ', PL_POST: 'SO23 8UJ' }),
      true,
      2023,
    ],
    [
      'passes the same postcodes for P1',
      ep('01/06/2022', '', { PLACE: 'P1', HOME_POST: 'SO23', PL_POST: 'SO23' }),
      false,
      2023,
    ],
    ['passes different postcodes', ep('01/06/2022', '', { HOME_POST: 'SO23 8UJ', PL_POST: 'SO22 5PQ' }), false, 2023],
    [
      'compares text: SO23 8UJ is not SO238UJ',
      ep('01/06/2022', '', { HOME_POST: 'SO23 8UJ', PL_POST: 'SO238UJ' }),
      false,
      2023,
    ],
    ['passes two blank postcodes', ep('01/06/2022'), false, 2023],
    ['is not in force in 2021-22', ep('01/06/2021', '', { HOME_POST: 'SO23 8UJ', PL_POST: 'SO23 8UJ' }), false, 2022],
  ]),

  // 398
  episodes(
    '398',
    'fires on a home postcode under V3',
    [ep('01/06/2012', '', { LS: 'V3', HOME_POST: 'SO23' })],
    on('HOME_POST', 0),
  ),
  episodes(
    '398',
    'fires on a placement postcode under V4',
    [ep('01/06/2012', '', { LS: 'V4', PL_POST: 'SO23' })],
    on('PL_POST', 0),
  ),
  episodes(
    '398',
    'passes postcodes under V2',
    [ep('01/06/2012', '', { LS: 'V2', HOME_POST: 'SO23', PL_POST: 'SO22' })],
    none,
  ),
  episodes('398', 'passes V3 without postcodes', [ep('01/06/2012', '', { LS: 'V3' })], none),

  // 426
  episodes(
    '426',
    'fires on the V3 and V4 episodes of a child with both',
    [
      ep('01/05/2012', '05/05/2012', { LS: 'V3' }),
      ep('01/06/2012', '05/06/2012', { LS: 'C2' }),
      ep('01/07/2012', '05/07/2012', { LS: 'V4' }),
    ],
    on('LS', 0, 2),
  ),
  episodes(
    '426',
    'passes V3 and V4 of two children',
    [ep('01/05/2012', '05/05/2012', { LS: 'V3' }, 'A'), ep('01/07/2012', '05/07/2012', { LS: 'V4' }, 'B')],
    none,
  ),

  // 445 (to 2023-24) and 446
  episodes('445', 'fires on D1 starting 1 January 2006', [ep('01/01/2006', '', { LS: 'D1' })], on('LS', 0)),
  episodes('445', 'passes D1 starting 31 December 2005', [ep('31/12/2005', '', { LS: 'D1' })], none),
  episodes('445', 'fires in 2023-24, its last year', [ep('01/06/2023', '', { LS: 'D1' })], on('LS', 0), 2024),
  episodes('445', 'is not in force in 2024-25', [ep('01/06/2024', '', { LS: 'D1' })], none, 2025),
  episodes('446', 'fires on E1 starting 30 November 2005', [ep('30/11/2005', '', { LS: 'E1' })], on('LS', 0)),
  episodes('446', 'passes E1 starting 1 December 2005', [ep('01/12/2005', '', { LS: 'E1' })], none),
  episodes('446', 'passes D1 starting 30 November 2005', [ep('30/11/2005', '', { LS: 'D1' })], none),

  // 451 (to 2023-24)
  ...cells('451', 'LS', [
    ['fires on D1 still open', ep('01/06/2005', '', { LS: 'D1' }), true],
    ['passes D1 ended', ep('01/06/2005', '01/06/2012', { LS: 'D1', REC: 'E11' }), false],
    ['passes D1 with a reason but no end (148 reports it)', ep('01/06/2005', '', { LS: 'D1', REC: 'E11' }), false],
    ['passes E1 still open', ep('01/06/2005', '', { LS: 'E1' }), false],
    ['fires in 2023-24, its last year', ep('01/06/2005', '', { LS: 'D1' }), true, 2024],
    ['is not in force in 2024-25', ep('01/06/2005', '', { LS: 'D1' }), false, 2025],
  ]),

  // 526 to 531, 550
  ...provider('526', [
    ['Q2', '', true],
    ['Q2', 'PR1', false],
    ['T0', '', false],
    ['', '', true],
    ['Z1', '', false],
    ['Z1', '', true, 2026],
    ['Z11', '', false, 2026],
  ]),
  ...provider('527', [
    ['P1', 'PR1', true],
    ['R2', 'PR1', true],
    ['R5', 'PR1', true],
    ['Q2', 'PR1', false],
    ['P1', 'PR2', false],
  ]),
  ...provider('528', [
    ['R5', 'PR2', true],
    ['Q2', 'PR2', false],
  ]),
  ...provider('529', [
    ['A5', 'PR3', true],
    ['K2', 'PR3', true],
    ['U3', 'PR3', true, 2016],
    ['R1', 'PR3', false],
    ['A5', 'PR4', false],
  ]),
  ...provider('530', [
    ['P1', 'PR4', true],
    ['Q2', 'PR4', false],
  ]),
  ...provider('531', [
    ['P1', 'PR5', true],
    ['R1', 'PR5', false],
  ]),
  ...provider('550', [
    ['Q2', 'PR0', true],
    ['', 'PR0', true],
    ['P1', 'PR0', false],
    ['P1', 'PR1', false],
  ]),

  // 1012, the AD1 and PlacedAdoption half
  {
    rule: '1012',
    name: 'fires on the AD1 and PlacedAdoption rows of a child with no episode',
    tables: withAdoptionOfC(),
    fires: [
      { table: 'AD1', row: 1, column: 'CHILD' },
      { table: 'PlacedAdoption', row: 0, column: 'CHILD' },
    ],
  },
  {
    rule: '1012',
    name: 'passes the adoption rows of a child with an episode',
    tables: { ...withAdoptionOfC(), AD1: [ad1('A', '01/07/2012', '15/09/2012')], PlacedAdoption: [] },
    fires: [],
  },
  {
    rule: '1012',
    name: 'says nothing without an Episodes table',
    tables: { AD1: [ad1('C', '01/07/2012', '15/09/2012')] },
    fires: [],
  },
]
