import { cleanReturn, type Row, type Tables } from '../exampleReturn.js'
import type { RuleCase } from './ruleCase.js'
import type { UsedTable } from '../tableSpecs.js'

/** The clean return with one cell changed. */
const withCell = (
  table: UsedTable,
  row: number,
  column: string,
  value: string,
  also: Row = {},
  year = 2013,
): Tables => {
  const t = cleanReturn(year)
  Object.assign(t[table][row]!, { [column]: value, ...also })
  return t
}

/**
 * A case where the rule fires on a bad value, one where a good value passes, and one for a blank (which passes,
 * unless the rule says a blank is wrong).
 */
function threeCases(
  rule: string,
  table: UsedTable,
  row: number,
  column: string,
  bad: string,
  good: string,
  blankFails = false,
  year?: number,
): RuleCase[] {
  const at = [{ table, row, column }]
  const y = year === undefined ? {} : { year }
  return [
    { rule, name: `fires on ${column} "${bad}"`, tables: withCell(table, row, column, bad), fires: at, ...y },
    { rule, name: `passes ${column} "${good}"`, tables: withCell(table, row, column, good), fires: [], ...y },
    {
      rule,
      name: blankFails ? `fires on a blank ${column}` : `leaves a blank ${column} to the rule for missing values`,
      tables: withCell(table, row, column, ''),
      fires: blankFails ? at : [],
      ...y,
    },
  ]
}

export const DFE_CELL_RULE_CASES: readonly RuleCase[] = [
  ...threeCases('101', 'Header', 1, 'SEX', '3', '2', true),
  {
    rule: '101',
    name: 'M is not a code in 2012-13',
    tables: withCell('Header', 1, 'SEX', 'M'),
    fires: [{ table: 'Header', row: 1, column: 'SEX' }],
  },
  ...threeCases('102', 'Header', 1, 'DOB', '31/02/2005', '28/02/2005', true),
  ...threeCases('103', 'Header', 1, 'ETHNIC', 'White', 'BAFR', true),
  ...threeCases('112', 'AD1', 0, 'DATE_INT', 'July 2012', '02/07/2012'),
  ...threeCases('113', 'AD1', 0, 'DATE_MATCH', '2012-09-15x', '16/09/2012'),
  ...threeCases('114', 'AD1', 0, 'FOSTER_CARE', 'Y', '0'),
  ...threeCases('115', 'PlacedAdoption', 0, 'DATE_PLACED', '2012/07/01', '02/07/2012'),
  ...threeCases('116', 'PlacedAdoption', 0, 'DATE_PLACED_CEASED', '15/13/2013', '15/03/2013'),
  ...threeCases('120', 'PlacedAdoption', 0, 'REASON_PLACED_CEASED', 'E11', 'RD1'),
  ...threeCases('141', 'Episodes', 3, 'DECOM', '10-10-12', '11/10/2012'),
  ...threeCases('143', 'Episodes', 3, 'RNE', 'Q', 'S'),
  ...threeCases('144', 'Episodes', 3, 'LS', 'Z9', 'C1'),
  ...threeCases('145', 'Episodes', 3, 'CIN', 'N9', 'N8'),
  ...threeCases('146', 'Episodes', 3, 'PLACE', 'A9', 'Q1'),
  {
    rule: '146',
    name: 'U4 is valid in 2015-16',
    year: 2016,
    tables: withCell('Episodes', 3, 'PLACE', 'U4', {}, 2016),
    fires: [],
  },
  {
    rule: '146',
    name: 'K3 is valid in 2024-25',
    year: 2025,
    tables: withCell('Episodes', 3, 'PLACE', 'K3', {}, 2025),
    fires: [],
  },
  {
    rule: '146',
    name: 'K3 is not valid in 2023-24 (added in 2024-25)',
    year: 2024,
    tables: withCell('Episodes', 3, 'PLACE', 'K3', {}, 2024),
    fires: [{ table: 'Episodes', row: 3, column: 'PLACE' }],
  },
  {
    rule: '146',
    name: 'Z1 is not valid in 2025-26 (split into Z11 to Z14)',
    year: 2026,
    tables: withCell('Episodes', 3, 'PLACE', 'Z1', {}, 2026),
    fires: [{ table: 'Episodes', row: 3, column: 'PLACE' }],
  },
  {
    rule: '146',
    name: 'Z11 is valid in 2025-26, the first year of its edition',
    year: 2026,
    tables: withCell('Episodes', 3, 'PLACE', 'Z11', {}, 2026),
    fires: [],
  },
  {
    rule: '146',
    name: 'H5 is not valid in 2025-26',
    year: 2026,
    tables: withCell('Episodes', 3, 'PLACE', 'H5', {}, 2026),
    fires: [{ table: 'Episodes', row: 3, column: 'PLACE' }],
  },
  {
    rule: '146',
    name: 'Q2, the foster placement of its day, is valid in 2011-12',
    year: 2012,
    tables: withCell('Episodes', 3, 'PLACE', 'Q2', {}, 2012),
    fires: [],
  },
  ...threeCases('147', 'Episodes', 3, 'DEC', '32/01/2013', '31/01/2013').map((c) => ({
    ...c,
    tables: { ...c.tables, Episodes: c.tables!.Episodes!.map((e, i) => (i === 3 ? { ...e, REC: 'E8' } : e)) },
  })),
  ...threeCases('149', 'Episodes', 3, 'REC', 'E99', 'E8', false).map((c) => ({
    ...c,
    tables: { ...c.tables, Episodes: c.tables!.Episodes!.map((e, i) => (i === 3 ? { ...e, DEC: '01/01/2013' } : e)) },
  })),
  {
    rule: '149',
    name: 'E45 is not a code before 2018-19',
    tables: withCell('Episodes', 3, 'REC', 'E45', { DEC: '01/01/2013' }),
    fires: [{ table: 'Episodes', row: 3, column: 'REC' }],
  },
  {
    rule: '149',
    name: 'E43 is not a code from 2018-19',
    year: 2019,
    tables: withCell('Episodes', 3, 'REC', 'E43', { DEC: '01/01/2019' }, 2019),
    fires: [{ table: 'Episodes', row: 3, column: 'REC' }],
  },
  ...threeCases('168', 'Header', 1, 'UPN', 'I123456789012', 'A12345678901Z'),
  { rule: '168', name: 'UN5 is a code for a UPN not known', tables: withCell('Header', 1, 'UPN', 'UN5'), fires: [] },
  ...threeCases('171', 'Header', 1, 'MC_DOB', '01/13/2012', '01/12/2012'),
  ...threeCases('175', 'AD1', 0, 'NB_ADOPTR', '3', '1'),
  ...threeCases('176', 'AD1', 0, 'SEX_ADOPTR', 'XX', 'FF'),
  ...threeCases('177', 'AD1', 0, 'LS_ADOPTR', 'L9', 'L2'),
  ...threeCases('1009', 'Episodes', 1, 'REASON_PLACE_CHANGE', 'NONE', 'CHILD'),
  {
    rule: '1009',
    name: 'CUSTOD is a reason from 2018-19 only',
    tables: withCell('Episodes', 1, 'REASON_PLACE_CHANGE', 'CUSTOD'),
    fires: [{ table: 'Episodes', row: 1, column: 'REASON_PLACE_CHANGE' }],
  },
]
