import type { CodedField } from '../editions/codeHistory.js'
import type { UsedTable } from '../tableSpecs.js'
import { ALL_EDITIONS, dfeRule, type CellTest, type Rule } from './rule.js'

/**
 * The Department's rules that test one cell on its own: a code from the edition's list, a date that is a date, a UPN
 * of the right shape. Wording from docs/sources/dfe-rules.json. A blank passes, unless the rule says a blank is
 * itself wrong (101, 102, 103: the Department's rules for sex, date of birth and ethnicity fire on a blank).
 */
const cell = (id: string, table: UsedTable, column: string, test: CellTest, wording: string): Rule =>
  dfeRule({
    id,
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: [table],
    fields: [column],
    wording,
    cells: [{ table, column, test }],
  })
const code = (field: CodedField, blankFails = false): CellTest => ({ kind: 'code', field, blankFails })
const date = (blankFails = false): CellTest => ({ kind: 'date', blankFails })

/**
 * A UPN: a letter (A-Z but I, O and S), then twelve digits or eleven digits and a letter; or one of the codes for a
 * UPN not known (UN1-UN5). Rule 168.
 */
export const UPN_SHAPE = /^([A-HJ-NP-RT-Z]([0-9]{12}|[0-9]{11}[A-Z])|UN[1-5])$/

export const DFE_CELL_RULES: readonly Rule[] = [
  cell('101', 'Header', 'SEX', code('SEX', true), 'The child or young person’s reported sex is not valid.'),
  cell('102', 'Header', 'DOB', date(true), 'Date of birth is not a valid date.'),
  cell(
    '103',
    'Header',
    'ETHNIC',
    code('ETHNIC', true),
    'The ethnicity code is either not valid or has not been entered.',
  ),
  cell('112', 'AD1', 'DATE_INT', date(), 'Date should be placed for adoption is not a valid date.'),
  cell('113', 'AD1', 'DATE_MATCH', date(), 'Date matching child and adopter(s) is not a valid date.'),
  cell(
    '114',
    'AD1',
    'FOSTER_CARE',
    code('FOSTER_CARE'),
    'Data entry to record the status of former carer(s) of an adopted child is invalid.',
  ),
  cell(
    '115',
    'PlacedAdoption',
    'DATE_PLACED',
    date(),
    'Date of Local Authority’s (LA) decision that a child should be placed for adoption is not a valid date.',
  ),
  cell(
    '116',
    'PlacedAdoption',
    'DATE_PLACED_CEASED',
    date(),
    'Date of Local Authority’s (LA) decision that a child should no longer be placed for adoption is not a valid date.',
  ),
  cell(
    '120',
    'PlacedAdoption',
    'REASON_PLACED_CEASED',
    code('REASON_PLACED_CEASED'),
    'The reason for the reversal of the decision that the child should be placed for adoption code is not valid.',
  ),
  cell('141', 'Episodes', 'DECOM', date(), 'Date episode began is not a valid date.'),
  cell('143', 'Episodes', 'RNE', code('RNE'), 'The reason for new episode code is not a valid code.'),
  cell('144', 'Episodes', 'LS', code('LS'), 'The legal status code is not a valid code.'),
  cell('145', 'Episodes', 'CIN', code('CIN'), 'Category of need code is not a valid code.'),
  cell('146', 'Episodes', 'PLACE', code('PLACE'), 'Placement type code is not a valid code.'),
  cell('147', 'Episodes', 'DEC', date(), 'Date episode ceased is not a valid date.'),
  cell('149', 'Episodes', 'REC', code('REC'), 'Reason episode ceased code is not valid.'),
  cell(
    '168',
    'Header',
    'UPN',
    { kind: 'pattern', pattern: UPN_SHAPE },
    'Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1, UN2, UN3, UN4 or UN5.',
  ),
  cell('171', 'Header', 'MC_DOB', date(), 'Date of birth of mother’s child is not a valid date.'),
  cell('175', 'AD1', 'NB_ADOPTR', code('NB_ADOPTR'), 'The number of adopter(s) code is not a valid code.'),
  cell(
    '176',
    'AD1',
    'SEX_ADOPTR',
    code('SEX_ADOPTR'),
    'The gender of adopter(s) at the date of adoption code is not a valid code.',
  ),
  cell('177', 'AD1', 'LS_ADOPTR', code('LS_ADOPTR'), 'The legal status of adopter(s) code is not a valid code.'),
  cell(
    '1009',
    'Episodes',
    'REASON_PLACE_CHANGE',
    code('REASON_PLACE_CHANGE'),
    'Reason for placement change is not a valid code.',
  ),
]
