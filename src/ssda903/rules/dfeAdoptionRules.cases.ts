import { ad1, cleanReturn, episode, header, placedAdoption, type Row, type Tables } from '../exampleReturn.js'
import type { Hit, RuleCase } from './ruleCase.js'
import type { UsedTable } from '../tableSpecs.js'

/*
 * The clean return (test/support/returnFixtures.ts), 2012-13, as the cases change it:
 *   Header        0 A born 01/01/2012; 1 B born 05/05/2005
 *   Episodes      0 A S C1 Q2 01/04/2012-01/08/2012 X1
 *                 1 A L E1 Q2 01/08/2012-01/10/2012 X1
 *                 2 A P E1 A6 01/10/2012-15/03/2013 E11 (adopted)
 *                 3 B S V2 Q2 10/10/2012, open
 *   AD1           0 A DATE_INT 01/07/2012, DATE_MATCH 15/09/2012, FOSTER_CARE 0, 2 adopters, MF, L11
 *   PlacedAdoption 0 A DATE_PLACED 01/07/2012, open
 * The collection year runs from 01/04/2012 to 31/03/2013.
 */

/** The clean return of a year, changed. */
const changed = (change: (t: Tables) => void, year = 2013): Tables => {
  const t = cleanReturn(year)
  change(t)
  return t
}
/** The clean return with cells of one row changed. */
const withCells = (table: UsedTable, row: number, cells: Row, year = 2013): Tables =>
  changed((t) => Object.assign(t[table][row]!, cells), year)
/** The clean return without one of its tables. */
const without = (table: UsedTable): Partial<Tables> => {
  const t: Partial<Tables> = cleanReturn()
  delete t[table]
  return t
}

/** A decision for child A (born 01/01/2012). */
const decisionA = (placed: string, ceased = '', reason = ''): Row =>
  placedAdoption('A', placed, ceased, reason, '01/01/2012')
/** AD1 for child A with all six items blank. */
const blankAdoption = (child = 'A'): Row => ad1(child, '', '', '', { NB_ADOPTR: '', SEX_ADOPTR: '', LS_ADOPTR: '' })
/**
 * Child C, born 01/01/2011, in two periods of care: Episodes 4 from 01/05/2012 to 01/06/2012 (E8), Episodes 5 from
 * 01/07/2012, open.
 */
const addC = (t: Tables): void => {
  t.Header.push(header('C', '01/01/2011'))
  t.Episodes.push(
    episode('C', '01/05/2012', 'S', 'C1', 'Q2', '01/06/2012', 'E8'),
    episode('C', '01/07/2012', 'S', 'C2', 'Q2'),
  )
}

const hit = (table: UsedTable, row: number, column?: string): Hit => (column ? { table, row, column } : { table, row })
const ep = (row: number, column?: string) => hit('Episodes', row, column)
const ad = (row: number, column?: string) => hit('AD1', row, column)
const pl = (row: number, column?: string) => hit('PlacedAdoption', row, column)

/** For a legal status of adopters: a gender of adopters that fires, one that passes, and a blank (which fires). */
const adopterSexCases = (rule: string, legalStatus: string, bad: string, good: string): RuleCase[] => [
  {
    rule,
    name: `fires on ${legalStatus} with ${bad}`,
    tables: withCells('AD1', 0, { LS_ADOPTR: legalStatus, SEX_ADOPTR: bad }),
    fires: [ad(0, 'SEX_ADOPTR')],
  },
  {
    rule,
    name: `passes ${legalStatus} with ${good}`,
    tables: withCells('AD1', 0, { LS_ADOPTR: legalStatus, SEX_ADOPTR: good }),
    fires: [],
  },
  {
    rule,
    name: `fires on ${legalStatus} with a blank SEX_ADOPTR`,
    tables: withCells('AD1', 0, { LS_ADOPTR: legalStatus, SEX_ADOPTR: '' }),
    fires: [ad(0, 'SEX_ADOPTR')],
  },
]

export const DFE_ADOPTION_RULE_CASES: readonly RuleCase[] = [
  // 117: DATE_PLACED, DATE_PLACED_CEASED not after 31/03/2013 nor after DEC of the latest episode not ending X1.
  {
    rule: '117',
    name: 'fires on a decision after the collection year and after the adoption (latest DEC 15/03/2013)',
    tables: withCells('PlacedAdoption', 0, { DATE_PLACED: '01/04/2013' }),
    fires: [pl(0, 'DATE_PLACED'), ep(2, 'DEC')],
  },
  {
    rule: '117',
    name: 'fires on a decision reversed (20/03/2013) after the child ceased to be looked after (15/03/2013)',
    tables: withCells('PlacedAdoption', 0, { DATE_PLACED_CEASED: '20/03/2013', REASON_PLACED_CEASED: 'RD1' }),
    fires: [pl(0, 'DATE_PLACED_CEASED'), ep(2, 'DEC')],
  },
  {
    rule: '117',
    name: 'passes a decision reversed on the day the child ceased to be looked after',
    tables: withCells('PlacedAdoption', 0, { DATE_PLACED_CEASED: '15/03/2013', REASON_PLACED_CEASED: 'RD1' }),
    fires: [],
  },
  {
    rule: '117',
    name: 'an episode ending X1 is not the latest: a decision after its DEC (01/10/2012) passes',
    tables: withCells('PlacedAdoption', 0, { DATE_PLACED: '01/11/2012' }),
    fires: [],
  },
  {
    rule: '117',
    name: 'open episode: passes a decision reversed on the last day of the year',
    tables: changed((t) => t.PlacedAdoption.push(placedAdoption('B', '01/12/2012', '31/03/2013', 'RD1'))),
    fires: [],
  },
  {
    rule: '117',
    name: 'open episode: fires on the decision alone when reversed after the year (no DEC to point at)',
    tables: changed((t) => t.PlacedAdoption.push(placedAdoption('B', '01/12/2012', '01/04/2013', 'RD1'))),
    fires: [pl(1, 'DATE_PLACED_CEASED')],
  },
  {
    rule: '117',
    name: 'a child with no episode is still held to the collection year (the validator skips it)',
    tables: changed((t) => {
      t.Header.push(header('C', '01/01/2011'))
      t.PlacedAdoption.push(placedAdoption('C', '02/04/2013'))
    }),
    fires: [pl(1, 'DATE_PLACED')],
  },

  // 118: DATE_PLACED_CEASED not before 01/04/2012 nor before DECOM of the earliest episode not V3/V4.
  {
    rule: '118',
    name: 'fires on a decision reversed (31/03/2012) before the year and before care began (01/04/2012)',
    tables: withCells('PlacedAdoption', 0, {
      DATE_PLACED: '01/03/2012',
      DATE_PLACED_CEASED: '31/03/2012',
      REASON_PLACED_CEASED: 'RD1',
    }),
    fires: [pl(0, 'DATE_PLACED_CEASED'), ep(0, 'DECOM')],
  },
  {
    rule: '118',
    name: 'passes a decision reversed on the first day of the year, the day care began',
    tables: withCells('PlacedAdoption', 0, {
      DATE_PLACED: '01/03/2012',
      DATE_PLACED_CEASED: '01/04/2012',
      REASON_PLACED_CEASED: 'RD1',
    }),
    fires: [],
  },
  {
    rule: '118',
    name: 'fires on a decision reversed in the year (09/10/2012) before care began (10/10/2012)',
    tables: changed((t) => t.PlacedAdoption.push(placedAdoption('B', '01/10/2012', '09/10/2012', 'RD1'))),
    fires: [pl(1, 'DATE_PLACED_CEASED'), ep(3, 'DECOM')],
  },
  {
    rule: '118',
    name: 'an episode of short breaks (V3) is not the start of care',
    tables: changed((t) => {
      t.Episodes[3]!.LS = 'V3'
      t.PlacedAdoption.push(placedAdoption('B', '01/10/2012', '09/10/2012', 'RD1'))
    }),
    fires: [],
  },
  {
    rule: '118',
    name: 'a child with no episode is still held to the collection year (the validator skips it)',
    tables: changed((t) => {
      t.Header.push(header('C', '01/01/2011'))
      t.PlacedAdoption.push(placedAdoption('C', '01/01/2012', '15/03/2012', 'RD1'))
    }),
    fires: [pl(1, 'DATE_PLACED_CEASED')],
  },

  // 119: DATE_PLACED_CEASED and REASON_PLACED_CEASED both or neither.
  {
    rule: '119',
    name: 'fires on a reversal date without a reason',
    tables: withCells('PlacedAdoption', 0, { DATE_PLACED_CEASED: '01/09/2012' }),
    fires: [pl(0, 'REASON_PLACED_CEASED')],
  },
  {
    rule: '119',
    name: 'fires on a reason without a reversal date',
    tables: withCells('PlacedAdoption', 0, { REASON_PLACED_CEASED: 'RD1' }),
    fires: [pl(0, 'DATE_PLACED_CEASED')],
  },
  {
    rule: '119',
    name: 'passes a reversal with both',
    tables: withCells('PlacedAdoption', 0, { DATE_PLACED_CEASED: '01/09/2012', REASON_PLACED_CEASED: 'RD1' }),
    fires: [],
  },
  { rule: '119', name: 'passes an open decision with neither', tables: cleanReturn(), fires: [] },

  // 151: the six AD1 items all given or all blank.
  {
    rule: '151',
    name: 'fires when DATE_MATCH alone is blank',
    tables: withCells('AD1', 0, { DATE_MATCH: '' }),
    fires: [ad(0, 'DATE_MATCH')],
  },
  {
    rule: '151',
    name: 'fires when FOSTER_CARE alone is given (points at the first blank, DATE_INT)',
    tables: changed((t) => (t.AD1 = [{ ...blankAdoption(), FOSTER_CARE: '1' }])),
    fires: [ad(0, 'DATE_INT')],
  },
  { rule: '151', name: 'passes all six given', tables: cleanReturn(), fires: [] },
  { rule: '151', name: 'passes all six blank', tables: changed((t) => (t.AD1 = [blankAdoption()])), fires: [] },

  // 184: DATE_PLACED not before the child's date of birth (Header DOB 01/01/2012).
  {
    rule: '184',
    name: 'fires on a decision the day before the child was born',
    tables: withCells('PlacedAdoption', 0, { DATE_PLACED: '31/12/2011' }),
    fires: [pl(0, 'DATE_PLACED')],
  },
  {
    rule: '184',
    name: 'passes a decision on the day the child was born',
    tables: withCells('PlacedAdoption', 0, { DATE_PLACED: '01/01/2012' }),
    fires: [],
  },
  {
    rule: '184',
    name: "compares the Header DOB, not the PlacedAdoption table's own (01/01/2010)",
    tables: withCells('PlacedAdoption', 0, { DATE_PLACED: '01/06/2011', DOB: '01/01/2010' }),
    fires: [pl(0, 'DATE_PLACED')],
  },
  {
    rule: '184',
    name: 'a blank DOB leaves nothing to compare (the validator fires)',
    tables: changed((t) => {
      t.Header[0]!.DOB = ''
      t.PlacedAdoption[0]!.DOB = ''
    }),
    fires: [],
  },

  // 331: DATE_MATCH not after DECOM of the episode ending in adoption (01/10/2012).
  {
    rule: '331',
    name: 'fires on a match (02/10/2012) after the placement began (01/10/2012)',
    tables: withCells('AD1', 0, { DATE_MATCH: '02/10/2012' }),
    fires: [ad(0, 'DATE_MATCH'), ep(2, 'DECOM')],
  },
  {
    rule: '331',
    name: 'passes a match on the day the placement began',
    tables: withCells('AD1', 0, { DATE_MATCH: '01/10/2012' }),
    fires: [],
  },
  {
    rule: '331',
    name: 'compares only episodes ending in adoption',
    tables: changed((t) => {
      t.AD1[0]!.DATE_MATCH = '02/10/2012'
      t.Episodes[2]!.REC = 'E8'
    }),
    fires: [],
  },
  { rule: '331', name: 'passes a blank DATE_MATCH', tables: withCells('AD1', 0, { DATE_MATCH: '' }), fires: [] },

  // 333: DATE_MATCH given: DATE_INT given and not after it.
  {
    rule: '333',
    name: 'fires on DATE_INT (16/09/2012) after DATE_MATCH (15/09/2012)',
    tables: withCells('AD1', 0, { DATE_INT: '16/09/2012' }),
    fires: [ad(0, 'DATE_INT')],
  },
  {
    rule: '333',
    name: 'passes DATE_INT on DATE_MATCH',
    tables: withCells('AD1', 0, { DATE_INT: '15/09/2012' }),
    fires: [],
  },
  {
    rule: '333',
    name: 'fires on a blank DATE_INT when DATE_MATCH is given',
    tables: withCells('AD1', 0, { DATE_INT: '' }),
    fires: [ad(0, 'DATE_INT')],
  },
  {
    rule: '333',
    name: 'passes when DATE_MATCH is blank',
    tables: withCells('AD1', 0, { DATE_INT: '16/09/2012', DATE_MATCH: '' }),
    fires: [],
  },

  // 334: DATE_INT not before DECOM of the latest episode with RNE S.
  {
    rule: '334',
    name: 'fires on DATE_INT (31/03/2012) before care began (01/04/2012)',
    tables: withCells('AD1', 0, { DATE_INT: '31/03/2012' }),
    fires: [ad(0, 'DATE_INT'), ep(0, 'DECOM')],
  },
  {
    rule: '334',
    name: 'passes DATE_INT on the day care began',
    tables: withCells('AD1', 0, { DATE_INT: '01/04/2012' }),
    fires: [],
  },
  {
    rule: '334',
    name: 'compares the latest period of care: DATE_INT 15/06/2012 is before its start, 01/07/2012',
    tables: changed((t) => {
      addC(t)
      t.AD1.push(ad1('C', '15/06/2012', '20/06/2012'))
    }),
    fires: [ad(1, 'DATE_INT'), ep(5, 'DECOM')],
  },
  {
    rule: '334',
    name: 'a child with no episode starting a period this year is not checked',
    tables: changed((t) => {
      t.Episodes[0]!.RNE = 'B'
      t.AD1[0]!.DATE_INT = '31/03/2012'
    }),
    fires: [],
  },

  // 335: adopted (E1, E11, E12): A2/A3/A5 (with current foster carers) and FOSTER_CARE 0, or A1/A4/A6 and 1.
  {
    rule: '335',
    name: 'fires on A5 (with current foster carers) and FOSTER_CARE 0',
    tables: withCells('Episodes', 2, { PLACE: 'A5' }),
    fires: [ep(2, 'PLACE'), ad(0, 'FOSTER_CARE')],
  },
  {
    rule: '335',
    name: 'fires on A6 (not with current foster carers) and FOSTER_CARE 1',
    tables: withCells('AD1', 0, { FOSTER_CARE: '1' }),
    fires: [ep(2, 'PLACE'), ad(0, 'FOSTER_CARE')],
  },
  {
    rule: '335',
    name: 'passes A5 and FOSTER_CARE 1',
    tables: changed((t) => {
      t.Episodes[2]!.PLACE = 'A5'
      t.AD1[0]!.FOSTER_CARE = '1'
    }),
    fires: [],
  },
  {
    rule: '335',
    name: 'a blank FOSTER_CARE never fires',
    tables: changed((t) => {
      t.Episodes[2]!.PLACE = 'A5'
      t.AD1[0]!.FOSTER_CARE = ''
    }),
    fires: [],
  },
  {
    rule: '335',
    name: 'compares the last placement: A4 broke down, then the foster carers adopted from A5 (FOSTER_CARE 1)',
    tables: changed((t) => {
      Object.assign(t.Episodes[1]!, { RNE: 'B', PLACE: 'A4' })
      t.Episodes[2]!.PLACE = 'A5'
      t.AD1[0]!.FOSTER_CARE = '1'
    }),
    fires: [],
  },
  {
    rule: '335',
    name: 'fires on the last placement, A4, after an A5 that broke down (FOSTER_CARE 1)',
    tables: changed((t) => {
      Object.assign(t.Episodes[1]!, { RNE: 'B', PLACE: 'A5' })
      t.Episodes[2]!.PLACE = 'A4'
      t.AD1[0]!.FOSTER_CARE = '1'
    }),
    fires: [ep(2, 'PLACE'), ad(0, 'FOSTER_CARE')],
  },
  {
    rule: '335',
    name: 'an adoption recorded from a foster placement looks back to the A5 before it in the period',
    tables: changed((t) => {
      Object.assign(t.Episodes[1]!, { RNE: 'B', PLACE: 'A5' })
      t.Episodes[2]!.PLACE = 'Q2'
    }),
    fires: [ep(1, 'PLACE'), ad(0, 'FOSTER_CARE')],
  },
  {
    rule: '335',
    name: 'an episode not ending in adoption is not compared',
    tables: withCells('Episodes', 2, { PLACE: 'A5', REC: 'E8' }),
    fires: [],
  },

  // 390: REC E11/E12 needs PLACE A3-A6.
  {
    rule: '390',
    name: 'fires on an adoption from a foster placement (Q2)',
    tables: withCells('Episodes', 2, { PLACE: 'Q2' }),
    fires: [ep(2, 'PLACE')],
  },
  {
    rule: '390',
    name: 'fires on an adoption (E12) with a blank PLACE',
    tables: withCells('Episodes', 2, { PLACE: '', REC: 'E12' }),
    fires: [ep(2, 'PLACE')],
  },
  { rule: '390', name: 'passes an adoption from A6', tables: cleanReturn(), fires: [] },
  {
    rule: '390',
    name: 'passes a foster placement that did not end in adoption',
    tables: withCells('Episodes', 2, { PLACE: 'Q2', REC: 'E8' }),
    fires: [],
  },

  // 408: PLACE A5/A6 needs LS E1.
  {
    rule: '408',
    name: 'fires on A6 under a full care order (C2)',
    tables: withCells('Episodes', 2, { LS: 'C2' }),
    fires: [ep(2, 'LS')],
  },
  {
    rule: '408',
    name: 'fires on A5 with a blank LS',
    tables: withCells('Episodes', 2, { PLACE: 'A5', LS: '' }),
    fires: [ep(2, 'LS')],
  },
  { rule: '408', name: 'passes A6 under a placement order (E1)', tables: cleanReturn(), fires: [] },
  {
    rule: '408',
    name: 'passes A4 (with parental consent) under a care order',
    tables: withCells('Episodes', 2, { PLACE: 'A4', LS: 'C2' }),
    fires: [],
  },

  // 511: two adopters are MM, FF or MF.
  {
    rule: '511',
    name: 'fires on two adopters coded as a single man (M1)',
    tables: withCells('AD1', 0, { SEX_ADOPTR: 'M1' }),
    fires: [ad(0, 'SEX_ADOPTR')],
  },
  {
    rule: '511',
    name: 'fires on two adopters coded as a single woman (F1)',
    tables: withCells('AD1', 0, { SEX_ADOPTR: 'F1' }),
    fires: [ad(0, 'SEX_ADOPTR')],
  },
  { rule: '511', name: 'passes two adopters, MF', tables: cleanReturn(), fires: [] },
  {
    rule: '511',
    name: 'passes one adopter, F1',
    tables: withCells('AD1', 0, { NB_ADOPTR: '1', SEX_ADOPTR: 'F1', LS_ADOPTR: 'L0' }),
    fires: [],
  },

  ...adopterSexCases('514', 'L0', 'MF', 'F1'),
  ...adopterSexCases('517', 'L3', 'MM', 'MF'),
  ...adopterSexCases('518', 'L4', 'MF', 'FF'),
  ...adopterSexCases('519', 'L2', 'M1', 'MF'),
  ...adopterSexCases('520', 'L11', 'FF', 'MF'),
  ...adopterSexCases('524', 'L12', 'MF', 'MM'),

  // 521: DATE_INT not after DECOM of any episode placed for adoption (A3-A6).
  {
    rule: '521',
    name: 'fires on DATE_INT (02/10/2012) after the placement for adoption began (01/10/2012)',
    tables: withCells('AD1', 0, { DATE_INT: '02/10/2012' }),
    fires: [ep(2, 'DECOM'), ad(0, 'DATE_INT')],
  },
  {
    rule: '521',
    name: 'passes DATE_INT on the day the placement began',
    tables: withCells('AD1', 0, { DATE_INT: '01/10/2012' }),
    fires: [],
  },
  {
    rule: '521',
    name: 'compares every placement for adoption: A4 from 01/08/2012 is before DATE_INT 15/08/2012',
    tables: changed((t) => {
      Object.assign(t.Episodes[1]!, { RNE: 'B', PLACE: 'A4' })
      t.AD1[0]!.DATE_INT = '15/08/2012'
    }),
    fires: [ep(1, 'DECOM'), ad(0, 'DATE_INT')],
  },
  {
    rule: '521',
    name: 'a foster placement from 01/08/2012 is not compared with DATE_INT 15/08/2012',
    tables: withCells('AD1', 0, { DATE_INT: '15/08/2012' }),
    fires: [],
  },

  // 522: DATE_PLACED_CEASED not before DATE_PLACED.
  {
    rule: '522',
    name: 'fires on a reversal (30/06/2012) before the decision (01/07/2012)',
    tables: withCells('PlacedAdoption', 0, { DATE_PLACED_CEASED: '30/06/2012', REASON_PLACED_CEASED: 'RD1' }),
    fires: [pl(0, 'DATE_PLACED_CEASED')],
  },
  {
    rule: '522',
    name: 'passes a reversal on the day of the decision',
    tables: withCells('PlacedAdoption', 0, { DATE_PLACED_CEASED: '01/07/2012', REASON_PLACED_CEASED: 'RD1' }),
    fires: [],
  },
  {
    rule: '522',
    name: 'a blank DATE_PLACED leaves nothing to compare',
    tables: withCells('PlacedAdoption', 0, {
      DATE_PLACED: '',
      DATE_PLACED_CEASED: '30/06/2012',
      REASON_PLACED_CEASED: 'RD1',
    }),
    fires: [],
  },

  // 523: DATE_PLACED of the child's decision equals AD1 DATE_INT.
  {
    rule: '523',
    name: 'fires when DATE_PLACED (02/07/2012) differs from DATE_INT (01/07/2012)',
    tables: withCells('PlacedAdoption', 0, { DATE_PLACED: '02/07/2012' }),
    fires: [pl(0, 'DATE_PLACED'), ad(0, 'DATE_INT')],
  },
  { rule: '523', name: 'passes the same date', tables: cleanReturn(), fires: [] },
  {
    rule: '523',
    name: 'an earlier decision, reversed and replaced, is not compared (the validator fires on it)',
    tables: changed(
      (t) => (t.PlacedAdoption = [decisionA('01/03/2012', '01/05/2012', 'RD1'), decisionA('01/07/2012')]),
    ),
    fires: [],
  },
  {
    rule: '523',
    name: 'fires on the latest decision when DATE_INT is the earlier, reversed one',
    tables: changed((t) => {
      t.PlacedAdoption = [decisionA('01/03/2012', '01/05/2012', 'RD1'), decisionA('01/07/2012')]
      t.AD1[0]!.DATE_INT = '01/03/2012'
    }),
    fires: [pl(1, 'DATE_PLACED'), ad(0, 'DATE_INT')],
  },
  { rule: '523', name: 'passes a blank DATE_INT', tables: withCells('AD1', 0, { DATE_INT: '' }), fires: [] },

  // 525: a reversed decision and AD1 items given.
  {
    rule: '525',
    name: 'fires on a reversed decision of a child adopted in the year',
    tables: withCells('PlacedAdoption', 0, { DATE_PLACED_CEASED: '01/09/2012', REASON_PLACED_CEASED: 'RD1' }),
    fires: [pl(0, 'DATE_PLACED_CEASED'), ad(0, 'DATE_INT')],
  },
  { rule: '525', name: 'passes an open decision', tables: cleanReturn(), fires: [] },
  {
    rule: '525',
    name: 'passes a reversed decision with AD1 left blank',
    tables: changed((t) => {
      Object.assign(t.PlacedAdoption[0]!, { DATE_PLACED_CEASED: '01/09/2012', REASON_PLACED_CEASED: 'RD1' })
      t.AD1 = [blankAdoption()]
    }),
    fires: [],
  },
  {
    rule: '525',
    name: 'a reversed decision replaced by a later one does not stop the adoption (the validator fires)',
    tables: changed(
      (t) => (t.PlacedAdoption = [decisionA('01/03/2012', '01/05/2012', 'RD1'), decisionA('01/07/2012')]),
    ),
    fires: [],
  },

  // 551: a placement for adoption (A3-A6) needs a decision.
  {
    rule: '551',
    name: 'fires on a placement for adoption with no decision',
    tables: changed((t) => (t.PlacedAdoption = [])),
    fires: [ep(2, 'PLACE')],
  },
  {
    rule: '551',
    name: 'fires on every placement for adoption',
    tables: changed((t) => {
      Object.assign(t.Episodes[1]!, { RNE: 'B', PLACE: 'A5' })
      t.PlacedAdoption = []
    }),
    fires: [ep(1, 'PLACE'), ep(2, 'PLACE')],
  },
  { rule: '551', name: 'passes a decision', tables: cleanReturn(), fires: [] },
  {
    rule: '551',
    name: 'a decision with a blank DATE_PLACED is a decision (its date is for 115 and 563)',
    tables: withCells('PlacedAdoption', 0, { DATE_PLACED: '' }),
    fires: [],
  },
  {
    rule: '551',
    name: 'cannot tell without a PlacedAdoption table',
    tables: without('PlacedAdoption'),
    fires: [],
  },

  // 552: the latest DATE_PLACED not after DECOM of the first placement for adoption.
  {
    rule: '552',
    name: 'fires on a decision (02/10/2012) after the placement for adoption began (01/10/2012)',
    tables: withCells('PlacedAdoption', 0, { DATE_PLACED: '02/10/2012' }),
    fires: [ep(2, 'DECOM'), pl(0, 'DATE_PLACED')],
  },
  {
    rule: '552',
    name: 'passes a decision on the day the placement began',
    tables: withCells('PlacedAdoption', 0, { DATE_PLACED: '01/10/2012' }),
    fires: [],
  },
  {
    rule: '552',
    name: 'compares the latest decision (15/10/2012) with the first placement for adoption',
    tables: changed((t) => t.PlacedAdoption.push(decisionA('15/10/2012'))),
    fires: [ep(2, 'DECOM'), pl(1, 'DATE_PLACED')],
  },
  {
    rule: '552',
    name: 'a child never placed for adoption is not checked',
    tables: changed((t) => {
      t.Episodes[2]!.PLACE = 'Q2'
      t.PlacedAdoption[0]!.DATE_PLACED = '02/10/2012'
    }),
    fires: [],
  },

  // 553: an episode under a placement order (E1) needs a decision; while it is open, the decision is not reversed.
  {
    rule: '553',
    name: 'fires on each placement-order episode of a child with no decision',
    tables: changed((t) => (t.PlacedAdoption = [])),
    fires: [ep(1, 'LS'), ep(2, 'LS')],
  },
  {
    rule: '553',
    name: 'fires on a decision reversed while the placement order is in force (open E1 episode)',
    tables: changed((t) => {
      t.Episodes[3]!.LS = 'E1'
      t.PlacedAdoption.push(placedAdoption('B', '01/11/2012', '01/02/2013', 'RD1'))
    }),
    fires: [pl(1, 'DATE_PLACED_CEASED')],
  },
  {
    rule: '553',
    name: 'fires on a reason for reversal alone',
    tables: changed((t) => {
      t.Episodes[3]!.LS = 'E1'
      t.PlacedAdoption.push(placedAdoption('B', '01/11/2012', '', 'RD4'))
    }),
    fires: [pl(1, 'REASON_PLACED_CEASED')],
  },
  {
    rule: '553',
    name: 'passes an open decision while the placement order is in force',
    tables: changed((t) => {
      t.Episodes[3]!.LS = 'E1'
      t.PlacedAdoption.push(placedAdoption('B', '01/11/2012'))
    }),
    fires: [],
  },
  {
    rule: '553',
    name: 'passes a reversed decision once the placement-order episodes have ended',
    tables: withCells('PlacedAdoption', 0, { DATE_PLACED_CEASED: '01/03/2013', REASON_PLACED_CEASED: 'RD1' }),
    fires: [],
  },
  {
    rule: '553',
    name: 'a reversed decision that a later decision replaced is history',
    tables: changed((t) => {
      t.Episodes[3]!.LS = 'E1'
      t.PlacedAdoption.push(placedAdoption('B', '01/11/2012', '01/12/2012', 'RD1'), placedAdoption('B', '01/01/2013'))
    }),
    fires: [],
  },
  {
    rule: '553',
    name: 'cannot tell without a PlacedAdoption table',
    tables: without('PlacedAdoption'),
    fires: [],
  },

  // 554: DATE_PLACED not after DECOM of the first placement-order (E1) episode (01/08/2012).
  {
    rule: '554',
    name: 'fires on a decision (02/08/2012) after the placement order (01/08/2012)',
    tables: withCells('PlacedAdoption', 0, { DATE_PLACED: '02/08/2012' }),
    fires: [ep(1, 'DECOM'), pl(0, 'DATE_PLACED')],
  },
  {
    rule: '554',
    name: 'passes a decision on the day of the placement order',
    tables: withCells('PlacedAdoption', 0, { DATE_PLACED: '01/08/2012' }),
    fires: [],
  },
  {
    rule: '554',
    name: 'compares the first placement-order episode only (01/08/2012, not 01/10/2012)',
    tables: withCells('PlacedAdoption', 0, { DATE_PLACED: '15/10/2012' }),
    fires: [ep(1, 'DECOM'), pl(0, 'DATE_PLACED')],
  },
  {
    rule: '554',
    name: 'a child with no placement order is not checked',
    tables: changed((t) => {
      t.Episodes[1]!.LS = 'C2'
      t.Episodes[2]!.LS = 'C2'
      t.PlacedAdoption[0]!.DATE_PLACED = '02/08/2012'
    }),
    fires: [],
  },

  // 555: as 553, for a freeing order (D1); up to 2023-24.
  {
    rule: '555',
    name: 'fires on a freeing-order episode of a child with no decision',
    tables: withCells('Episodes', 3, { LS: 'D1' }),
    fires: [ep(3, 'LS')],
  },
  {
    rule: '555',
    name: 'fires on a decision reversed while the freeing order is in force (open D1 episode)',
    tables: changed((t) => {
      t.Episodes[3]!.LS = 'D1'
      t.PlacedAdoption.push(placedAdoption('B', '01/11/2012', '01/02/2013', 'RD1'))
    }),
    fires: [pl(1, 'DATE_PLACED_CEASED')],
  },
  {
    rule: '555',
    name: 'passes an open decision while the freeing order is in force',
    tables: changed((t) => {
      t.Episodes[3]!.LS = 'D1'
      t.PlacedAdoption.push(placedAdoption('B', '01/11/2012'))
    }),
    fires: [],
  },
  {
    rule: '555',
    name: 'in force in 2023-24, its last edition',
    year: 2024,
    tables: withCells('Episodes', 3, { LS: 'D1' }, 2024),
    fires: [ep(3, 'LS')],
  },
  {
    rule: '555',
    name: 'not in force from 2024-25',
    year: 2025,
    tables: withCells('Episodes', 3, { LS: 'D1' }, 2025),
    fires: [],
  },

  // 556: DATE_PLACED not after DECOM of a freeing-order (D1) episode; up to 2023-24.
  {
    rule: '556',
    name: 'fires on a decision (11/10/2012) after the freeing order (10/10/2012)',
    tables: changed((t) => {
      t.Episodes[3]!.LS = 'D1'
      t.PlacedAdoption.push(placedAdoption('B', '11/10/2012'))
    }),
    fires: [ep(3, 'DECOM')],
  },
  {
    rule: '556',
    name: 'passes a decision on the day of the freeing order',
    tables: changed((t) => {
      t.Episodes[3]!.LS = 'D1'
      t.PlacedAdoption.push(placedAdoption('B', '10/10/2012'))
    }),
    fires: [],
  },
  {
    rule: '556',
    name: 'in force in 2023-24, its last edition',
    year: 2024,
    tables: changed((t) => {
      t.Episodes[3]!.LS = 'D1'
      t.PlacedAdoption.push(placedAdoption('B', '11/10/2023'))
    }, 2024),
    fires: [ep(3, 'DECOM')],
  },
  {
    rule: '556',
    name: 'not in force from 2024-25',
    year: 2025,
    tables: changed((t) => {
      t.Episodes[3]!.LS = 'D1'
      t.PlacedAdoption.push(placedAdoption('B', '11/10/2024'))
    }, 2025),
    fires: [],
  },

  // 557: placed for adoption or under an order, left care not adopted: the decision is reversed, date and reason.
  {
    rule: '557',
    name: 'fires on a placement for adoption that ended (E8) while the decision is open',
    tables: withCells('Episodes', 2, { REC: 'E8' }),
    fires: [ep(2, 'REC'), pl(0, 'DATE_PLACED_CEASED')],
  },
  {
    rule: '557',
    name: 'fires on the episode alone when the child has no decision',
    tables: changed((t) => {
      t.Episodes[2]!.REC = 'E8'
      t.PlacedAdoption = []
    }),
    fires: [ep(2, 'REC')],
  },
  {
    rule: '557',
    name: 'fires when the reason for reversal is missing',
    tables: changed((t) => {
      t.Episodes[2]!.REC = 'E8'
      t.PlacedAdoption[0]!.DATE_PLACED_CEASED = '01/03/2013'
    }),
    fires: [ep(2, 'REC'), pl(0, 'REASON_PLACED_CEASED')],
  },
  {
    rule: '557',
    name: 'passes a decision reversed with date and reason',
    tables: changed((t) => {
      t.Episodes[2]!.REC = 'E8'
      Object.assign(t.PlacedAdoption[0]!, { DATE_PLACED_CEASED: '01/03/2013', REASON_PLACED_CEASED: 'RD1' })
    }),
    fires: [],
  },
  { rule: '557', name: 'passes an adoption (and episodes ending X1)', tables: cleanReturn(), fires: [] },
  {
    rule: '557',
    name: 'fires on a placement order alone: the child left care (E8) from foster care',
    tables: changed((t) => {
      Object.assign(t.Episodes[3]!, { LS: 'E1', DEC: '01/02/2013', REC: 'E8' })
      t.PlacedAdoption.push(placedAdoption('B', '01/11/2012'))
    }),
    fires: [ep(3, 'REC'), pl(1, 'DATE_PLACED_CEASED')],
  },
  {
    rule: '557',
    name: 'looks at the decision in force when the child left care, not a later one in a new period of care',
    tables: changed((t) => {
      Object.assign(t.Episodes[3]!, { LS: 'E1', DEC: '01/12/2012', REC: 'E8' })
      t.Episodes.push(episode('B', '01/01/2013', 'S', 'C2', 'Q2'))
      t.PlacedAdoption.push(placedAdoption('B', '15/10/2012', '01/12/2012', 'RD1'), placedAdoption('B', '15/01/2013'))
    }),
    fires: [],
  },
  {
    rule: '557',
    name: 'a freeing order (D1) counts in 2023-24',
    year: 2024,
    tables: changed((t) => {
      Object.assign(t.Episodes[3]!, { LS: 'D1', DEC: '01/02/2024', REC: 'E8' })
      t.PlacedAdoption.push(placedAdoption('B', '01/11/2023'))
    }, 2024),
    fires: [ep(3, 'REC'), pl(1, 'DATE_PLACED_CEASED')],
  },
  {
    rule: '557',
    name: 'a freeing order (D1) no longer counts from 2024-25',
    year: 2025,
    tables: changed((t) => {
      Object.assign(t.Episodes[3]!, { LS: 'D1', DEC: '01/02/2025', REC: 'E8' })
      t.PlacedAdoption.push(placedAdoption('B', '01/11/2024'))
    }, 2025),
    fires: [],
  },

  // 558: latest episode adopted, more than one DATE_PLACED_CEASED: the latest decision's is blank.
  {
    rule: '558',
    name: 'fires on an adoption when both decisions are shown as reversed',
    tables: changed(
      (t) =>
        (t.PlacedAdoption = [
          decisionA('01/03/2012', '01/05/2012', 'RD1'),
          decisionA('01/07/2012', '01/03/2013', 'RD4'),
        ]),
    ),
    fires: [ep(2, 'REC'), pl(1, 'DATE_PLACED_CEASED')],
  },
  {
    rule: '558',
    name: 'passes when the latest decision is open',
    tables: changed(
      (t) => (t.PlacedAdoption = [decisionA('01/03/2012', '01/05/2012', 'RD1'), decisionA('01/07/2012')]),
    ),
    fires: [],
  },
  {
    rule: '558',
    name: 'one reversed decision is not more than one',
    tables: withCells('PlacedAdoption', 0, { DATE_PLACED_CEASED: '01/03/2013', REASON_PLACED_CEASED: 'RD1' }),
    fires: [],
  },
  {
    rule: '558',
    name: 'the latest decision counts, whatever an older open row (the validator skips the child)',
    tables: changed(
      (t) =>
        (t.PlacedAdoption = [
          decisionA('01/01/2012'),
          decisionA('01/03/2012', '01/05/2012', 'RD1'),
          decisionA('01/07/2012', '01/03/2013', 'RD4'),
        ]),
    ),
    fires: [ep(2, 'REC'), pl(2, 'DATE_PLACED_CEASED')],
  },
  {
    rule: '558',
    name: 'a child not adopted is not checked',
    tables: changed((t) => {
      t.Episodes[2]!.REC = 'E8'
      t.PlacedAdoption = [decisionA('01/03/2012', '01/05/2012', 'RD1'), decisionA('01/07/2012', '01/03/2013', 'RD4')]
    }),
    fires: [],
  },

  // 563: a reversal (date and reason) needs DATE_PLACED.
  {
    rule: '563',
    name: 'fires on a reversal with a blank DATE_PLACED',
    tables: withCells('PlacedAdoption', 0, {
      DATE_PLACED: '',
      DATE_PLACED_CEASED: '01/09/2012',
      REASON_PLACED_CEASED: 'RD1',
    }),
    fires: [pl(0, 'DATE_PLACED')],
  },
  {
    rule: '563',
    name: 'passes a reversal with DATE_PLACED',
    tables: withCells('PlacedAdoption', 0, { DATE_PLACED_CEASED: '01/09/2012', REASON_PLACED_CEASED: 'RD1' }),
    fires: [],
  },
  {
    rule: '563',
    name: 'a reversal date without a reason is not a reversal (119 reports it)',
    tables: withCells('PlacedAdoption', 0, { DATE_PLACED: '', DATE_PLACED_CEASED: '01/09/2012' }),
    fires: [],
  },

  // 579: in DATE_PLACED order, each decision starts on or after the previous one ceased.
  {
    rule: '579',
    name: 'fires on a new decision while the previous one is open',
    tables: changed((t) => (t.PlacedAdoption = [decisionA('01/03/2012'), decisionA('01/07/2012')])),
    fires: [pl(1, 'DATE_PLACED')],
  },
  {
    rule: '579',
    name: 'fires on a new decision (01/07/2012) before the previous one ceased (01/08/2012)',
    tables: changed(
      (t) => (t.PlacedAdoption = [decisionA('01/03/2012', '01/08/2012', 'RD1'), decisionA('01/07/2012')]),
    ),
    fires: [pl(1, 'DATE_PLACED')],
  },
  {
    rule: '579',
    name: 'passes a new decision on the day the previous one ceased',
    tables: changed(
      (t) => (t.PlacedAdoption = [decisionA('01/03/2012', '01/07/2012', 'RD1'), decisionA('01/07/2012')]),
    ),
    fires: [],
  },
  {
    rule: '579',
    name: 'orders the decisions by date, not by row',
    tables: changed(
      (t) => (t.PlacedAdoption = [decisionA('01/07/2012'), decisionA('01/03/2012', '01/05/2012', 'RD1')]),
    ),
    fires: [],
  },
  {
    rule: '579',
    name: 'a blank DATE_PLACED comes last',
    tables: changed((t) => (t.PlacedAdoption = [decisionA(''), decisionA('01/07/2012')])),
    fires: [pl(0, 'DATE_PLACED')],
  },
  { rule: '579', name: 'passes a single decision', tables: cleanReturn(), fires: [] },

  // 582 (from 2022-23): DEC of an adoption differs from DATE_MATCH. The 2023 clean return: adopted 15/03/2023.
  {
    rule: '582',
    name: 'fires on an adoption on the day of the match',
    year: 2023,
    tables: withCells('AD1', 0, { DATE_MATCH: '15/03/2023' }, 2023),
    fires: [ep(2, 'DEC')],
  },
  {
    rule: '582',
    name: 'passes a match the day before the adoption',
    year: 2023,
    tables: withCells('AD1', 0, { DATE_MATCH: '14/03/2023' }, 2023),
    fires: [],
  },
  {
    rule: '582',
    name: 'not in force before 2022-23',
    year: 2022,
    tables: withCells('AD1', 0, { DATE_MATCH: '15/03/2022' }, 2022),
    fires: [],
  },
  {
    rule: '582',
    name: 'an episode not ending in adoption is not compared',
    year: 2023,
    tables: changed((t) => {
      t.Episodes[2]!.REC = 'E8'
      t.AD1[0]!.DATE_MATCH = '15/03/2023'
    }, 2023),
    fires: [],
  },

  // 583 (from 2022-23): every decision but the latest is revoked. Child B, looked after from 10/10/2022.
  {
    rule: '583',
    name: 'fires on an earlier decision left open',
    year: 2023,
    tables: changed(
      (t) => t.PlacedAdoption.push(placedAdoption('B', '01/11/2022'), placedAdoption('B', '01/12/2022')),
      2023,
    ),
    fires: [pl(1, 'DATE_PLACED_CEASED')],
  },
  {
    rule: '583',
    name: 'passes an earlier decision revoked',
    year: 2023,
    tables: changed(
      (t) =>
        t.PlacedAdoption.push(
          placedAdoption('B', '01/11/2022', '15/11/2022', 'RD1'),
          placedAdoption('B', '01/12/2022'),
        ),
      2023,
    ),
    fires: [],
  },
  {
    rule: '583',
    name: 'the latest by date, not as text: 30/10/2022 is before 01/12/2022 (the validator exempts 30/10)',
    year: 2023,
    tables: changed(
      (t) => t.PlacedAdoption.push(placedAdoption('B', '30/10/2022'), placedAdoption('B', '01/12/2022')),
      2023,
    ),
    fires: [pl(1, 'DATE_PLACED_CEASED')],
  },
  { rule: '583', name: 'passes a single open decision', year: 2023, tables: cleanReturn(2023), fires: [] },
  {
    rule: '583',
    name: 'not in force before 2022-23',
    year: 2022,
    tables: changed(
      (t) => t.PlacedAdoption.push(placedAdoption('B', '01/11/2021'), placedAdoption('B', '01/12/2021')),
      2022,
    ),
    fires: [],
  },

  // 601: adopted in the year (DEC 01/04/2012 to 31/03/2013): the six AD1 items given.
  {
    rule: '601',
    name: 'fires on an adoption in the year with DATE_MATCH blank',
    tables: withCells('AD1', 0, { DATE_MATCH: '' }),
    fires: [ad(0, 'DATE_MATCH'), ep(2, 'REC')],
  },
  {
    rule: '601',
    name: 'fires on an adoption in the year with no AD1 row (the validator does not)',
    tables: changed((t) => (t.AD1 = [])),
    fires: [ep(2, 'REC')],
  },
  { rule: '601', name: 'passes the six items given', tables: cleanReturn(), fires: [] },
  {
    rule: '601',
    name: 'fires on an adoption on the last day of the year',
    tables: changed((t) => {
      t.Episodes[2]!.DEC = '31/03/2013'
      t.AD1[0]!.LS_ADOPTR = ''
    }),
    fires: [ad(0, 'LS_ADOPTR'), ep(2, 'REC')],
  },
  {
    rule: '601',
    name: 'an adoption after the year is not checked',
    tables: changed((t) => {
      t.Episodes[2]!.DEC = '01/04/2013'
      t.AD1[0]!.LS_ADOPTR = ''
    }),
    fires: [],
  },
  { rule: '601', name: 'cannot tell without an AD1 table', tables: without('AD1'), fires: [] },

  // 602: AD1 items given only for a child adopted in the year.
  {
    rule: '602',
    name: 'fires on AD1 for a child not adopted',
    tables: changed((t) => t.AD1.push(ad1('B', '01/11/2012', '01/12/2012'))),
    fires: [ad(1, 'CHILD')],
  },
  { rule: '602', name: 'passes a child adopted in the year', tables: cleanReturn(), fires: [] },
  {
    rule: '602',
    name: 'passes an AD1 row with all six items blank',
    tables: changed((t) => t.AD1.push(blankAdoption('B'))),
    fires: [],
  },
  {
    rule: '602',
    name: 'fires when the adoption falls after the year (01/04/2013)',
    tables: withCells('Episodes', 2, { DEC: '01/04/2013' }),
    fires: [ad(0, 'CHILD')],
  },
  {
    rule: '602',
    name: 'passes an adoption on the last day of the year',
    tables: withCells('Episodes', 2, { DEC: '31/03/2013' }),
    fires: [],
  },

  // 1003: DATE_PLACED not before DECOM of the earliest episode with RNE S.
  {
    rule: '1003',
    name: 'fires on a decision (31/03/2012) before the child started to be looked after (01/04/2012)',
    tables: withCells('PlacedAdoption', 0, { DATE_PLACED: '31/03/2012' }),
    fires: [pl(0, 'DATE_PLACED'), ep(0, 'DECOM')],
  },
  {
    rule: '1003',
    name: 'passes a decision on the day',
    tables: withCells('PlacedAdoption', 0, { DATE_PLACED: '01/04/2012' }),
    fires: [],
  },
  {
    rule: '1003',
    name: 'compares the first period of care (from 01/05/2012), not the latest (from 01/07/2012)',
    tables: changed((t) => {
      addC(t)
      t.PlacedAdoption.push(placedAdoption('C', '15/06/2012'))
    }),
    fires: [],
  },
  {
    rule: '1003',
    name: 'fires on a decision (15/04/2012) before the first period of care',
    tables: changed((t) => {
      addC(t)
      t.PlacedAdoption.push(placedAdoption('C', '15/04/2012'))
    }),
    fires: [pl(1, 'DATE_PLACED'), ep(4, 'DECOM')],
  },
  {
    rule: '1003',
    name: 'a child with no episode starting a period this year is not checked',
    tables: changed((t) => {
      t.Episodes[0]!.RNE = 'B'
      t.PlacedAdoption[0]!.DATE_PLACED = '31/03/2012'
    }),
    fires: [],
  },
]
