/**
 * SSDA903 code lists for the fields the scorecard uses.
 * Sources: DfE "Children looked after by local authorities in England: guide to
 * the SSDA903 collection" (2016-17) and "technical specification" (2018-19),
 * section 5 code sets; the code lists of the DfE validation rules as
 * implemented in the public lac_validator (rules 101, 103, 120, 143-149,
 * 175-178). Codes retired before 2016 (E43/E44 special guardianship) are kept
 * because the scorecard reads returns from 2006 onwards. See docs/methodology.md.
 */
export type CodeList = ReadonlyMap<string, string>

const list = (entries: [string, string][]): CodeList => new Map(entries)

export const SEX = list([
  ['1', 'Male'],
  ['2', 'Female'],
])

export const ETHNICITY = list([
  ['WBRI', 'White British'],
  ['WIRI', 'White Irish'],
  ['WOTH', 'Any other White background'],
  ['WIRT', 'Traveller of Irish heritage'],
  ['WROM', 'Gypsy/Roma'],
  ['MWBC', 'White and Black Caribbean'],
  ['MWBA', 'White and Black African'],
  ['MWAS', 'White and Asian'],
  ['MOTH', 'Any other mixed background'],
  ['AIND', 'Indian'],
  ['APKN', 'Pakistani'],
  ['ABAN', 'Bangladeshi'],
  ['AOTH', 'Any other Asian background'],
  ['BCRB', 'Caribbean'],
  ['BAFR', 'African'],
  ['BOTH', 'Any other Black background'],
  ['CHNE', 'Chinese'],
  ['OOTH', 'Any other ethnic group'],
  ['REFU', 'Refused'],
  ['NOBT', 'Information not yet obtained'],
])

/** Ethnicity codes counted as White (not an ethnic minority) in the scorecard's contextual indicator. */
export const WHITE_MAJORITY_ETHNICITY = new Set(['WBRI', 'WIRI', 'WOTH'])
/** Ethnicity not known: left out of ethnic-minority percentages. */
export const ETHNICITY_NOT_KNOWN = new Set(['REFU', 'NOBT'])

export const REASON_NEW_EPISODE = list([
  ['S', 'Started to be looked after'],
  ['L', 'Change of legal status only'],
  ['P', 'Change of placement and carer(s) only'],
  ['T', 'Change of both legal status and placement and carer(s) at the same time'],
  ['U', 'Change of legal status and placement at the same time, carer(s) unchanged'],
  ['B', 'Change of placement, carer(s) unchanged'],
])

/** RNE codes that leave the child with the same carers as the episode before. */
export const SAME_CARERS = new Set(['L', 'U', 'B'])

export const LEGAL_STATUS = list([
  ['C1', 'Interim care order'],
  ['C2', 'Full care order'],
  ['D1', 'Freeing order granted'],
  ['E1', 'Placement order granted'],
  ['V2', 'Single period of accommodation under section 20'],
  ['V3', 'Accommodated under an agreed series of short-term breaks (individual episodes recorded)'],
  ['V4', 'Accommodated under an agreed series of short-term breaks (agreements recorded)'],
  ['J1', 'Remanded to local authority or youth detention accommodation'],
  ['J2', 'Placed in local authority accommodation under PACE'],
  ['J3', 'Sentenced to a youth rehabilitation order with residence or fostering requirement'],
  ['L1', 'Under police protection and in local authority accommodation'],
  ['L2', 'Emergency protection order'],
  ['L3', 'Under child assessment order and in local authority accommodation'],
])

/** Legal statuses that give the council court authority to place for adoption. */
export const COURT_AUTHORITY_TO_PLACE = new Set(['E1', 'D1'])
/** Legal statuses that mark care proceedings: interim or full care order. */
export const CARE_ORDER = new Set(['C1', 'C2'])

export const CATEGORY_OF_NEED = list([
  ['N1', 'Abuse or neglect'],
  ['N2', "Child's disability"],
  ['N3', 'Parental illness or disability'],
  ['N4', 'Family in acute stress'],
  ['N5', 'Family dysfunction'],
  ['N6', 'Socially unacceptable behaviour'],
  ['N7', 'Low income'],
  ['N8', 'Absent parenting'],
])

export const PLACEMENT = list([
  ['A3', 'Placed for adoption with consent with current foster carer(s)'],
  ['A4', 'Placed for adoption with consent not with current foster carer(s)'],
  ['A5', 'Placed for adoption with placement order with current foster carer(s)'],
  ['A6', 'Placed for adoption with placement order not with current foster carer(s)'],
  ['H5', 'Semi-independent living accommodation'],
  ['K1', 'Secure children’s home'],
  ['K2', 'Children’s home'],
  ['P1', 'Placed with own parent(s) or other person(s) with parental responsibility'],
  ['P2', 'Independent living'],
  ['P3', 'Residential employment'],
  ['R1', 'Residential care home'],
  ['R2', 'NHS or health trust establishment providing medical or nursing care'],
  ['R3', 'Family centre or mother and baby unit'],
  ['R5', 'Young offender institution or prison'],
  ['S1', 'Residential school'],
  ['T0', 'Temporary placement (all types)'],
  ['T1', 'Temporary periods in hospital'],
  ['T2', 'Temporary periods of absence'],
  ['T3', 'Temporary periods at a holiday or residential activity'],
  ['T4', 'Temporary periods in other circumstances'],
  ['U1', 'Foster placement with relative or friend: long-term fostering'],
  ['U2', 'Foster placement with relative or friend who is also an approved adopter: fostering for adoption or concurrent planning'],
  ['U3', 'Foster placement with relative or friend: not long-term or fostering for adoption'],
  ['U4', 'Foster placement with other foster carer: long-term fostering'],
  ['U5', 'Foster placement with other foster carer who is also an approved adopter: fostering for adoption or concurrent planning'],
  ['U6', 'Foster placement with other foster carer: not long-term or fostering for adoption'],
  ['Z1', 'Other placements'],
])

export const PLACED_FOR_ADOPTION = new Set(['A3', 'A4', 'A5', 'A6'])
export const PLACED_WITH_CURRENT_FOSTER_CARERS = new Set(['A3', 'A5'])
export const PLACED_UNDER_PLACEMENT_ORDER = new Set(['A5', 'A6'])
export const FOSTER_PLACEMENT = new Set(['U1', 'U2', 'U3', 'U4', 'U5', 'U6'])

export const PLACEMENT_PROVIDER = list([
  ['PR0', 'Parent(s) or other person(s) with parental responsibility'],
  ['PR1', 'Own provision (by the council)'],
  ['PR2', 'Other local authority provision'],
  ['PR3', 'Other public provision'],
  ['PR4', 'Private provision'],
  ['PR5', 'Voluntary, third sector provision'],
])

export const REASON_EPISODE_CEASED = list([
  ['E11', 'Adopted: application for an adoption order unopposed'],
  ['E12', 'Adopted: consent dispensed with by the court'],
  ['E2', 'Died'],
  ['E3', 'Care taken over by another local authority in the UK'],
  ['E4A', 'Returned home to live with parents or relatives as part of the care planning process'],
  ['E4B', 'Returned home to live with parents or relatives not as part of the care planning process'],
  ['E13', 'Left care to live with parents or relatives without parental responsibility'],
  ['E41', 'Residence order or child arrangements order granted'],
  ['E43', 'Special guardianship order made to former foster carers (code used before 2015)'],
  ['E44', 'Special guardianship order made to carers other than former foster carers (code used before 2015)'],
  ['E45', 'Special guardianship order made to former foster carers'],
  ['E46', 'Special guardianship order made to carers other than former foster carers'],
  ['E47', 'Residence or child arrangements order to former foster carers'],
  ['E48', 'Residence or child arrangements order to carers other than former foster carers'],
  ['E5', 'Moved into independent living arrangement'],
  ['E6', 'Transferred to residential care funded by adult social care'],
  ['E7', 'Sentenced to custody'],
  ['E8', 'Period of being looked after ceased for any other reason'],
  ['E9', 'Sentenced to custody'],
  ['E14', 'Accommodation on remand ended'],
  ['E15', 'Age assessment determined child aged 18 or over'],
  ['E16', 'Child moved abroad'],
  ['E17', 'Aged 18 or over and remained with current carers (staying put)'],
  ['X1', 'Episode ceased and new episode begins on the same day'],
])

export const ADOPTED = new Set(['E11', 'E12'])
export const SPECIAL_GUARDIANSHIP = new Set(['E43', 'E44', 'E45', 'E46'])
export const CHILD_ARRANGEMENTS = new Set(['E41', 'E47', 'E48'])
export const RETURNED_HOME = new Set(['E4A', 'E4B', 'E13'])
export const EPISODE_CONTINUES = 'X1'

export const REASON_PLACED_CEASED = list([
  ['E11', 'Adopted: application unopposed'],
  ['E12', 'Adopted: consent dispensed with'],
  ['RD1', 'Child’s needs changed subsequent to the decision'],
  ['RD2', 'Court did not make a placement order'],
  ['RD3', 'Prospective adopters could not be found'],
  ['RD4', 'Any other reason'],
])

export const DECISION_REVERSED = new Set(['RD1', 'RD2', 'RD3', 'RD4'])

export const FOSTER_CARE = list([
  ['0', 'Not adopted by former foster carer(s)'],
  ['1', 'Adopted by former foster carer(s)'],
])

export const NUMBER_OF_ADOPTERS = list([
  ['1', 'One adopter'],
  ['2', 'Two adopters'],
])

export const ADOPTER_SEX = list([
  ['M1', 'Single male adopter'],
  ['F1', 'Single female adopter'],
  ['MM', 'Male couple'],
  ['FF', 'Female couple'],
  ['MF', 'Male and female couple'],
])

export const ADOPTER_LEGAL_STATUS = list([
  ['L0', 'Child adopted by a sole adopter'],
  ['L11', 'Adopted by a couple who are married (opposite sex)'],
  ['L12', 'Adopted by a couple who are married (same sex)'],
  ['L2', 'Adopted by a couple who are civil partners'],
  ['L3', 'Adopted by a couple who are neither married nor civil partners'],
  ['L4', 'Adopted by a single person who is one of a couple'],
])
