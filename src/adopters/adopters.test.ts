import { expect } from 'expect'
import { describe, it } from 'node:test'
import { parsePeriod } from '../domain/period.js'
import { adopterIndicators } from './adopterIndicators.js'
import { ADOPTER_COLUMNS, parseAdopterCsv } from './adopterRecords.js'

const HEAD = ADOPTER_COLUMNS.join(',')
const row = (cells: Partial<Record<(typeof ADOPTER_COLUMNS)[number], string>>) =>
  ADOPTER_COLUMNS.map((c) => cells[c] ?? '').join(',')

describe('the adopters CSV', () => {
  it('reads households and checks every rule, naming row and column', () => {
    const text = [
      HEAD,
      row({ ADOPTER_ID: 'H1', AGENCY: '850', DATE_INTEREST: '01/06/2010', DATE_STAGE1: '15/06/2010' }),
      row({ ADOPTER_ID: '', AGENCY: '850', DATE_INTEREST: '01/06/2010' }),
      row({ ADOPTER_ID: 'H1', AGENCY: '850', DATE_INTEREST: '01/06/2010' }),
      row({ ADOPTER_ID: 'H4', AGENCY: '999', DATE_INTEREST: '01/06/2010' }),
      row({ ADOPTER_ID: 'H5', AGENCY: '850', DATE_INTEREST: '31/02/2010' }),
      row({ ADOPTER_ID: 'H6', AGENCY: '850' }),
      row({ ADOPTER_ID: 'H7', AGENCY: '850', DATE_INTEREST: '01/06/2010', DATE_STAGE1: '01/05/2010' }),
      row({ ADOPTER_ID: 'H8', AGENCY: '850', DATE_INTEREST: '01/06/2010', DATE_WITHDRAWN: '01/07/2010' }),
      row({
        ADOPTER_ID: 'H9',
        AGENCY: '850',
        DATE_INTEREST: '01/06/2010',
        DATE_WITHDRAWN: '01/07/2010',
        REASON_WITHDRAWN: 'W9',
      }),
      row({ ADOPTER_ID: 'H10', AGENCY: '850', DATE_INTEREST: '01/06/2010', DATE_MATCHED: '01/07/2011' }),
    ].join('\n')
    const { households, findings } = parseAdopterCsv(text, 'adopters.csv')
    expect(households.map((h) => h.id)).toEqual(['H1'])
    expect(findings.map((f) => [f.rule, f.row, f.column])).toEqual([
      ['AD03', 3, 'ADOPTER_ID'],
      ['AD04', 4, 'ADOPTER_ID'],
      ['AD05', 5, 'AGENCY'],
      ['AD06', 6, 'DATE_INTEREST'],
      ['AD07', 7, 'DATE_INTEREST'],
      ['AD08', 8, 'DATE_STAGE1'],
      ['AD09', 9, 'REASON_WITHDRAWN'],
      ['AD10', 10, 'REASON_WITHDRAWN'],
      ['AD11', 11, 'DATE_APPROVED'],
    ])
    expect(findings.every((f) => f.file === 'adopters.csv' && f.message.length > 10)).toBe(true)
  })

  it('refuses a file without the columns, and never throws', () => {
    expect(parseAdopterCsv('name,age\nx,1\n', 'a.csv').findings[0]!.rule).toBe('AD02')
    expect(parseAdopterCsv('"unclosed\n', 'a.csv').findings[0]!.rule).toBe('AD01')
    expect(parseAdopterCsv('', 'a.csv').findings[0]!.rule).toBe('AD02')
  })
})

describe('adopter indicators (hand-worked, 2010-13)', () => {
  // H1: interest 1 Jun 2010, stage 1 15 Jun, application 1 Aug (within 2 months of 15 Jun), approved 15 Nov
  //   (application to approval 31+30+31+14 = 106 days, within 4 months; interest to approval 167 days),
  //   referred 10 Jan 2011 (within 3 months), matched 1 May 2011 (approval to match 167 days).
  // H2: interest 1 Jan 2011, stage 1 10 Jan, application 1 Apr (not within 2 months), approved 1 Oct 2011
  //   (183 days from application, not within 4 months; 273 from interest), never referred or matched: waiting at the
  // end.
  // H3 withdrew before approval.
  const { households } = parseAdopterCsv(
    [
      HEAD,
      row({
        ADOPTER_ID: 'H1',
        AGENCY: '850',
        DATE_INTEREST: '01/06/2010',
        DATE_STAGE1: '15/06/2010',
        DATE_APPLICATION: '01/08/2010',
        DATE_APPROVED: '15/11/2010',
        DATE_REFERRED: '10/01/2011',
        DATE_MATCHED: '01/05/2011',
        DATE_PLACED: '01/06/2011',
      }),
      row({
        ADOPTER_ID: 'H2',
        AGENCY: '850',
        DATE_INTEREST: '01/01/2011',
        DATE_STAGE1: '10/01/2011',
        DATE_APPLICATION: '01/04/2011',
        DATE_APPROVED: '01/10/2011',
      }),
      row({
        ADOPTER_ID: 'H3',
        AGENCY: '850',
        DATE_INTEREST: '01/02/2011',
        DATE_WITHDRAWN: '01/03/2011',
        REASON_WITHDRAWN: 'W1',
      }),
    ].join('\n'),
    'a.csv',
  )

  it('gives each of the three adopter indicators, the 2012 stage times and referral to the register', () => {
    const a = adopterIndicators(households, parsePeriod('2010-13')!)
    expect(a.interestToApproval).toMatchObject({ value: 220, children: 2 }) // (167 + 273) / 2
    expect(a.applicationToApproval).toMatchObject({ value: 145, children: 2 }) // (106 + 183) / 2 = 144.5
    expect(a.approvalToMatch).toMatchObject({ value: 167, children: 1 })
    expect(a.stage1WithinTwoMonths).toEqual({ count: 1, of: 2, percent: 50 })
    expect(a.stage2WithinFourMonths).toEqual({ count: 1, of: 2, percent: 50 })
    expect(a.referredWithinThreeMonths).toEqual({ count: 1, of: 2, percent: 50 })
    expect(a.approvedWaitingAtEnd).toBe(1)
  })
})
