import { addDays, addMonths, ageInYears, dateParts, makeDate, type CalendarDate } from '../../domain/calendarDate.js'
import type { ChildRecord, Episode } from '../../domain/returnRecords.js'
import { ALL_EDITIONS, dfeRule, LAST_COLLECTION_YEAR, type EditionRange, type Rule } from './rule.js'
import { shown, type Report, type ReturnUnderCheck } from './returnUnderCheck.js'

/*
 * The Department's rules on the child: the Header items (sex, date of birth, UPN, mother) on their own and against
 * the episodes, and the child's age against what the episodes record. Wording, conditions and editions from
 * docs/sources/dfe-rules.json. Dates are compared as dates; a comparison with a blank or invalid date is false unless
 * the rule says otherwise. Records hold a blank and an invalid date alike as null, and an episode without a valid
 * DECOM is not in the return the rules see (141 reports it): where a rule tests whether a date is given (174, 359,
 * 611, 612), an invalid one counts as blank.
 *
 * Ages are counted as ageInYears counts them, on the date the rule names ("at DECOM", "at 1 April"): a child born on
 * 29 February turns a year older on 1 March in a common year (the validator's date offset says 28 February).
 *
 * Rule 231 (an unaccompanied asylum-seeking child under 11) is not here: it reads a Header item UASC_STATUS that the
 * Header table does not hold (and the validator's own loader never creates).
 */

// --- Codes -----------------------------------------------------------------------------------------------------

/** LS: short breaks (V3, V4). The rules' own list: the edition's tag also holds V1 up to 2009-10. */
const SHORT_BREAKS = new Set(['V3', 'V4'])
/** UPN codes for a UPN not known: UN1-UN5. */
const UPN_UNKNOWN = new Set(['UN1', 'UN2', 'UN3', 'UN4', 'UN5'])
/** REC: adopted (E11, E12). The rule's own list: the edition's tag also holds E1 up to 2009-10. */
const ADOPTED = new Set(['E11', 'E12'])
/** REC: special guardianship orders E45-E48. The rule's own list: the edition's tag also holds E43/E44 to 2017-18. */
const SPECIAL_GUARDIANSHIP = new Set(['E45', 'E46', 'E47', 'E48'])
/** REC: moved into independent living (E5, E6). */
const INDEPENDENT_LIVING = new Set(['E5', 'E6'])
/** LS: remanded, under PACE, or on a youth rehabilitation order (J1-J3). */
const YOUTH_JUSTICE = new Set(['J1', 'J2', 'J3'])

const isMale = (r: ReturnUnderCheck, c: ChildRecord): boolean => r.edition.is('SEX', c.sex, 'male')
const isFemale = (r: ReturnUnderCheck, c: ChildRecord): boolean => r.edition.is('SEX', c.sex, 'female')
const isMother = (c: ChildRecord): boolean => c.mother === '1'
/** A blank LS counts as not short breaks, as the validator counts it. */
const notShortBreaks = (e: Episode): boolean => !SHORT_BREAKS.has(e.legalStatus)

// --- Ages ------------------------------------------------------------------------------------------------------

/** Completed years on a day; null when either date is blank or invalid. */
const ageOn = (birth: CalendarDate | null, on: CalendarDate | null): number | null =>
  birth === null || on === null ? null : ageInYears(birth, on)

/** Aged `years` or over on the day (false when a date is blank or invalid). */
function agedAtLeast(birth: CalendarDate | null, years: number, on: CalendarDate | null): boolean {
  const age = ageOn(birth, on)
  return age !== null && age >= years
}
/** Younger than `years` on the day (false when a date is blank or invalid). */
function agedUnder(birth: CalendarDate | null, years: number, on: CalendarDate | null): boolean {
  const age = ageOn(birth, on)
  return age !== null && age < years
}
/** The day the child turns `years`, as ageInYears counts it (1 March for 29 February in a common year). */
function birthday(birth: CalendarDate, years: number): CalendarDate {
  const day = addMonths(birth, 12 * years)
  return ageInYears(birth, day) >= years ? day : addDays(day, 1)
}

/** "(Aged 9 on 01/05/2012.)", and `more` words after. */
const ageDetail = (birth: CalendarDate | null, on: CalendarDate, more = ''): string =>
  `(Aged ${ageOn(birth, on)} on ${shown(on)}.${more})`

// --- Reporting -------------------------------------------------------------------------------------------------

/** Reports each record at most once, however many episodes lead to it. */
function once(report: Report): Report {
  const seen = new Set<object>()
  return (record, hit) => {
    if (seen.has(record)) return
    seen.add(record)
    report(record, hit)
  }
}

/** A cell as [column, value as the return shows it]. */
type Cell = [string, string]
const dobCell = (c: ChildRecord): Cell => ['DOB', shown(c.birth)]

/** "COLUMN value", or "COLUMN blank". */
const cellText = ([column, value]: Cell): string => `${column} ${value === '' ? 'blank' : value}`

/** An episode and the child's Header row, for rules that compare the two and flag both: each names the other. */
function reportBoth(flag: Report, e: Episode, episodeCell: Cell, c: ChildRecord, headerCell: Cell, detail?: string) {
  flag(e, { column: episodeCell[0], value: episodeCell[1], other: cellText(headerCell), detail })
  flag(c, { column: headerCell[0], value: headerCell[1], other: cellText(episodeCell), detail })
}

/** Each episode with its child's Header row (episodes of a child with no Header row are left to AS040). */
function episodesWithHeader(r: ReturnUnderCheck): readonly [Episode, ChildRecord][] {
  return r.once('episodesWithHeader', () => {
    const pairs: [Episode, ChildRecord][] = []
    for (const e of r.episodes) {
      const c = r.headerOf(e.child)
      if (c) pairs.push([e, c])
    }
    return pairs
  })
}

/** The child has an episode whose legal status is not short breaks (V3, V4). */
const lookedAfterNotOnShortBreaks = (r: ReturnUnderCheck, c: ChildRecord): boolean =>
  r.episodesOf(c.child).some(notShortBreaks)

// --- Rules shared in shape -------------------------------------------------------------------------------------

/** A rule on the Header row alone. */
const headerRule = (
  id: string,
  editions: EditionRange,
  fields: string[],
  wording: string,
  check: (r: ReturnUnderCheck, c: ChildRecord, report: Report) => void,
): Rule =>
  dfeRule({
    id,
    severity: 'error',
    editions,
    tables: ['Header'],
    fields,
    wording,
    check(r, report) {
      for (const c of r.children) check(r, c, report)
    },
  })

/** 370-374: a placement the child must be old enough for, on the day it began (DECOM). */
function placementAgeRule(
  id: string,
  editions: EditionRange,
  wording: string,
  rule: (year: number) => { place: string; age: number },
): Rule {
  return dfeRule({
    id,
    severity: 'error',
    editions,
    tables: ['Episodes', 'Header'],
    fields: ['DECOM', 'PLACE'],
    wording,
    check(r, report) {
      const { place, age } = rule(r.year)
      // The wording is the latest edition's; where this edition's placement or age differs, the finding says so.
      const latest = rule(LAST_COLLECTION_YEAR)
      const differs = latest.place !== place || latest.age !== age
      const more = differs ? ` The ${r.edition.name} edition asks for at least ${age} in PLACE ${place}.` : ''
      for (const [e, c] of episodesWithHeader(r)) {
        // Open episodes too: the validator's helper skips an episode without a valid DEC (the Department's rule
        // is about the age at the start of the placement, whether or not it has ended).
        if (e.placement === place && agedUnder(c.birth, age, e.start)) {
          report(e, {
            column: 'DECOM',
            value: shown(e.start),
            other: `DOB ${shown(c.birth)}`,
            detail: ageDetail(c.birth, e.start, more),
          })
        }
      }
    },
  })
}

/** 386, 387, 389, 407, 460: a reason the episode ceased that the child's age at DEC rules out. */
function ceasedAgeRule(
  id: string,
  editions: EditionRange,
  fields: string[],
  wording: string,
  applies: (r: ReturnUnderCheck, e: Episode) => boolean,
  wrongAge: (birth: CalendarDate | null, ceased: CalendarDate | null) => boolean,
  alsoHeader = false,
): Rule {
  return dfeRule({
    id,
    severity: 'error',
    editions,
    tables: ['Episodes', 'Header'],
    fields,
    wording,
    check(r, report) {
      const flag = once(report)
      for (const [e, c] of episodesWithHeader(r)) {
        if (!applies(r, e) || e.end === null || !wrongAge(c.birth, e.end)) continue
        const detail = ageDetail(c.birth, e.end)
        if (alsoHeader) reportBoth(flag, e, ['REC', e.reasonEnded], c, dobCell(c), detail)
        else flag(e, { column: 'REC', value: e.reasonEnded, other: `DOB ${shown(c.birth)}`, detail })
      }
    },
  })
}

// --- Rules -----------------------------------------------------------------------------------------------------

/** 302: per child, the episode with the earliest DECOM in this return (episodes are sorted by DECOM). */
function firstEpisodeBeforeBirth(r: ReturnUnderCheck, report: Report): void {
  for (const [child, episodes] of r.episodesByChild()) {
    const c = r.headerOf(child)
    const first = episodes[0]
    if (c && first && c.birth !== null && c.birth > first.start) {
      reportBoth(report, first, ['DECOM', shown(first.start)], c, dobCell(c))
    }
  }
}

/**
 * 625: the mother's child born after 31 March, or after the day the child's latest episode (by DECOM) ceased. The
 * Department's wording: the latest episode, and the end of the year for every mother; the validator takes the
 * episode with the latest DEC (even when a later, open episode follows) and skips children with no ceased episode.
 */
function motherChildBornTooLate(r: ReturnUnderCheck, report: Report): void {
  for (const c of r.children) {
    const born = c.motherChildBirth
    if (born === null) continue
    const episodes = r.episodesOf(c.child)
    const latest = episodes[episodes.length - 1]
    const ceased = latest?.end ?? null
    const afterCeased = ceased !== null && born > ceased
    if (!afterCeased && born <= r.end) continue
    if (afterCeased && latest) {
      report(latest, { column: 'DEC', value: shown(ceased), other: `MC_DOB ${shown(born)}` })
      report(c, { column: 'MC_DOB', value: shown(born), other: `DEC ${shown(ceased)}` })
    } else {
      report(c, { column: 'MC_DOB', value: shown(born), detail: `(After ${shown(r.end)}, the end of the year.)` })
    }
  }
}

/** 444: UPNs (other than UN1-UN5) on more than one Header row. */
function duplicateUpns(r: ReturnUnderCheck, report: Report): void {
  const rows = new Map<string, ChildRecord[]>()
  for (const c of r.children) {
    if (c.upn === '' || UPN_UNKNOWN.has(c.upn)) continue
    rows.set(c.upn, [...(rows.get(c.upn) ?? []), c])
  }
  for (const same of rows.values()) {
    if (same.length < 2) continue
    for (const c of same) {
      const others = same.filter((o) => o !== c).map((o) => `${o.child} (line ${o.source.row})`)
      report(c, { column: 'UPN', value: c.upn, detail: `(Also child ${others.join(', ')}.)` })
    }
  }
}

/**
 * 234, in the Department's wording: the episode before one that began while the child was under 10 cannot have
 * ended for custody (REASON_PLACE_CHANGE CUSTOD). The validator tests the CUSTOD episode's own DECOM instead.
 */
function custodyUnderTen(r: ReturnUnderCheck, report: Report): void {
  const flag = once(report)
  for (const [child, episodes] of r.episodesByChild()) {
    const c = r.headerOf(child)
    if (!c) continue
    for (let i = 1; i < episodes.length; i++) {
      const [previous, next] = [episodes[i - 1]!, episodes[i]!]
      if (previous.reasonPlacementChanged !== 'CUSTOD' || !agedUnder(c.birth, 10, next.start)) continue
      const detail = ageDetail(c.birth, next.start, ' The next episode began that day.')
      reportBoth(flag, previous, ['REASON_PLACE_CHANGE', previous.reasonPlacementChanged], c, dobCell(c), detail)
    }
  }
}

export const DFE_CHILD_RULES: readonly Rule[] = [
  headerRule(
    '174',
    ALL_EDITIONS,
    ['SEX', 'MC_DOB'],
    "Mother's child date of birth is recorded but sex shows that the child is a male.",
    (r, c, report) => {
      // Male: SEX 1 to 2023-24, M from 2024-25 (the edition's tag). A blank or invalid MC_DOB is not seen as given.
      if (isMale(r, c) && c.motherChildBirth !== null) {
        report(c, { column: 'MC_DOB', value: shown(c.motherChildBirth), other: `SEX ${c.sex}` })
      }
    },
  ),
  headerRule(
    '209',
    ALL_EDITIONS,
    ['UPN', 'DOB'],
    'Child looked after is of school age and should not have an unknown Unique Pupil Number (UPN) code of UN1.',
    (r, c, report) => {
      // Aged 4 or over on 31 August of the year before the collection starts (2012-13: 31/08/2011).
      const reference = makeDate(dateParts(r.start)[0] - 1, 8, 31)
      if (c.upn === 'UN1' && agedAtLeast(c.birth, 4, reference)) {
        report(c, {
          column: 'UPN',
          value: c.upn,
          other: `DOB ${shown(c.birth)}`,
          detail: ageDetail(c.birth, reference),
        })
      }
    },
  ),
  dfeRule({
    id: '210',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['Header', 'Episodes'],
    fields: ['UPN', 'DECOM'],
    wording:
      'Children looked after for more than a week at 31 March should not have an unknown Unique Pupil Number (UPN) ' +
      'code of UN4.',
    check(r, report) {
      // The Department's wording and UN4 ("newly looked after, from a week before the end of the year"): an episode
      // that began before 24 March. The validator flags episodes from 24 March on, the children UN4 is meant for.
      const weekBeforeEnd = makeDate(r.year, 3, 24)
      const flag = once(report)
      for (const [e, c] of episodesWithHeader(r)) {
        if (c.upn === 'UN4' && e.start < weekBeforeEnd) {
          reportBoth(flag, e, ['DECOM', shown(e.start)], c, ['UPN', c.upn])
        }
      }
    },
  }),
  headerRule(
    '232',
    { from: 2025, to: null },
    ['SEX'],
    'Sex of the child/young person has been reported as unknown.',
    (_r, c, report) => {
      if (c.sex === 'U') report(c, { column: 'SEX', value: c.sex })
    },
  ),
  dfeRule({
    id: '234',
    severity: 'error',
    editions: { from: 2026, to: null },
    tables: ['Episodes', 'Header'],
    fields: ['REASON_PLACE_CHANGE', 'DOB'],
    wording: 'A child aged under 10 can not change placement due to being admitted to custody',
    check: custodyUnderTen,
  }),
  headerRule('301', ALL_EDITIONS, ['DOB'], 'Date of birth falls after the year ended.', (r, c, report) => {
    if (c.birth !== null && c.birth > r.end) report(c, { column: 'DOB', value: shown(c.birth) })
  }),
  dfeRule({
    id: '302',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['Header', 'Episodes'],
    fields: ['DECOM', 'DOB'],
    wording: 'First episode starts before child was born.',
    check: firstEpisodeBeforeBirth,
  }),
  headerRule(
    '351',
    ALL_EDITIONS,
    ['DOB'],
    'Child was over 25 at the start of the current collection year.',
    (r, c, report) => {
      // The 25th birthday fell before 1 April (a 25th birthday on 1 April itself passes).
      if (c.birth !== null && birthday(c.birth, 25) < r.start) {
        report(c, { column: 'DOB', value: shown(c.birth), detail: ageDetail(c.birth, r.start) })
      }
    },
  ),
  dfeRule({
    id: '352',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['Header', 'Episodes'],
    fields: ['DECOM', 'RNE'],
    wording: 'Child who started to be looked after was aged 18 or over.',
    check(r, report) {
      for (const [e, c] of episodesWithHeader(r)) {
        if (r.edition.is('RNE', e.reasonNewEpisode, 'starts-period') && agedAtLeast(c.birth, 18, e.start)) {
          report(e, { column: 'DECOM', value: shown(e.start), other: `DOB ${shown(c.birth)}` })
        }
      }
    },
  }),
  dfeRule({
    id: '358',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['Header', 'Episodes'],
    fields: ['DECOM', 'DOB', 'LS'],
    wording: 'Child with this legal status should not be under 10.',
    check(r, report) {
      const flag = once(report)
      for (const [e, c] of episodesWithHeader(r)) {
        // The Department's wording (DOB <= 10 years before DECOM): a J1-J3 episode from the 10th birthday passes;
        // the validator fires on the birthday itself.
        if (YOUTH_JUSTICE.has(e.legalStatus) && agedUnder(c.birth, 10, e.start)) {
          reportBoth(flag, e, ['DECOM', shown(e.start)], c, dobCell(c), ageDetail(c.birth, e.start))
        }
      }
    },
  }),
  dfeRule({
    id: '359',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['Header', 'Episodes'],
    fields: ['DEC', 'LS', 'PLACE'],
    wording:
      'Child being looked after following 18th birthday must be accommodated under section 20(5) of the Children ' +
      'Act 1989 in a community home.',
    check(r, report) {
      for (const [e, c] of episodesWithHeader(r)) {
        // Open at the end of the year (DEC blank; an invalid DEC counts as blank), 18th birthday before 31 March,
        // and not accommodated under section 20 (V2) in a children's home (K2).
        const open = e.end === null
        const eighteenBefore = c.birth !== null && birthday(c.birth, 18) < r.end
        if (open && eighteenBefore && !(e.legalStatus === 'V2' && e.placement === 'K2')) {
          report(e, {
            column: 'LS',
            value: e.legalStatus,
            other: `PLACE ${e.placement}`,
            detail: ageDetail(c.birth, r.end),
          })
        }
      }
    },
  }),
  // 370: at least 15 to 2022-23, 16 in 2023-24; deleted from 2024-25 (independent living, P2, left the return).
  placementAgeRule('370', { from: 2007, to: 2024 }, 'Child in independent living should be at least 16.', (year) => ({
    place: 'P2',
    age: year <= 2023 ? 15 : 16,
  })),
  // 371: semi-independent living (H5) at least 14 to 2022-23, 16 in 2023-24; supported accommodation (K3) at least
  // 16 from 2024-25.
  placementAgeRule(
    '371',
    ALL_EDITIONS,
    'Child in supported accomodation not subject to children’s homes regulations should be at least 16.',
    (year) => (year <= 2023 ? { place: 'H5', age: 14 } : { place: year === 2024 ? 'H5' : 'K3', age: 16 }),
  ),
  placementAgeRule('372', ALL_EDITIONS, 'Child in youth custody or prison should be at least 10.', () => ({
    place: 'R5',
    age: 10,
  })),
  placementAgeRule('373', ALL_EDITIONS, 'Child placed in a school should be at least 4 years old.', () => ({
    place: 'S1',
    age: 4,
  })),
  placementAgeRule('374', ALL_EDITIONS, 'Child in residential employment should be at least 14 years old.', () => ({
    place: 'P3',
    age: 14,
  })),
  ceasedAgeRule(
    '386',
    ALL_EDITIONS,
    ['REC'],
    'Reason episode ceased is adopted but child has reached age 18.',
    (_r, e) => ADOPTED.has(e.reasonEnded),
    (birth, ceased) => agedAtLeast(birth, 18, ceased),
  ),
  // 387 and 389: a blank or invalid DOB does not fire (the validator fires, as its age test cannot succeed; 102
  // reports the date of birth).
  ceasedAgeRule(
    '387',
    ALL_EDITIONS,
    ['REC'],
    'Reason episode ceased is child moved into independent living arrangement, but the child is aged under 14.',
    (_r, e) => INDEPENDENT_LIVING.has(e.reasonEnded),
    (birth, ceased) => agedUnder(birth, 14, ceased),
  ),
  ceasedAgeRule(
    '389',
    ALL_EDITIONS,
    ['REC'],
    'Reason episode ceased is that child transferred to care of adult social care services, but child is aged ' +
      'under 16.',
    (_r, e) => e.reasonEnded === 'E7',
    (birth, ceased) => agedUnder(birth, 16, ceased),
  ),
  headerRule(
    '393',
    ALL_EDITIONS,
    ['MOTHER'],
    'Child is looked after but mother field is not completed.',
    (r, c, report) => {
      // Female: SEX 2 to 2023-24, F from 2024-25 (the edition's tag).
      if (isFemale(r, c) && c.mother === '' && lookedAfterNotOnShortBreaks(r, c)) {
        report(c, { column: 'MOTHER', value: '', other: `SEX ${c.sex}` })
      }
    },
  ),
  // E45-E48 are codes from 2018-19: the rule cannot fire before.
  ceasedAgeRule(
    '407',
    { from: 2019, to: null },
    ['DEC', 'DOB', 'REC'],
    'Reason episode ceased is Special Guardianship Order, but child has reached age 18.',
    (_r, e) => SPECIAL_GUARDIANSHIP.has(e.reasonEnded),
    // The Department's wording ("has reached age 18", "DOB must be < 18 years prior to DEC"): the 18th birthday
    // fires; the validator lets it pass.
    (birth, ceased) => agedAtLeast(birth, 18, ceased),
    true,
  ),
  headerRule('442', ALL_EDITIONS, ['UPN'], 'Unique Pupil Number (UPN) field is not completed.', (r, c, report) => {
    if (c.upn === '' && lookedAfterNotOnShortBreaks(r, c)) report(c, { column: 'UPN', value: '' })
  }),
  dfeRule({
    id: '444',
    severity: 'error',
    editions: { from: 2026, to: null },
    tables: ['Header'],
    fields: ['UPN'],
    wording: 'Duplicate UPN has been reported',
    check: duplicateUpns,
  }),
  ceasedAgeRule(
    '460',
    ALL_EDITIONS,
    ['DEC', 'REC'],
    'Reason episode ceased is that child stayed with current carers at age 18 (or above), but child is aged under 18.',
    (r, e) => r.edition.is('REC', e.reasonEnded, 'aged-18'),
    (birth, ceased) => agedUnder(birth, 18, ceased),
  ),
  dfeRule({
    id: '607',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['Episodes', 'Header'],
    fields: ['DEC', 'REC', 'MOTHER', 'LS', 'SEX'],
    wording: 'Child ceased to be looked after in the year, but mother field has not been completed.',
    check(r, report) {
      const flag = once(report)
      for (const [e, c] of episodesWithHeader(r)) {
        // Ceased in the year: a DEC from 1 April to 31 March and a REC other than X1 (care continues).
        const ceasedInYear =
          e.end !== null &&
          e.end >= r.start &&
          e.end <= r.end &&
          e.reasonEnded !== '' &&
          !r.edition.is('REC', e.reasonEnded, 'continues')
        if (ceasedInYear && notShortBreaks(e) && isFemale(r, c) && c.mother === '') {
          reportBoth(flag, e, ['DEC', shown(e.end)], c, ['MOTHER', c.mother])
        }
      }
    },
  }),
  headerRule(
    '611',
    ALL_EDITIONS,
    ['MOTHER', 'MC_DOB'],
    'Date of birth field is blank, but child is a mother.',
    (_r, c, report) => {
      if (isMother(c) && c.motherChildBirth === null) report(c, { column: 'MC_DOB', value: '', other: 'MOTHER 1' })
    },
  ),
  headerRule(
    '612',
    ALL_EDITIONS,
    ['SEX', 'MOTHER', 'MC_DOB'],
    'Date of birth field has been completed but mother field indicates child is not a mother.',
    (r, c, report) => {
      const notMother = c.mother === '0' || c.mother === ''
      if (notMother && isFemale(r, c) && c.motherChildBirth !== null) {
        report(c, { column: 'MOTHER', value: c.mother, other: `MC_DOB ${shown(c.motherChildBirth)}` })
      }
    },
  ),
  headerRule(
    '620',
    ALL_EDITIONS,
    ['DOB', 'MOTHER'],
    'Child has been recorded as a mother, but date of birth shows that the mother is under 11 years of age.',
    (r, c, report) => {
      // Under 11 on 1 April, the start of the year.
      if (isMother(c) && agedUnder(c.birth, 11, r.start)) {
        report(c, { column: 'DOB', value: shown(c.birth), other: 'MOTHER 1', detail: ageDetail(c.birth, r.start) })
      }
    },
  ),
  headerRule(
    '621',
    ALL_EDITIONS,
    ['DOB', 'MC_DOB'],
    'Mother’s field has been completed but date of birth shows that the mother is younger than her child.',
    (_r, c, report) => {
      // The same day fires. A blank or invalid DOB does not (the validator fires: nothing shows the mother is
      // younger, and 102 reports the date of birth).
      if (c.birth !== null && c.motherChildBirth !== null && c.motherChildBirth <= c.birth) {
        report(c, { column: 'MC_DOB', value: shown(c.motherChildBirth), other: `DOB ${shown(c.birth)}` })
      }
    },
  ),
  dfeRule({
    id: '625',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['Episodes', 'Header'],
    fields: ['MC_DOB', 'DEC'],
    wording:
      'Date of birth of the first child is beyond the end of this reporting year or the date the child ceased to ' +
      'be looked after.',
    check: motherChildBornTooLate,
  }),
]
