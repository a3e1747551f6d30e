import { parse } from 'csv-parse/sync'
import { parseReturnDate, type CalendarDate } from '../domain/calendarDate.js'
import { ENGLISH_COUNCILS } from '../domain/englishCouncils.js'
import type { Finding } from '../domain/finding.js'

/**
 * Prospective adopters, one row per household, as a CSV this product defines
 * (docs/methodology.md, "Prospective adopters"): AGENCY is the council's
 * three-digit code; dates DD/MM/YYYY or YYYY-MM-DD; blank where not reached.
 */
export const ADOPTER_COLUMNS = [
  'ADOPTER_ID',
  'AGENCY',
  'DATE_INTEREST',
  'DATE_STAGE1',
  'DATE_APPLICATION',
  'DATE_APPROVED',
  'DATE_REFERRED',
  'DATE_MATCHED',
  'DATE_PLACED',
  'DATE_WITHDRAWN',
  'REASON_WITHDRAWN',
] as const

/** Why a household withdrew. */
export const WITHDRAWAL_REASONS = new Map([
  ['W1', 'Withdrew before approval'],
  ['W2', 'Not approved'],
  ['W3', 'Withdrew after approval'],
  ['W4', 'Approval ended by the agency'],
])

export interface AdopterHousehold {
  id: string
  agency: string
  interest: CalendarDate | null
  stage1: CalendarDate | null
  application: CalendarDate | null
  approved: CalendarDate | null
  referred: CalendarDate | null
  matched: CalendarDate | null
  placed: CalendarDate | null
  withdrawn: CalendarDate | null
  reasonWithdrawn: string
  row: number
}

const DATE_COLUMNS: [keyof AdopterHousehold, string][] = [
  ['interest', 'DATE_INTEREST'],
  ['stage1', 'DATE_STAGE1'],
  ['application', 'DATE_APPLICATION'],
  ['approved', 'DATE_APPROVED'],
  ['referred', 'DATE_REFERRED'],
  ['matched', 'DATE_MATCHED'],
  ['placed', 'DATE_PLACED'],
  ['withdrawn', 'DATE_WITHDRAWN'],
]

/** Stages that must come in this order when both are filled in. */
const ORDER: [keyof AdopterHousehold, keyof AdopterHousehold, string][] = [
  ['interest', 'stage1', 'Stage 1 starts before the registration of interest'],
  ['stage1', 'application', 'The application (stage 2) comes before stage 1 began'],
  ['application', 'approved', 'Approval comes before the application'],
  ['approved', 'referred', 'Referral to the adoption register comes before approval'],
  ['approved', 'matched', 'The match comes before approval'],
  ['matched', 'placed', 'The placement comes before the match'],
]

const COLUMN_OF: Record<string, string> = Object.fromEntries(DATE_COLUMNS.map(([k, c]) => [k, c]))

/** Reads and checks the adopters CSV; bad rows are reported (file, row, column, rule) and left out. Never throws. */
export function parseAdopterCsv(text: string, file: string): { households: AdopterHousehold[]; findings: Finding[] } {
  const findings: Finding[] = []
  const report = (
    rule: string,
    row: number,
    column: string,
    value: string,
    message: string,
    severity: Finding['severity'] = 'error',
  ) => findings.push({ rule, severity, file, row, child: '', column, value, other: '', message })
  let records: string[][]
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: false })
  } catch (e) {
    report('AD01', 0, '', '', `The file is not well-formed CSV: ${e instanceof Error ? e.message : String(e)}`)
    return { households: [], findings }
  }
  const header = (records[0] ?? []).map((h) => h.trim().toUpperCase())
  const missing = ADOPTER_COLUMNS.filter((c) => !header.includes(c))
  if (records.length === 0 || missing.length > 0) {
    report(
      'AD02',
      1,
      missing[0] ?? '',
      '',
      `The first line must name the columns ${ADOPTER_COLUMNS.join(', ')}; missing: ${missing.join(', ')}.`,
    )
    return { households: [], findings }
  }
  const at = (r: string[], c: string) => (r[header.indexOf(c)] ?? '').trim()
  const seen = new Set<string>()
  const councils = new Set(ENGLISH_COUNCILS.map((c) => c.code))
  const households: AdopterHousehold[] = []
  records.slice(1).forEach((r, i) => {
    const row = i + 2
    if (r.every((c) => c.trim() === '')) return
    const id = at(r, 'ADOPTER_ID')
    if (id === '') return report('AD03', row, 'ADOPTER_ID', '', 'Every household needs an ADOPTER_ID.')
    if (seen.has(id)) return report('AD04', row, 'ADOPTER_ID', id, 'This ADOPTER_ID appears more than once.')
    seen.add(id)
    const agency = at(r, 'AGENCY')
    if (!councils.has(agency))
      return report('AD05', row, 'AGENCY', agency, 'AGENCY must be the three-digit DfE code of an English council.')
    const h: AdopterHousehold = {
      id,
      agency,
      interest: null,
      stage1: null,
      application: null,
      approved: null,
      referred: null,
      matched: null,
      placed: null,
      withdrawn: null,
      reasonWithdrawn: at(r, 'REASON_WITHDRAWN'),
      row,
    }
    let bad = false
    for (const [key, column] of DATE_COLUMNS) {
      const v = at(r, column)
      if (v === '') continue
      const d = parseReturnDate(v)
      if (d === null) {
        report('AD06', row, column, v, 'Not a valid date: use DD/MM/YYYY.')
        bad = true
      } else (h as unknown as Record<string, string>)[key] = d
    }
    if (bad) return
    if (h.interest === null)
      return report('AD07', row, 'DATE_INTEREST', '', 'Every household has a date it registered its interest.')
    for (const [a, b, message] of ORDER) {
      const x = h[a] as string | null
      const y = h[b] as string | null
      if (x && y && y < x) {
        report('AD08', row, COLUMN_OF[b]!, y, `${message}.`)
        bad = true
      }
    }
    if ((h.withdrawn === null) !== (h.reasonWithdrawn === '')) {
      report(
        'AD09',
        row,
        h.withdrawn ? 'REASON_WITHDRAWN' : 'DATE_WITHDRAWN',
        '',
        'DATE_WITHDRAWN and REASON_WITHDRAWN go together.',
      )
      bad = true
    } else if (h.reasonWithdrawn !== '' && !WITHDRAWAL_REASONS.has(h.reasonWithdrawn)) {
      report(
        'AD10',
        row,
        'REASON_WITHDRAWN',
        h.reasonWithdrawn,
        `Not a reason code: ${[...WITHDRAWAL_REASONS.keys()].join(', ')}.`,
      )
      bad = true
    }
    if ((h.matched || h.placed) && !h.approved) {
      report('AD11', row, 'DATE_APPROVED', '', 'A household matched or placed with a child must have been approved.')
      bad = true
    }
    if (!bad) households.push(h)
  })
  return { households, findings }
}
