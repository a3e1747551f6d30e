/**
 * Every SSDA903 code list the product reads, with the collection years each code was valid (from and to inclusive,
 * by the year of 31 March: 2013 is 2012-13; no bound means valid in every edition the product knows) and what the
 * code means to the scorecard (tags). Sources are cited by key; docs/methodology.md, "Editions", has the table by
 * year with the sources and what stays unconfirmed. This is the only place a code list is held.
 */
export type CodedField =
  | 'SEX'
  | 'ETHNIC'
  | 'MOTHER'
  | 'RNE'
  | 'LS'
  | 'CIN'
  | 'PLACE'
  | 'PLACE_PROVIDER'
  | 'REC'
  | 'REASON_PLACE_CHANGE'
  | 'FOSTER_CARE'
  | 'NB_ADOPTR'
  | 'SEX_ADOPTR'
  | 'LS_ADOPTR'
  | 'REASON_PLACED_CEASED'
  | 'UPN_UNKNOWN'

/** What a code means to the scorecard, the journey and the rules. */
export type CodeTag =
  // SEX
  | 'male'
  | 'female'
  // ETHNIC
  | 'white-majority'
  | 'not-known'
  // RNE
  | 'starts-period'
  | 'same-carers'
  | 'placement-changed'
  | 'legal-status-changed'
  // LS
  | 'placement-order'
  | 'freeing-order'
  | 'court-authority-to-place'
  | 'care-order'
  | 'short-breaks'
  | 'section-20-single'
  | 'police-protection'
  | 'emergency-protection'
  | 'child-assessment'
  | 'pace'
  | 'remand'
  | 'youth-rehabilitation'
  // PLACE
  | 'placed-for-adoption'
  | 'with-current-foster-carers'
  | 'under-placement-order'
  | 'foster'
  | 'long-term-foster'
  | 'temporary'
  | 'with-parents'
  // REC
  | 'adopted'
  | 'special-guardianship'
  | 'child-arrangements'
  | 'returned-home'
  | 'continues'
  | 'died'
  | 'aged-18'
  // REASON_PLACED_CEASED
  | 'decision-reversed'
  // FOSTER_CARE
  | 'by-foster-carers'

export interface CodeEntry {
  code: string
  label: string
  /** First collection year the code is valid (inclusive); none: from the first edition known. */
  from?: number
  /** Last collection year the code is valid (inclusive); none: still valid. */
  to?: number
  tags?: readonly CodeTag[]
  /** Key of the source for the bounds, in CODE_SOURCES. */
  source?: keyof typeof CODE_SOURCES
  /**
   * How sure the bounds are: H read in a source for that year, M one consistent validator, L inferred. Where a change
   * is L, old and new codes are both accepted over the years in doubt, so a real return is not refused for a guess.
   */
  confidence?: 'H' | 'M' | 'L'
  /** Codes of earlier editions this code took over: the same fact, recoded (Q2 became U4-U6). */
  replaces?: readonly string[]
}

/** Codes that took over earlier codes: the same fact coded anew when an edition changed. */
export const RECODINGS: Readonly<Partial<Record<CodedField, Readonly<Record<string, readonly string[]>>>>> = {
  SEX: { M: ['1'], F: ['2'] },
  PLACE: {
    U1: ['Q1'],
    U2: ['Q1'],
    U3: ['Q1'],
    U4: ['Q2'],
    U5: ['Q2'],
    U6: ['Q2'],
    K3: ['H5'],
    Z11: ['Z1'],
    Z12: ['Z1'],
    Z13: ['Z1'],
    Z14: ['Z1'],
  },
  REC: { E11: ['E1'], E12: ['E1'], E4A: ['E4'], E4B: ['E4'], E45: ['E43'], E46: ['E43'], E47: ['E44'], E48: ['E44'] },
  LS_ADOPTR: { L11: ['L1'], L12: ['L1'] },
}

/** Where each change of a code list is documented. */
export const CODE_SOURCES = {
  validator: 'data-to-insight/csc-validator-be-903 @10ad07c, lac_validator/rules/lac2022_23 to lac2026_27',
  validator2024: 'csc-validator-be-903 lac2024_25/rule_101.py (SEX M/F/U) and rule_146.py (K3)',
  validator2025: 'csc-validator-be-903 lac2025_26/rule_146.py, rule_178.py, rule_526.py (Z11-Z14; H5 and P2 removed)',
  rule335: 'DfE rule 335 wording (placement codes A1/A2 before A3-A6), csc-validator-be-903 rule_335.py',
  rule445: 'DfE rules 445 and 451: no freeing order (D1) after 30 December 2005',
  liia:
    'SocialFinanceDigitalLabs/liia-tools @0dd821c, liiatools/spec/s903/SSDA903_schema_2017..2024.yml ' +
    'and the 2019 diff',
  legacy:
    'Legacy English codes listed by a case management system (data-to-insight/ssd-data-model, Liquidlogic placement ' +
    'filter) and MastodonC/witan.cic.driver episodes.clj ("Q1 ... now U1-U3", "Q2 ... now U4-U6"); years not sourced',
} as const

export const CODE_HISTORY: Readonly<Record<CodedField, readonly CodeEntry[]>> = {
  SEX: [
    { code: '1', label: 'Male', to: 2024, tags: ['male'], source: 'validator2024', confidence: 'M' },
    { code: '2', label: 'Female', to: 2024, tags: ['female'], source: 'validator2024', confidence: 'M' },
    { code: 'M', label: 'Male', from: 2025, tags: ['male'], source: 'validator2024', confidence: 'M' },
    { code: 'F', label: 'Female', from: 2025, tags: ['female'], source: 'validator2024', confidence: 'M' },
    { code: 'U', label: 'Unknown', from: 2025, source: 'validator2024', confidence: 'M' },
  ],
  ETHNIC: [
    { code: 'WBRI', label: 'White British', tags: ['white-majority'] },
    { code: 'WIRI', label: 'White Irish', tags: ['white-majority'] },
    { code: 'WOTH', label: 'Any other White background', tags: ['white-majority'] },
    { code: 'WIRT', label: 'Traveller of Irish heritage' },
    { code: 'WROM', label: 'Gypsy/Roma' },
    { code: 'MWBC', label: 'White and Black Caribbean' },
    { code: 'MWBA', label: 'White and Black African' },
    { code: 'MWAS', label: 'White and Asian' },
    { code: 'MOTH', label: 'Any other mixed background' },
    { code: 'AIND', label: 'Indian' },
    { code: 'APKN', label: 'Pakistani' },
    { code: 'ABAN', label: 'Bangladeshi' },
    { code: 'AOTH', label: 'Any other Asian background' },
    { code: 'BCRB', label: 'Caribbean' },
    { code: 'BAFR', label: 'African' },
    { code: 'BOTH', label: 'Any other Black background' },
    { code: 'CHNE', label: 'Chinese' },
    { code: 'OOTH', label: 'Any other ethnic group' },
    { code: 'REFU', label: 'Refused', tags: ['not-known'] },
    { code: 'NOBT', label: 'Information not yet obtained', tags: ['not-known'] },
  ],
  MOTHER: [
    { code: '0', label: 'Not a mother' },
    { code: '1', label: 'A mother' },
  ],
  RNE: [
    { code: 'S', label: 'Started to be looked after', tags: ['starts-period'] },
    { code: 'L', label: 'Change of legal status only', tags: ['same-carers', 'legal-status-changed'] },
    { code: 'P', label: 'Change of placement and carer(s) only', tags: ['placement-changed'] },
    {
      code: 'B',
      label: 'Change of legal status and placement and carer(s) at the same time',
      tags: ['placement-changed', 'legal-status-changed'],
    },
    { code: 'T', label: 'Change of placement (but same carer(s)) only', tags: ['same-carers', 'placement-changed'] },
    {
      code: 'U',
      label: 'Change of legal status and change of placement (but same carer(s)) at the same time',
      tags: ['same-carers', 'placement-changed', 'legal-status-changed'],
    },
  ],
  LS: [
    { code: 'C1', label: 'Interim care order', tags: ['care-order'] },
    { code: 'C2', label: 'Full care order', tags: ['care-order'] },
    { code: 'D1', label: 'Freeing order granted', tags: ['freeing-order', 'court-authority-to-place'] },
    { code: 'E1', label: 'Placement order granted', tags: ['placement-order', 'court-authority-to-place'] },
    { code: 'V2', label: 'Single period of accommodation under section 20', tags: ['section-20-single'] },
    {
      code: 'V3',
      label: 'Accommodated under an agreed series of short-term breaks (individual episodes recorded)',
      tags: ['short-breaks'],
    },
    {
      code: 'V4',
      label: 'Accommodated under an agreed series of short-term breaks (agreements recorded)',
      tags: ['short-breaks'],
    },
    { code: 'J1', label: 'Remanded to local authority or youth detention accommodation', tags: ['remand'] },
    { code: 'J2', label: 'Placed in local authority accommodation under PACE', tags: ['pace'] },
    {
      code: 'J3',
      label: 'Sentenced to a youth rehabilitation order with residence or fostering requirement',
      tags: ['youth-rehabilitation'],
    },
    {
      code: 'L1',
      label: 'Under police protection and in local authority accommodation',
      tags: ['police-protection'],
    },
    { code: 'L2', label: 'Emergency protection order', tags: ['emergency-protection'] },
    {
      code: 'L3',
      label: 'Under child assessment order and in local authority accommodation',
      tags: ['child-assessment'],
    },
    {
      code: 'V1',
      label: 'Accommodated under an agreed series of short-term placements (legacy)',
      tags: ['short-breaks'],
      to: 2010,
      source: 'legacy',
      confidence: 'L',
    },
    {
      code: 'W1',
      label: 'Wardship granted in High Court and child in local authority accommodation (legacy)',
      to: 2010,
      source: 'legacy',
      confidence: 'L',
    },
  ],
  CIN: [
    { code: 'N1', label: 'Abuse or neglect' },
    { code: 'N2', label: "Child's disability" },
    { code: 'N3', label: 'Parental illness or disability' },
    { code: 'N4', label: 'Family in acute stress' },
    { code: 'N5', label: 'Family dysfunction' },
    { code: 'N6', label: 'Socially unacceptable behaviour' },
    { code: 'N7', label: 'Low income' },
    { code: 'N8', label: 'Absent parenting' },
  ],
  PLACE: [
    {
      code: 'A1',
      label: 'Placed for adoption not with current foster carer(s) (before the Adoption and Children Act 2002)',
      to: 2010,
      tags: ['placed-for-adoption'],
      source: 'rule335',
      confidence: 'L',
    },
    {
      code: 'A2',
      label: 'Placed for adoption with current foster carer(s) (before the Adoption and Children Act 2002)',
      to: 2010,
      tags: ['placed-for-adoption', 'with-current-foster-carers'],
      source: 'rule335',
      confidence: 'L',
    },
    {
      code: 'A3',
      label: 'Placed for adoption with parental consent with current foster carer(s), or with a freeing order',
      tags: ['placed-for-adoption', 'with-current-foster-carers'],
    },
    {
      code: 'A4',
      label: 'Placed for adoption with parental consent not with current foster carer(s), or with a freeing order',
      tags: ['placed-for-adoption'],
    },
    {
      code: 'A5',
      label: 'Placed for adoption with placement order with current foster carer(s)',
      tags: ['placed-for-adoption', 'with-current-foster-carers', 'under-placement-order'],
    },
    {
      code: 'A6',
      label: 'Placed for adoption with placement order not with current foster carer(s)',
      tags: ['placed-for-adoption', 'under-placement-order'],
    },
    ...legacy(['F1', 'Foster placement with relative or friend, inside the council boundary (legacy)', ['foster']]),
    ...legacy(['F2', 'Foster placement with other foster carer provided by the council, inside (legacy)', ['foster']]),
    ...legacy(['F3', 'Foster placement with other foster carer through an agency, inside (legacy)', ['foster']]),
    ...legacy(['F4', 'Foster placement with relative or friend, outside the council boundary (legacy)', ['foster']]),
    ...legacy(['F5', 'Foster placement with other foster carer provided by the council, outside (legacy)', ['foster']]),
    ...legacy(['F6', 'Foster placement with other foster carer through an agency, outside (legacy)', ['foster']]),
    ...legacy(['H1', 'Secure unit inside the council boundary (legacy)', []]),
    ...legacy(['H2', 'Secure unit outside the council boundary (legacy)', []]),
    ...legacy(['H3', 'Homes and hostels inside the council boundary (legacy)', []]),
    ...legacy(['H4', 'Homes and hostels outside the council boundary (legacy)', []]),
    ...legacy(['M1', 'Missing from the agreed placement for more than 24 hours (legacy)', []]),
    ...legacy(['M2', 'Missing: whereabouts known (legacy)', []]),
    ...legacy(['M3', 'Missing: whereabouts unknown (legacy)', []]),
    ...legacy(['R4', 'Youth treatment centre (legacy)', []]),
    {
      code: 'H5',
      label: 'Semi-independent living accommodation not subject to children’s homes regulations',
      to: 2025,
      source: 'validator2025',
      confidence: 'M',
    },
    { code: 'K1', label: 'Secure children’s home' },
    { code: 'K2', label: 'Children’s home subject to the Children’s Homes Regulations' },
    { code: 'K3', label: 'Registered supported accommodation', from: 2025, source: 'validator2024', confidence: 'M' },
    {
      code: 'P1',
      label: 'Placed with own parent(s) or other person(s) with parental responsibility',
      tags: ['with-parents'],
    },
    {
      code: 'P2',
      label: 'Independent living, for example in a flat, lodgings, bedsit, B&B or with friends',
      to: 2025,
      source: 'validator2025',
      confidence: 'M',
    },
    { code: 'P3', label: 'Residential employment' },
    { code: 'R1', label: 'Residential care home' },
    { code: 'R2', label: 'NHS or health trust or other establishment providing medical or nursing care' },
    { code: 'R3', label: 'Family centre or mother and baby unit' },
    { code: 'R5', label: 'Young offender institution or prison' },
    { code: 'S1', label: 'Residential school, except where dual-registered as a school and children’s home' },
    { code: 'T0', label: 'All types of temporary move', tags: ['temporary'] },
    { code: 'T1', label: 'Temporary periods in hospital', tags: ['temporary'] },
    { code: 'T2', label: 'Temporary absences of the child on holiday', tags: ['temporary'] },
    {
      code: 'T3',
      label: 'Temporary accommodation while the usual foster carer(s) are on holiday',
      tags: ['temporary'],
    },
    {
      code: 'T4',
      label: 'Temporary accommodation of seven days or less, not covered by T1 to T3',
      tags: ['temporary'],
    },
    {
      code: 'Q1',
      label: 'Foster placement with relative or friend (later U1-U3)',
      to: 2016,
      tags: ['foster'],
      source: 'legacy',
      confidence: 'L',
    },
    {
      code: 'Q2',
      label: 'Foster placement with other foster carer (later U4-U6)',
      to: 2016,
      tags: ['foster'],
      source: 'legacy',
      confidence: 'L',
    },
    ...fostering(2015),
    {
      code: 'Z1',
      label: 'Other placements (listed on a schedule sent to the Department with the return)',
      to: 2025,
      source: 'validator2025',
      confidence: 'M',
    },
    ...['Z11', 'Z12', 'Z13', 'Z14'].map((code): CodeEntry => ({
      code,
      label: `Other placement (${code}, one of four replacing Z1; the Department’s label not seen)`,
      from: 2026,
      source: 'validator2025',
      confidence: 'M',
    })),
  ],
  PLACE_PROVIDER: [
    { code: 'PR0', label: 'Parent(s) or other person(s) with parental responsibility' },
    { code: 'PR1', label: 'Own provision (by the council)' },
    { code: 'PR2', label: 'Other local authority provision' },
    { code: 'PR3', label: 'Other public provision' },
    { code: 'PR4', label: 'Private provision' },
    { code: 'PR5', label: 'Voluntary, third sector provision' },
  ],
  REC: [
    {
      code: 'E1',
      label: 'Adopted (before E11 and E12)',
      to: 2010,
      tags: ['adopted'],
      source: 'legacy',
      confidence: 'L',
    },
    {
      code: 'E4',
      label: 'Returned home to live with parent(s) (before E4A and E4B)',
      to: 2010,
      tags: ['returned-home'],
      source: 'legacy',
      confidence: 'L',
    },
    { code: 'E11', label: 'Adopted: application for an adoption order unopposed', tags: ['adopted'] },
    { code: 'E12', label: 'Adopted: consent dispensed with by the court', tags: ['adopted'] },
    { code: 'E2', label: 'Died', tags: ['died'] },
    { code: 'E3', label: 'Care taken over by another local authority in the UK' },
    {
      code: 'E4A',
      label: 'Returned home to live with parents or relatives as part of the care planning process',
      tags: ['returned-home'],
    },
    {
      code: 'E4B',
      label: 'Returned home to live with parents or relatives not as part of the care planning process',
      tags: ['returned-home'],
    },
    {
      code: 'E13',
      label: 'Left care to live with parents or relatives without parental responsibility',
      tags: ['returned-home'],
    },
    {
      code: 'E41',
      label: 'Residence order (or, from 22 April 2014, a child arrangements order) granted',
      tags: ['child-arrangements'],
    },
    {
      code: 'E43',
      label: 'Special guardianship made to former foster carers',
      to: 2018,
      tags: ['special-guardianship'],
      source: 'liia',
      confidence: 'H',
    },
    {
      code: 'E44',
      label: 'Special guardianship made to carers other than former foster carers',
      to: 2018,
      tags: ['special-guardianship'],
      source: 'liia',
      confidence: 'H',
    },
    ...[
      ['E45', 'Special guardianship order made to former foster carer(s) who are relatives or friends'],
      ['E46', 'Special guardianship order made to former foster carer(s) other than relatives or friends'],
      ['E47', 'Special guardianship order made to carer(s), not former foster carers, who are relatives or friends'],
      ['E48', 'Special guardianship order made to carer(s), not former foster carers, other than relatives or friends'],
    ].map(([code, label]): CodeEntry => ({
      code: code!,
      label: label!,
      from: 2019,
      tags: ['special-guardianship'],
      source: 'liia',
      confidence: 'H',
    })),
    { code: 'E5', label: 'Moved into independent living arrangement: supportive accommodation' },
    { code: 'E6', label: 'Moved into independent living arrangement: no formalised advice or support' },
    { code: 'E7', label: 'Transferred to residential care funded by adult social care services' },
    { code: 'E8', label: 'Period of being looked after ceased for any other reason' },
    { code: 'E9', label: 'Sentenced to custody' },
    { code: 'E14', label: 'Accommodation on remand ended' },
    { code: 'E15', label: 'Age assessment determined child aged 18 or over' },
    { code: 'E16', label: 'Child moved abroad' },
    { code: 'E17', label: 'Aged 18 or over and remained with current carers (staying put)', tags: ['aged-18'] },
    { code: 'X1', label: 'Episode ceased and new episode begins on the same day', tags: ['continues'] },
  ],
  REASON_PLACE_CHANGE: [
    { code: 'CARPL', label: 'Change to or implementation of the care plan' },
    { code: 'CLOSE', label: 'Resignation or closure of provision' },
    { code: 'ALLEG', label: 'Allegation (section 47)' },
    { code: 'STAND', label: 'Standards of care concern' },
    { code: 'APPRR', label: 'Approval removed' },
    { code: 'CREQB', label: 'Carer(s) request placement end due to child’s behaviour' },
    { code: 'CREQO', label: 'Carer(s) request placement end other than due to child’s behaviour' },
    { code: 'CHILD', label: 'Child requests placement end' },
    { code: 'LAREQ', label: 'Responsible or area authority requests placement end' },
    { code: 'PLACE', label: 'Change in the status of the placement only' },
    { code: 'CUSTOD', label: 'Custody arrangement', from: 2019, source: 'liia', confidence: 'H' },
    { code: 'OTHER', label: 'Other' },
  ],
  FOSTER_CARE: [
    { code: '0', label: 'Not adopted by former foster carer(s)' },
    { code: '1', label: 'Adopted by former foster carer(s)', tags: ['by-foster-carers'] },
  ],
  NB_ADOPTR: [
    { code: '1', label: 'One adopter' },
    { code: '2', label: 'Two adopters' },
  ],
  SEX_ADOPTR: [
    { code: 'M1', label: 'Single male adopter' },
    { code: 'F1', label: 'Single female adopter' },
    { code: 'MM', label: 'Male couple' },
    { code: 'FF', label: 'Female couple' },
    { code: 'MF', label: 'Male and female couple' },
  ],
  LS_ADOPTR: [
    { code: 'L0', label: 'Single adopter' },
    { code: 'L1', label: 'Married couple (before L11 and L12)', to: 2014, source: 'legacy', confidence: 'L' },
    { code: 'L11', label: 'Different gender married couple' },
    { code: 'L12', label: 'Same gender married couple' },
    { code: 'L2', label: 'Civil partnership couple' },
    { code: 'L3', label: 'Different gender unmarried couple' },
    { code: 'L4', label: 'Same gender couple not married or in a civil partnership' },
  ],
  REASON_PLACED_CEASED: [
    { code: 'RD1', label: 'Child’s needs changed subsequent to the decision', tags: ['decision-reversed'] },
    { code: 'RD2', label: 'Court did not make a placement order', tags: ['decision-reversed'] },
    { code: 'RD3', label: 'Prospective adopters could not be found', tags: ['decision-reversed'] },
    { code: 'RD4', label: 'Any other reason', tags: ['decision-reversed'] },
  ],
  UPN_UNKNOWN: [
    { code: 'UN1', label: 'Child is not of school age and has not yet been assigned a UPN' },
    { code: 'UN2', label: 'Child is educated outside England and has no UPN' },
    { code: 'UN3', label: 'Child is newly looked after and the UPN is not yet known' },
    { code: 'UN4', label: 'UPN not known: the child has been looked after for a week or less' },
    { code: 'UN5', label: 'Sources collating UPNs reflect the child has no UPN' },
  ],
}

/** Codes of the first editions, before the changes whose years no source gives: accepted to 2010 (confidence L). */
function legacy(...entries: [string, string, CodeTag[]][]): CodeEntry[] {
  return entries.map(([code, label, tags]) => ({ code, label, to: 2010, tags, source: 'legacy', confidence: 'L' }))
}

/** U1-U6 replaced Q1/Q2 (fostering for adoption and concurrent planning): the first year is not sourced. */
function fostering(from: number): CodeEntry[] {
  const entries: [string, string, CodeTag[]][] = [
    ['U1', 'Foster placement with relative(s) or friend(s): long-term fostering', ['foster', 'long-term-foster']],
    [
      'U2',
      'Foster placement with relative(s) or friend(s) who are also approved adopters: FFA or concurrent',
      ['foster'],
    ],
    ['U3', 'Foster placement with relative(s) or friend(s): not long-term or FFA', ['foster']],
    ['U4', 'Foster placement with other foster carer(s): long-term fostering', ['foster', 'long-term-foster']],
    ['U5', 'Foster placement with other foster carer(s) who are also approved adopters: FFA or concurrent', ['foster']],
    ['U6', 'Foster placement with other foster carer(s): not long-term or FFA', ['foster']],
  ]
  return entries.map(([code, label, tags]) => ({ code, label, from, tags, source: 'legacy', confidence: 'L' }))
}
