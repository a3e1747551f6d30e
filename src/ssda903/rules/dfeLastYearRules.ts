import type { ChildRecord, Episode, PlacementDecision } from '../../domain/returnRecords.js'
import type { Edition } from '../editions/edition.js'
import type { UsedTable } from '../tableSpecs.js'
import { ALL_EDITIONS, dfeRule, type EditionRange, type Rule } from './rule.js'
import { shown, type Report, type ReturnUnderCheck } from './returnUnderCheck.js'

/**
 * The Department's rules on this year's return against last year's, when the data holds last year's (`r.lastYear`;
 * without it these rules do not run, but for 199, which then looks at this year alone). Wording from
 * docs/sources/dfe-rules.json. Dates are compared as dates, not as the text of the cells.
 */

/** Where a record is: "850/2012/episodes.csv line 3". */
const where = (record: { source: { file: string; row: number } }): string =>
  `${record.source.file} line ${record.source.row}`
/** Where last year's record is, for a finding's detail. */
const lastYearAt = (record: { source: { file: string; row: number } }): string => `(Last year: ${where(record)}.)`

/** A rule that runs only when the data holds last year's return, and in it the tables the rule reads. */
function lastYearRule(def: {
  id: string
  editions?: EditionRange
  tables: readonly UsedTable[]
  /** Last year's table the rule reads (without it, there is nothing to compare). */
  lastTable: UsedTable
  fields: readonly string[]
  wording: string
  check: (r: ReturnUnderCheck, last: ReturnUnderCheck, report: Report) => void
}): Rule {
  const { check, editions, lastTable, ...rest } = def
  return dfeRule({
    ...rest,
    severity: 'error',
    editions: editions ?? ALL_EDITIONS,
    check(r, report) {
      const last = r.lastYear
      if (last?.tables.has(lastTable)) check(r, last, report)
    },
  })
}

// Header against last year's Header

/** Each child of this year's Header with its row in last year's Header. */
function* headersOfBothYears(r: ReturnUnderCheck, last: ReturnUnderCheck): Generator<[ChildRecord, ChildRecord]> {
  for (const now of r.children) {
    const before = last.headerOf(now.child)
    if (before) yield [now, before]
  }
}

/** A Header rule: fires on this year's row when `differs` says this year's cell contradicts last year's. */
function headerRule(def: {
  id: string
  field: string
  fields?: readonly string[]
  tables?: readonly UsedTable[]
  wording: string
  differs: (now: ChildRecord, before: ChildRecord, r: ReturnUnderCheck, last: ReturnUnderCheck) => boolean
  cell: (c: ChildRecord) => string
}): Rule {
  return lastYearRule({
    id: def.id,
    tables: def.tables ?? ['Header'],
    lastTable: 'Header',
    fields: def.fields ?? [def.field],
    wording: def.wording,
    check(r, last, report) {
      for (const [now, before] of headersOfBothYears(r, last)) {
        if (!def.differs(now, before, r, last)) continue
        report(now, {
          column: def.field,
          value: def.cell(now),
          other: `${def.field} ${def.cell(before)}`,
          detail: lastYearAt(before),
        })
      }
    },
  })
}

/** What a SEX code means in its edition (male or female), or the code itself when it has no such meaning. */
const sexMeaning = (edition: Edition, code: string): string =>
  edition.is('SEX', code, 'male') ? 'male' : edition.is('SEX', code, 'female') ? 'female' : code

/** Rule 202 across the 2024-25 recoding of SEX (1/2 to M/F/U): the same sex in either year's codes is no change. */
const sexDiffers = (now: ChildRecord, before: ChildRecord, r: ReturnUnderCheck, last: ReturnUnderCheck): boolean =>
  now.sex !== before.sex && sexMeaning(r.edition, now.sex) !== sexMeaning(last.edition, before.sex)

/** UPN codes for a UPN not known (UN1-UN5, the same in every edition). */
const isUnknownUpn = (edition: Edition, upn: string): boolean => edition.isValid('UPN_UNKNOWN', upn)

/**
 * Rule 208: the changes of UPN the Department allows. From blank or UN1 to UN2-UN5 (or blank to UN1: the validator
 * means to allow it but tests last year's UPN twice, so fires; we allow it), and from blank or a UN code to a UPN.
 * Blank in both years is left to rule 442.
 */
function upnChangeAllowed(before: string, now: string, edition: Edition): boolean {
  if (before === now) return true
  const unknownNow = isUnknownUpn(edition, now)
  if ((before === '' || before === 'UN1') && unknownNow) return true
  return (before === '' || isUnknownUpn(edition, before)) && now !== '' && !unknownNow
}

/** MOTHER read as a number, as the validator reads it (null when blank or not a number). */
const motherNumber = (mother: string): number | null => {
  const n = mother.trim() === '' ? NaN : Number(mother)
  return Number.isNaN(n) ? null : n
}

// Episodes against last year's Episodes

/** Each child with episodes in both years: this year's first episode (earliest DECOM) and last year's episodes. */
function* episodesOfBothYears(
  r: ReturnUnderCheck,
  last: ReturnUnderCheck,
): Generator<{ first: Episode; lastYear: readonly Episode[] }> {
  for (const [child, episodes] of r.episodesByChild()) {
    const lastYear = last.episodesOf(child)
    if (episodes.length > 0 && lastYear.length > 0) yield { first: episodes[0]!, lastYear }
  }
}

/** REC codes of an adoption (rule 199's own list: the edition's 'adopted' also holds the legacy E1). */
const ADOPTED = new Set(['E11', 'E12'])

/**
 * Rule 199: this year's episodes of a child that start after an episode that ended in adoption (REC E11 or E12), in
 * this year's or last year's return. An episode in both years' files (open at 31 March) starts the same day in both,
 * so it is never "after" itself; a second adoption episode is after the first.
 */
function checkAdoptedBefore(r: ReturnUnderCheck, report: Report): void {
  const last = r.lastYear
  for (const [child, episodes] of r.episodesByChild()) {
    const all = [...(last?.episodesOf(child) ?? []), ...episodes]
    const adoption = all.filter((e) => ADOPTED.has(e.reasonEnded)).sort((a, b) => (a.start < b.start ? -1 : 1))[0]
    if (!adoption) continue
    for (const e of episodes) {
      if (e.start <= adoption.start) continue
      report(e, {
        column: 'CHILD',
        value: child,
        other: `REC ${adoption.reasonEnded}`,
        detail: `(Adopted: the episode from ${shown(adoption.start)}, ${where(adoption)}.)`,
      })
    }
  }
}

/** Rule 503D's exceptions: the placement codes that replaced a code of last year's edition. */
function placeReplaced(year: number, before: string, now: string): boolean {
  // The Department: K3 after H5 "for 2025 only" (2024-25); the validator also allows it in 2023-24, before K3 existed.
  if (year === 2025) return before === 'H5' && now === 'K3'
  if (year === 2026) return before === 'Z1' && ['Z11', 'Z12', 'Z13', 'Z14'].includes(now)
  // Foster placements recoded when U1-U6 replaced Q1/Q2 (the editions accept both in 2014-15 and 2015-16): the same
  // placement, Q1 (relative or friend) as U1-U3, Q2 (other foster carer) as U4-U6.
  if (year === 2015 || year === 2016) {
    return (
      (before === 'Q1' && ['U1', 'U2', 'U3'].includes(now)) || (before === 'Q2' && ['U4', 'U5', 'U6'].includes(now))
    )
  }
  return false
}

/**
 * Rules 503A-503F: when last year's final episode (latest DECOM) was open at 31 March, this year's first episode is
 * the same episode, so the cell must match. Blank matches blank.
 */
function firstEpisodeRule(def: {
  id: string
  field: string
  editions?: EditionRange
  wording: string
  cell: (e: Episode) => string
  allowed?: (year: number, before: string, now: string) => boolean
}): Rule {
  return lastYearRule({
    id: def.id,
    editions: def.editions,
    tables: ['Episodes'],
    lastTable: 'Episodes',
    fields: [def.field],
    wording: def.wording,
    check(r, last, report) {
      for (const { first, lastYear } of episodesOfBothYears(r, last)) {
        const final = lastYear[lastYear.length - 1]!
        const [before, now] = [def.cell(final), def.cell(first)]
        if (final.end !== null || before === now || def.allowed?.(r.year, before, now)) continue
        report(first, { column: def.field, value: now, other: `${def.field} ${before}`, detail: lastYearAt(final) })
      }
    },
  })
}

// PlacedAdoption against last year's PlacedAdoption

/** A decision that was reversed (or ended) in last year's return: DATE_PLACED_CEASED or REASON_PLACED_CEASED given. */
const ceased = (d: PlacementDecision): boolean => d.ceasedDate !== null || d.reasonCeased !== ''

const placedShown = (d: PlacementDecision): string => `DATE_PLACED ${shown(d.decisionDate)}`

/** Rule 559: a decision dated before this collection year must be in last year's PlacedAdoption, with its date. */
function checkDecisionInLastYear(r: ReturnUnderCheck, last: ReturnUnderCheck, report: Report): void {
  for (const d of r.decisions) {
    if (d.decisionDate === null || d.decisionDate >= r.start) continue
    const before = last.decisionsOf(d.child)
    if (before.length > 0 && before.every((b) => b.decisionDate !== null)) continue
    const blank = before.find((b) => b.decisionDate === null)
    report(d, {
      column: 'DATE_PLACED',
      value: shown(d.decisionDate),
      ...(blank
        ? { other: placedShown(blank), detail: lastYearAt(blank) }
        : { detail: '(Not in last year’s return.)' }),
    })
  }
}

/**
 * Rule 560: a decision open at the end of last year (DATE_PLACED given, DATE_PLACED_CEASED blank) keeps its date this
 * year. The validator flags every row of the child that differs, including a new decision made this year after the
 * old one ended; we flag the child's rows only when none of them carries last year's date (the Department's wording).
 */
function checkOpenDecisionKept(r: ReturnUnderCheck, last: ReturnUnderCheck, report: Report): void {
  const flagged = new Set<PlacementDecision>()
  for (const before of last.decisions) {
    if (before.decisionDate === null || before.ceasedDate !== null) continue
    const now = r.decisionsOf(before.child)
    if (now.some((d) => d.decisionDate === before.decisionDate)) continue
    for (const d of now) {
      if (flagged.has(d)) continue
      flagged.add(d)
      report(d, {
        column: 'DATE_PLACED',
        value: shown(d.decisionDate),
        other: placedShown(before),
        detail: lastYearAt(before),
      })
    }
  }
}

/**
 * Each of this year's decisions with the first of last year's decisions of the same child for which `pairs` holds.
 */
function* decisionPairs(
  r: ReturnUnderCheck,
  last: ReturnUnderCheck,
  pairs: (now: PlacementDecision, before: PlacementDecision) => boolean,
): Generator<[PlacementDecision, PlacementDecision]> {
  for (const d of r.decisions) {
    const before = last.decisionsOf(d.child).find((b) => pairs(d, b))
    if (before) yield [d, before]
  }
}

/** Rule 561: the same decision date as last year, but last year's decision had ceased. */
const sameDecisionAsCeased = (now: PlacementDecision, before: PlacementDecision): boolean =>
  now.decisionDate !== null && now.decisionDate === before.decisionDate && ceased(before)

/**
 * Rule 584: after a decision ceased last year, a decision this year must be a new one, dated after last year's. A
 * blank (or invalid) DATE_PLACED fires. The validator compares DD/MM/YYYY text and flags the wrong rows; we compare
 * dates and flag the decision that is not later, as the Department's wording says.
 */
const notLaterThanCeased = (now: PlacementDecision, before: PlacementDecision): boolean =>
  ceased(before) &&
  (now.decisionDate === null || (before.decisionDate !== null && now.decisionDate <= before.decisionDate))

function decisionRule(
  id: string,
  editions: EditionRange,
  wording: string,
  pairs: (now: PlacementDecision, before: PlacementDecision) => boolean,
): Rule {
  return lastYearRule({
    id,
    editions,
    tables: ['PlacedAdoption'],
    lastTable: 'PlacedAdoption',
    fields: ['DATE_PLACED'],
    wording,
    check(r, last, report) {
      for (const [now, before] of decisionPairs(r, last, pairs)) {
        report(now, {
          column: 'DATE_PLACED',
          value: shown(now.decisionDate),
          other: placedShown(before),
          detail: `${before.ceasedDate ? `DATE_PLACED_CEASED ${shown(before.ceasedDate)}. ` : ''}${lastYearAt(before)}`,
        })
      }
    },
  })
}

export const DFE_LAST_YEAR_RULES: readonly Rule[] = [
  dfeRule({
    id: '199',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['Episodes'],
    fields: ['CHILD'],
    wording:
      'Episode information shows child has been previously adopted from care. ' +
      '[NOTE: This only tests the current and previous year data loaded into the tool]',
    // The Department's condition reads last year's Episodes "if supplied; otherwise this year only".
    check: checkAdoptedBefore,
  }),
  headerRule({
    id: '202',
    field: 'SEX',
    wording: 'The gender code conflicts with the gender already recorded for this child.',
    differs: sexDiffers,
    cell: (c) => c.sex,
  }),
  headerRule({
    id: '203',
    field: 'DOB',
    wording: 'Date of birth disagrees with the date of birth already recorded for this child.',
    // Blank or invalid in both years is no change; in one year only, it is.
    differs: (now, before) => now.birth !== before.birth,
    cell: (c) => shown(c.birth),
  }),
  headerRule({
    id: '204',
    field: 'ETHNIC',
    wording: 'Ethnic origin code disagrees with the ethnic origin already recorded for this child.',
    differs: (now, before) => now.ethnicity !== before.ethnicity,
    cell: (c) => c.ethnicity,
  }),
  headerRule({
    id: '207',
    field: 'MOTHER',
    tables: ['Header', 'Episodes'],
    wording: 'Mother status for the current year disagrees with the mother status already recorded for this child.',
    // Only a change away from 1 (a mother) is wrong; children with no episode this year are not checked.
    differs: (now, before, r) => before.mother === '1' && now.mother !== '1' && r.episodesOf(now.child).length > 0,
    cell: (c) => c.mother,
  }),
  headerRule({
    id: '208',
    field: 'UPN',
    wording:
      'Unique Pupil Number (UPN) for the current year disagrees with the Unique Pupil Number (UPN) already ' +
      'recorded for this child.',
    differs: (now, before, r) => !upnChangeAllowed(before.upn, now.upn, r.edition),
    cell: (c) => c.upn,
  }),
  lastYearRule({
    id: '502',
    tables: ['Episodes'],
    lastTable: 'Episodes',
    fields: ['DECOM'],
    wording:
      "Last year's record ended with an open episode. The date on which that episode started does not match " +
      'the start date of the first episode on this year’s record.',
    check(r, last, report) {
      for (const { first, lastYear } of episodesOfBothYears(r, last)) {
        const open = lastYear.find((e) => e.end === null && e.start !== first.start)
        if (!open) continue
        report(first, {
          column: 'DECOM',
          value: shown(first.start),
          other: `DECOM ${shown(open.start)}`,
          detail: lastYearAt(open),
        })
      }
    },
  }),
  firstEpisodeRule({
    id: '503A',
    field: 'RNE',
    wording: 'The reason for new episode in the first episode does not match open episode at end of last year.',
    cell: (e) => e.reasonNewEpisode,
  }),
  firstEpisodeRule({
    id: '503B',
    field: 'LS',
    wording: 'The legal status in the first episode does not match open episode at end of last year.',
    cell: (e) => e.legalStatus,
  }),
  firstEpisodeRule({
    id: '503C',
    field: 'CIN',
    wording: 'The category of need in the first episode does not match open episode at end of last year.',
    cell: (e) => e.categoryOfNeed,
  }),
  firstEpisodeRule({
    id: '503D',
    field: 'PLACE',
    wording: 'The placement type in the first episode does not match open episode at end of last year',
    cell: (e) => e.placement,
    allowed: placeReplaced,
  }),
  firstEpisodeRule({
    id: '503E',
    field: 'PLACE_PROVIDER',
    wording: 'The placement provider in the first episode does not match open episode at end of last year.',
    cell: (e) => e.placementProvider,
  }),
  firstEpisodeRule({
    id: '503F',
    field: 'URN',
    // URN entered the return in 2015-16 (columnHistory): 2016-17 is the first year whose last year's return holds it.
    editions: { from: 2017, to: null },
    wording: 'The Ofsted URN in the  first episode does not match open episode at end of last year.',
    cell: (e) => e.urn,
  }),
  lastYearRule({
    id: '559',
    tables: ['PlacedAdoption'],
    lastTable: 'PlacedAdoption',
    fields: ['DATE_PLACED'],
    wording:
      'Date of decision that a child should be placed for adoption was not in the current year but the date of ' +
      'the decision that the child should be placed for adoption was not completed in a previous return.',
    check: checkDecisionInLastYear,
  }),
  lastYearRule({
    id: '560',
    tables: ['PlacedAdoption'],
    lastTable: 'PlacedAdoption',
    fields: ['DATE_PLACED', 'DATE_PLACED_CEASED'],
    wording:
      'Date of decision that the child should be placed for adoption this year is different from that recorded ' +
      'last year but the decision to place the child for adoption did not change.',
    check: checkOpenDecisionKept,
  }),
  decisionRule(
    '561',
    ALL_EDITIONS,
    'Date of the decision that the child should be placed for adoption this year is the same as that recorded ' +
      'last year but records show that the decision changed, and the child should no longer be placed for ' +
      'adoption last year.',
    sameDecisionAsCeased,
  ),
  lastYearRule({
    id: '562',
    tables: ['Episodes'],
    lastTable: 'Episodes',
    fields: ['DECOM'],
    wording:
      'Episode commenced before the start of the current collection year but there is a missing continuous ' +
      'episode in the previous year.',
    check(r, last, report) {
      for (const episodes of r.episodesByChild().values()) {
        const first = episodes[0]!
        if (first.start >= r.start) continue
        const before = last.episodesOf(first.child)
        const final = before[before.length - 1]
        if (final?.start === first.start) continue
        report(first, {
          column: 'DECOM',
          value: shown(first.start),
          ...(final
            ? { other: `DECOM ${shown(final.start)}`, detail: lastYearAt(final) }
            : { detail: '(The child has no episode in last year’s return.)' }),
        })
      }
    },
  }),
  decisionRule(
    '584',
    // The rule came with the 2022-23 collection.
    { from: 2023, to: null },
    'Date of decision that the child should be placed for adoption this year is different from that recorded ' +
      'last year, but the decision to placed the child for adoption changed and the child should no longer be ' +
      'placed for adoption.',
    notLaterThanCeased,
  ),
  headerRule({
    id: '624',
    field: 'MC_DOB',
    wording: 'Date of birth of the first child contradicts the date of birth of the first child previously recorded.',
    // Only when last year gave the date; a blank this year then differs.
    differs: (now, before) => before.motherChildBirth !== null && now.motherChildBirth !== before.motherChildBirth,
    cell: (c) => shown(c.motherChildBirth),
  }),
  headerRule({
    id: '626',
    field: 'MOTHER',
    fields: ['MOTHER', 'MC_DOB'],
    wording:
      'Child was reported as a mother but the date of birth of the first child is before the current year which ' +
      'contradicts with the mother status recorded last year.',
    differs: (now, before, r) =>
      motherNumber(now.mother) === 1 &&
      motherNumber(before.mother) === 0 &&
      now.motherChildBirth !== null &&
      now.motherChildBirth < r.start,
    cell: (c) => c.mother,
  }),
]
