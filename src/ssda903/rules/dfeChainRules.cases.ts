import { cleanReturn, episode, header, type Row, type Tables } from '../exampleReturn.js'
import type { Hit, RuleCase } from './ruleCase.js'

/*
 * Cases of the Department's chain rules, worked out by hand. Unless a case says otherwise the return is 2012-13
 * (collection start 01/04/2012), with foster placements Q1/Q2, and one child X whose episodes are given in file order
 * (row 0 first). Only the rule of the case is compared, so other rules may fire on the same rows.
 */

/** An episode of child X. */
const ep = (decom: string, rne: string, ls: string, place: string, dec = '', rec = '', extra: Row = {}): Row =>
  episode('X', decom, rne, ls, place, dec, rec, extra)

/** A return holding these episodes, with a Header row for each child (sex coded as in the year). */
const ret = (rows: Row[], year = 2013): Partial<Tables> => ({
  Header: [...new Set(rows.map((r) => r.CHILD!))].map((c) =>
    header(c, '01/01/2005', { SEX: year >= 2025 ? 'M' : '1' }),
  ),
  Episodes: rows,
})

const at = (row: number, column: string): Hit[] => [{ table: 'Episodes', row, column }]

/** A case: the rule, its name, the episodes, where it fires, and the year when not 2012-13. */
const c = (rule: string, name: string, rows: Row[], fires: Hit[], year?: number): RuleCase => ({
  rule,
  name,
  tables: ret(rows, year),
  fires,
  ...(year === undefined ? {} : { year }),
})

/** Two episodes of X: the first from 01/05/2012 to 01/06/2012 ending `rec`, the second from `decom`. */
const pair = (rec: string, decom: string, second: [string, string, string], dec = '01/06/2012', extra: Row = {}) => [
  ep('01/05/2012', 'S', 'C1', 'Q2', dec, rec),
  ep(decom, ...second, '', '', extra),
]

export const DFE_CHAIN_RULE_CASES: readonly RuleCase[] = [
  // 142
  c(
    '142',
    'fires on an episode followed by another but with no DEC',
    [ep('01/05/2012', 'S', 'C2', 'Q2'), ep('01/06/2012', 'P', 'C2', 'Q1')],
    at(0, 'DEC'),
  ),
  c(
    '142',
    'fires on an episode followed by another with a DEC but no REC',
    [ep('01/05/2012', 'S', 'C2', 'Q2', '01/06/2012'), ep('01/06/2012', 'P', 'C2', 'Q1')],
    at(0, 'REC'),
  ),
  c(
    '142',
    'a DEC that is not a date is no end date',
    [ep('01/05/2012', 'S', 'C2', 'Q2', '31/06/2012', 'X1'), ep('01/07/2012', 'P', 'C2', 'Q1')],
    at(0, 'DEC'),
  ),
  {
    rule: '142',
    name: 'the last episode may be open (the clean return: B open, A ended)',
    tables: cleanReturn(),
    fires: [],
  },
  c(
    '142',
    'the last episode is the latest by DECOM, not the last row: the later open row is exempt',
    [ep('01/06/2012', 'P', 'C2', 'Q1'), ep('01/05/2012', 'S', 'C2', 'Q2', '01/06/2012')],
    at(1, 'REC'),
  ),
  // 336
  c(
    '336',
    'fires on A5 after a children’s home',
    pair('X1', '01/06/2012', ['B', 'E1', 'A5']).map((r, i) => (i === 0 ? { ...r, PLACE: 'K2' } : r)),
    at(1, 'PLACE'),
  ),
  c('336', 'passes A5 after a foster placement (Q2 in 2012-13)', pair('X1', '01/06/2012', ['B', 'E1', 'A5']), []),
  c(
    '336',
    'fires on A3 after a children’s home (the Department names A3 and A5)',
    pair('X1', '01/06/2012', ['B', 'E1', 'A3']).map((r, i) => (i === 0 ? { ...r, PLACE: 'K2' } : r)),
    at(1, 'PLACE'),
  ),
  c(
    '336',
    'A4 is not with current foster carers: not checked (the Department’s wording, where the validator tests A4)',
    pair('X1', '01/06/2012', ['B', 'E1', 'A4']).map((r, i) => (i === 0 ? { ...r, PLACE: 'K2' } : r)),
    [],
  ),
  c('336', 'a first episode in A5 has nothing before it to check', [ep('01/05/2012', 'S', 'E1', 'A5')], []),
  c(
    '336',
    'passes A5 after A6 (already placed for adoption)',
    pair('X1', '01/06/2012', ['T', 'E1', 'A5']).map((r, i) => (i === 0 ? { ...r, PLACE: 'A6', LS: 'E1' } : r)),
    [],
  ),
  c(
    '336',
    '2017-18: passes A3 after U4, fires on A3 after a children’s home',
    [
      ep('01/05/2017', 'S', 'C2', 'U4', '01/06/2017', 'X1'),
      ep('01/06/2017', 'L', 'E1', 'A3', '01/09/2017', 'X1'),
      ep('01/09/2017', 'B', 'C2', 'K2', '01/10/2017', 'X1'),
      ep('01/10/2017', 'B', 'E1', 'A3'),
    ],
    at(3, 'PLACE'),
    2018,
  ),
  // 357
  c('357', 'fires on a first episode in the year with RNE P', [ep('01/05/2012', 'P', 'C2', 'Q2')], at(0, 'RNE')),
  c('357', 'passes a first episode with RNE S', [ep('01/05/2012', 'S', 'C2', 'Q2')], []),
  c('357', 'fires on a blank RNE', [ep('01/05/2012', '', 'C2', 'Q2')], at(0, 'RNE')),
  c(
    '357',
    'fires on a first episode starting on 1 April, the collection start',
    [ep('01/04/2012', 'L', 'C2', 'Q2')],
    at(0, 'RNE'),
  ),
  c(
    '357',
    'a first episode that began before 1 April (31/03/2012) is not checked',
    [ep('31/03/2012', 'L', 'C2', 'Q2')],
    [],
  ),
  c(
    '357',
    'only the first episode by DECOM: the earlier row given second is the one checked',
    [ep('01/06/2012', 'P', 'C2', 'Q1'), ep('01/05/2012', 'T', 'C2', 'Q2', '01/06/2012', 'X1')],
    at(1, 'RNE'),
  ),
  // 380
  c(
    '380',
    'fires on a temporary placement starting a period (RNE S)',
    [ep('01/05/2012', 'S', 'C2', 'T0')],
    at(0, 'PLACE'),
  ),
  c(
    '380',
    'fires on a temporary placement with the same carers (RNE T)',
    pair('X1', '01/06/2012', ['T', 'C1', 'T3']),
    at(1, 'PLACE'),
  ),
  c('380', 'passes a temporary placement with new carers (RNE P)', pair('X1', '01/06/2012', ['P', 'C1', 'T1']), []),
  c(
    '380',
    'passes RNE B (legal status, placement and carers); fires on a blank RNE',
    [
      ep('01/05/2012', 'S', 'C1', 'Q2', '01/06/2012', 'X1'),
      ep('01/06/2012', 'B', 'C2', 'T2', '05/06/2012', 'X1'),
      ep('05/06/2012', 'P', 'C2', 'Q2', '01/07/2012', 'X1'),
      ep('01/07/2012', '', 'C2', 'T4'),
    ],
    at(3, 'PLACE'),
  ),
  c('380', 'a placement that is not temporary passes with any RNE', [ep('01/05/2012', 'S', 'C2', 'Q2')], []),
  // 381
  c(
    '381',
    'fires on a temporary placement ending the period of care (E8)',
    [ep('01/05/2012', 'P', 'C2', 'T1', '10/05/2012', 'E8')],
    at(0, 'PLACE'),
  ),
  c(
    '381',
    'passes a temporary placement followed by a new episode (X1)',
    [ep('01/05/2012', 'P', 'C2', 'T1', '10/05/2012', 'X1'), ep('10/05/2012', 'P', 'C2', 'Q2')],
    [],
  ),
  c('381', 'passes an open temporary placement (blank REC)', [ep('01/05/2012', 'P', 'C2', 'T1')], []),
  c('381', 'passes a foster placement ending the period', [ep('01/05/2012', 'S', 'C2', 'Q2', '10/05/2012', 'E8')], []),
  // 382
  c('382', 'fires on respite care (V3) in a temporary placement', [ep('01/05/2012', 'P', 'V3', 'T2')], at(0, 'PLACE')),
  c('382', 'fires on V4 in T4', [ep('01/05/2012', 'P', 'V4', 'T4')], at(0, 'PLACE')),
  c('382', 'passes V2 (single accommodation) in a temporary placement', [ep('01/05/2012', 'P', 'V2', 'T2')], []),
  c('382', 'passes V3 in a foster placement', [ep('01/05/2012', 'S', 'V3', 'Q2')], []),
  // 383
  c(
    '383',
    'passes a return to the same placement with RNE P',
    [
      ep('01/05/2012', 'S', 'C2', 'Q2', '01/07/2012', 'X1'),
      ep('01/07/2012', 'P', 'C2', 'T1', '05/07/2012', 'X1'),
      ep('05/07/2012', 'P', 'C2', 'Q2'),
    ],
    [],
  ),
  c(
    '383',
    'fires on a return with RNE T',
    [
      ep('01/05/2012', 'S', 'C2', 'Q2', '01/07/2012', 'X1'),
      ep('01/07/2012', 'P', 'C2', 'T1', '05/07/2012', 'X1'),
      ep('05/07/2012', 'T', 'C2', 'Q2'),
    ],
    at(2, 'RNE'),
  ),
  c(
    '383',
    'fires on a move to another placement type after the temporary one',
    [
      ep('01/05/2012', 'S', 'C2', 'Q2', '01/07/2012', 'X1'),
      ep('01/07/2012', 'P', 'C2', 'T1', '05/07/2012', 'X1'),
      ep('05/07/2012', 'P', 'C2', 'K2'),
    ],
    at(2, 'PLACE'),
  ),
  c(
    '383',
    'a temporary placement that is the child’s first episode has no normal placement to compare',
    [ep('01/05/2012', 'P', 'C2', 'T1', '05/05/2012', 'X1'), ep('05/05/2012', 'T', 'C2', 'Q2')],
    [],
  ),
  c(
    '383',
    '2025-26: fires when PL_POST differs from the placement before the temporary one',
    [
      ep('01/05/2025', 'S', 'C2', 'U6', '01/07/2025', 'X1', { PL_POST: 'SO23 8UJ' }),
      ep('01/07/2025', 'P', 'C2', 'T1', '05/07/2025', 'X1', { PL_POST: 'SO16 6YD' }),
      ep('05/07/2025', 'P', 'C2', 'U6', '', '', { PL_POST: 'PO1 2AL' }),
    ],
    at(2, 'PL_POST'),
    2026,
  ),
  c(
    '383',
    '2025-26: a blank PL_POST before and after is the same (blank equals blank)',
    [
      ep('01/05/2025', 'S', 'C2', 'U6', '01/07/2025', 'X1'),
      ep('01/07/2025', 'P', 'C2', 'T1', '05/07/2025', 'X1'),
      ep('05/07/2025', 'P', 'C2', 'U6'),
    ],
    [],
    2026,
  ),
  c(
    '383',
    '2024-25: PL_POST is not compared before 2025-26',
    [
      ep('01/05/2024', 'S', 'C2', 'U6', '01/07/2024', 'X1', { PL_POST: 'SO23 8UJ' }),
      ep('01/07/2024', 'P', 'C2', 'T1', '05/07/2024', 'X1', { PL_POST: 'SO16 6YD' }),
      ep('05/07/2024', 'P', 'C2', 'U6', '', '', { PL_POST: 'PO1 2AL' }),
    ],
    [],
    2025,
  ),
  // 384: from 2014-15, when U1-U6 came in
  c(
    '384',
    '2015-16: fires on respite care (V3) in long-term fostering (U1)',
    [ep('01/05/2015', 'S', 'V3', 'U1')],
    at(0, 'PLACE'),
    2016,
  ),
  c('384', '2014-15, its first edition: fires on V4 in U4', [ep('01/05/2014', 'S', 'V4', 'U4')], at(0, 'PLACE'), 2015),
  c('384', '2015-16: passes V3 in short-term fostering (U6)', [ep('01/05/2015', 'S', 'V3', 'U6')], [], 2016),
  c('384', '2015-16: passes a care order (C2) in U1', [ep('01/05/2015', 'S', 'C2', 'U1')], [], 2016),
  c('384', '2013-14: not in force (U1 is no code yet)', [ep('01/05/2013', 'S', 'V3', 'U1')], [], 2014),
  // 388
  c(
    '388',
    'fires on X1 when the next episode starts a day later (DEC 01/06, next DECOM 02/06)',
    pair('X1', '02/06/2012', ['S', 'C2', 'Q1']),
    at(0, 'REC'),
  ),
  c(
    '388',
    'fires on E8 when the next episode starts the same day',
    pair('E8', '01/06/2012', ['S', 'C2', 'Q1']),
    at(0, 'REC'),
  ),
  c(
    '388',
    'fires on X1 ending the child’s last episode',
    [ep('01/05/2012', 'S', 'C2', 'Q2', '01/06/2012', 'X1')],
    at(0, 'REC'),
  ),
  c('388', 'passes X1 followed the same day', pair('X1', '01/06/2012', ['P', 'C2', 'Q1']), []),
  c('388', 'passes E8 followed after a gap', pair('E8', '10/06/2012', ['S', 'C2', 'Q1']), []),
  c('388', 'an X1 without a DEC that is a date is not checked', [ep('01/05/2012', 'S', 'C2', 'Q2', '', 'X1')], []),
  // 431
  c(
    '431',
    'fires on RNE S starting the day the previous episode ended',
    pair('E8', '01/06/2012', ['S', 'C2', 'Q1']),
    at(1, 'RNE'),
  ),
  c('431', 'passes RNE S starting a day later', pair('E8', '02/06/2012', ['S', 'C2', 'Q1']), []),
  c(
    '431',
    'fires on RNE S starting before the previous episode ended (DECOM 20/05 <= DEC 01/06)',
    pair('E8', '20/05/2012', ['S', 'C2', 'Q1']),
    at(1, 'RNE'),
  ),
  c('431', 'a previous episode with no DEC is not compared', pair('', '20/05/2012', ['S', 'C2', 'Q1'], ''), []),
  c('431', 'RNE P the same day is not this rule’s', pair('X1', '01/06/2012', ['P', 'C2', 'Q1']), []),
  // 432
  c(
    '432',
    'fires on RNE P after an episode that ended care (E8)',
    pair('E8', '10/06/2012', ['P', 'C2', 'Q1']),
    at(1, 'RNE'),
  ),
  c('432', 'passes RNE S after E8', pair('E8', '10/06/2012', ['S', 'C2', 'Q1']), []),
  c('432', 'fires on a blank RNE after E4A', pair('E4A', '10/06/2012', ['', 'C2', 'Q1']), at(1, 'RNE')),
  c('432', 'X1 did not end care: RNE L passes', pair('X1', '01/06/2012', ['L', 'C2', 'Q2']), []),
  c('432', 'a previous episode with no REC is not compared', pair('', '10/06/2012', ['P', 'C2', 'Q1']), []),
  // 433
  c(
    '433',
    'fires on RNE P starting a day after the previous episode ended (02/06 against 01/06)',
    pair('X1', '02/06/2012', ['P', 'C2', 'Q1']),
    at(1, 'DECOM'),
  ),
  c('433', 'passes RNE P starting the day the previous episode ended', pair('X1', '01/06/2012', ['P', 'C2', 'Q1']), []),
  c(
    '433',
    'fires on RNE L after an episode with no DEC',
    pair('', '10/06/2012', ['L', 'C2', 'Q2'], ''),
    at(1, 'DECOM'),
  ),
  c('433', 'RNE S after a gap is a new period, not a continuation', pair('E8', '10/06/2012', ['S', 'C2', 'Q2']), []),
  c(
    '433',
    'a continuation code on the child’s first episode has nothing before it',
    [ep('01/05/2012', 'T', 'C2', 'Q2')],
    [],
  ),
  c('433', 'a blank RNE is not a continuation code', pair('E8', '10/06/2012', ['', 'C2', 'Q2']), []),
  // 434: the first episode is C1 in Q2 with provider PR1 and blank PL_POST and URN
  c(
    '434',
    'passes RNE L with a new legal status in the same placement',
    pair('X1', '01/06/2012', ['L', 'C2', 'Q2']),
    [],
  ),
  c(
    '434',
    'fires on RNE L with the legal status unchanged (C1)',
    pair('X1', '01/06/2012', ['L', 'C1', 'Q2']),
    at(1, 'LS'),
  ),
  c(
    '434',
    'fires on RNE L with a new placement type (Q1)',
    pair('X1', '01/06/2012', ['L', 'C2', 'Q1']),
    at(1, 'PLACE'),
  ),
  c(
    '434',
    'fires on RNE L with only the provider changed (PR4)',
    pair('X1', '01/06/2012', ['L', 'C2', 'Q2'], '01/06/2012', { PLACE_PROVIDER: 'PR4' }),
    at(1, 'PLACE_PROVIDER'),
  ),
  c(
    '434',
    'two blank LS are not the same legal status',
    [ep('01/05/2012', 'S', '', 'Q2', '01/06/2012', 'X1'), ep('01/06/2012', 'L', '', 'Q2')],
    [],
  ),
  // 435: blank equals blank (the validator counts two blanks as different, so never fires the second branch here)
  c(
    '435',
    'passes RNE P with a new placement and the same legal status',
    pair('X1', '01/06/2012', ['P', 'C1', 'Q1']),
    [],
  ),
  c('435', 'fires on RNE P with a new legal status (C2)', pair('X1', '01/06/2012', ['P', 'C2', 'Q1']), at(1, 'LS')),
  c(
    '435',
    'fires on RNE T with nothing of the placement changed (blank PL_POST and URN both times)',
    pair('X1', '01/06/2012', ['T', 'C1', 'Q2']),
    at(1, 'PLACE'),
  ),
  c(
    '435',
    'passes RNE T with only the placement postcode changed (same carers, new address)',
    [
      ep('01/05/2012', 'S', 'C1', 'Q2', '01/06/2012', 'X1', { PL_POST: 'SO23 8UJ' }),
      ep('01/06/2012', 'T', 'C1', 'Q2', '', '', { PL_POST: 'SO16 6YD' }),
    ],
    [],
  ),
  // 436
  c('436', 'passes RNE B with a new legal status and placement', pair('X1', '01/06/2012', ['B', 'E1', 'A6']), []),
  c('436', 'fires on RNE B with the legal status unchanged', pair('X1', '01/06/2012', ['B', 'C1', 'Q1']), at(1, 'LS')),
  c(
    '436',
    'fires on RNE U with nothing of the placement changed',
    pair('X1', '01/06/2012', ['U', 'C2', 'Q2']),
    at(1, 'PLACE'),
  ),
  c(
    '436',
    'two blank LS are the same legal status',
    [ep('01/05/2012', 'S', '', 'Q2', '01/06/2012', 'X1'), ep('01/06/2012', 'U', '', 'Q1')],
    at(1, 'LS'),
  ),
  // 437
  c('437', 'fires on E2 (died) followed by another episode', pair('E2', '10/06/2012', ['S', 'C2', 'Q1']), at(0, 'REC')),
  c('437', 'passes E2 on the child’s last episode', [ep('01/05/2012', 'S', 'C2', 'Q2', '01/06/2012', 'E2')], []),
  c(
    '437',
    'fires on E15 (aged 18 or over) when the later episode is the first row',
    [ep('10/06/2012', 'S', 'C2', 'Q1'), ep('01/05/2012', 'S', 'C2', 'Q2', '01/06/2012', 'E15')],
    at(1, 'REC'),
  ),
  c('437', 'passes E17 (staying put) followed by another episode', pair('E17', '10/06/2012', ['S', 'C2', 'Q1']), []),
  // 501
  c(
    '501',
    'fires on an episode starting before the previous ended (05/06 against 10/06)',
    pair('X1', '05/06/2012', ['P', 'C2', 'Q1'], '10/06/2012'),
    at(1, 'DECOM'),
  ),
  c('501', 'passes an episode starting the day the previous ended', pair('X1', '01/06/2012', ['P', 'C2', 'Q1']), []),
  c('501', 'a previous episode with no DEC is not compared', pair('', '05/06/2012', ['P', 'C2', 'Q1'], ''), []),
  {
    rule: '501',
    name: 'episodes of different children are not compared',
    tables: ret([ep('01/05/2012', 'S', 'C2', 'Q2', '10/06/2012', 'E8'), episode('Y', '05/06/2012', 'S', 'C2', 'Q1')]),
    fires: [],
  },
  // 504
  c(
    '504',
    'fires on a new CIN (N2) in a continuation episode',
    pair('X1', '01/06/2012', ['L', 'C2', 'Q2'], '01/06/2012', { CIN: 'N2' }),
    at(1, 'CIN'),
  ),
  c('504', 'passes the same CIN in a continuation episode', pair('X1', '01/06/2012', ['L', 'C2', 'Q2']), []),
  c(
    '504',
    'a new period of care (E8, then S) may have a new CIN',
    pair('E8', '10/06/2012', ['S', 'C2', 'Q2'], '01/06/2012', { CIN: 'N2' }),
    [],
  ),
  c(
    '504',
    'X1 but not starting the same day (02/06 against 01/06) is not compared',
    pair('X1', '02/06/2012', ['P', 'C2', 'Q1'], '01/06/2012', { CIN: 'N2' }),
    [],
  ),
  c(
    '504',
    'two blank CIN are the same (blank equals blank)',
    [
      ep('01/05/2012', 'S', 'C1', 'Q2', '01/06/2012', 'X1', { CIN: '' }),
      ep('01/06/2012', 'L', 'C2', 'Q2', '', '', { CIN: '' }),
    ],
    [],
  ),
  // 516: from 2018-19, when E45 and E46 came in
  c(
    '516',
    '2019-20: fires on E45 from a children’s home (K2)',
    [ep('01/05/2019', 'S', 'C2', 'K2', '01/09/2019', 'E45')],
    at(0, 'PLACE'),
    2020,
  ),
  c(
    '516',
    '2018-19, its first edition: fires on E46 with a blank PLACE',
    [ep('01/05/2018', 'S', 'C2', '', '01/09/2018', 'E46')],
    at(0, 'PLACE'),
    2019,
  ),
  c(
    '516',
    '2019-20: passes E46 from foster care (U4)',
    [ep('01/05/2019', 'S', 'C2', 'U4', '01/09/2019', 'E46')],
    [],
    2020,
  ),
  c(
    '516',
    '2019-20: passes E47 from a children’s home',
    [ep('01/05/2019', 'S', 'C2', 'K2', '01/09/2019', 'E47')],
    [],
    2020,
  ),
  c(
    '516',
    '2017-18: not in force (E45 is no code yet)',
    [ep('01/05/2017', 'S', 'C2', 'K2', '01/09/2017', 'E45')],
    [],
    2018,
  ),
]
