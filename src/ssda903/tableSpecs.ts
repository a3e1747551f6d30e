/**
 * The SSDA903 tables as CSV extracts hold them (DfE technical specification,
 * CSV format): the columns of each, which of them the scorecard needs, and
 * which tables it reads at all.
 */
export type UsedTable = 'Header' | 'Episodes' | 'AD1' | 'PlacedAdoption'
export type TableName = UsedTable | 'UASC' | 'OC2' | 'OC3' | 'PrevPerm' | 'Missing' | 'Reviews' | 'SW_Episodes'

export interface TableSpec {
  name: TableName
  columns: readonly string[]
  /** Columns that tell this table from the others. */
  distinctive: readonly string[]
  /** Columns the scorecard cannot do without; empty for tables it does not use. */
  required: readonly string[]
  used: boolean
}

export const TABLES: readonly TableSpec[] = [
  {
    name: 'Header',
    used: true,
    columns: ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB'],
    distinctive: ['ETHNIC'],
    required: ['CHILD', 'SEX', 'DOB', 'ETHNIC'],
  },
  {
    name: 'Episodes',
    used: true,
    columns: [
      'CHILD',
      'DECOM',
      'RNE',
      'LS',
      'CIN',
      'PLACE',
      'PLACE_PROVIDER',
      'DEC',
      'REC',
      'REASON_PLACE_CHANGE',
      'HOME_POST',
      'PL_POST',
      'URN',
    ],
    distinctive: ['DECOM'],
    required: ['CHILD', 'DECOM', 'RNE', 'LS', 'PLACE', 'DEC', 'REC'],
  },
  {
    name: 'AD1',
    used: true,
    columns: ['CHILD', 'DOB', 'DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'],
    distinctive: ['DATE_MATCH'],
    required: ['CHILD', 'DATE_INT', 'DATE_MATCH', 'FOSTER_CARE'],
  },
  {
    name: 'PlacedAdoption',
    used: true,
    columns: ['CHILD', 'DOB', 'DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'],
    distinctive: ['DATE_PLACED'],
    required: ['CHILD', 'DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'],
  },
  { name: 'UASC', used: false, columns: ['CHILD', 'SEX', 'DOB', 'DUC'], distinctive: ['DUC'], required: [] },
  {
    name: 'OC2',
    used: false,
    columns: [
      'CHILD',
      'DOB',
      'SDQ_SCORE',
      'SDQ_REASON',
      'CONVICTED',
      'HEALTH_CHECK',
      'IMMUNISATIONS',
      'TEETH_CHECK',
      'HEALTH_ASSESSMENT',
      'SUBSTANCE_MISUSE',
      'INTERVENTION_RECEIVED',
      'INTERVENTION_OFFERED',
    ],
    distinctive: ['HEALTH_CHECK'],
    required: [],
  },
  {
    name: 'OC3',
    used: false,
    columns: ['CHILD', 'DOB', 'IN_TOUCH', 'ACTIV', 'ACCOM'],
    distinctive: ['IN_TOUCH'],
    required: [],
  },
  {
    name: 'PrevPerm',
    used: false,
    columns: ['CHILD', 'DOB', 'PREV_PERM', 'LA_PERM', 'DATE_PERM'],
    distinctive: ['PREV_PERM'],
    required: [],
  },
  {
    name: 'Missing',
    used: false,
    columns: ['CHILD', 'DOB', 'MISSING', 'MIS_START', 'MIS_END'],
    distinctive: ['MIS_START'],
    required: [],
  },
  {
    name: 'Reviews',
    used: false,
    columns: ['CHILD', 'DOB', 'REVIEW', 'REVIEW_CODE'],
    distinctive: ['REVIEW'],
    required: [],
  },
  {
    name: 'SW_Episodes',
    used: false,
    columns: ['CHILD', 'DOB', 'SW_ID', 'SW_DECOM', 'SW_DEC', 'SW_REASON'],
    distinctive: ['SW_ID'],
    required: [],
  },
]

export function normaliseColumnName(name: string): string {
  return name.trim().toUpperCase()
}

/**
 * Which table a header row belongs to, by its column names (any case, any
 * order), or null when it is none of them. A table is recognised when all its
 * distinctive columns are present and CHILD is too.
 */
export function recogniseTable(headerCells: readonly string[]): TableSpec | null {
  const names = new Set(headerCells.map(normaliseColumnName))
  if (!names.has('CHILD')) return null
  let best: TableSpec | null = null
  let bestOverlap = 0
  for (const spec of TABLES) {
    if (!spec.distinctive.every((c) => names.has(c))) continue
    const overlap = spec.columns.filter((c) => names.has(c)).length
    if (overlap > bestOverlap) {
      best = spec
      bestOverlap = overlap
    }
  }
  return best
}
