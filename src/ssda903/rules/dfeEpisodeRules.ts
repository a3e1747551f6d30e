import { daysBetween, type CalendarDate } from '../../domain/calendarDate.js'
import type { Episode } from '../../domain/returnRecords.js'
import { shown, type ReturnUnderCheck, type RuleHit } from './returnUnderCheck.js'
import { ALL_EDITIONS, dfeRule, type EditionRange, type Rule } from './rule.js'

/*
 * The Department's rules on one episode on its own (placement, provider, legal status and their dates), and on a
 * child's run of episodes of one legal status or placement. Wording, conditions and editions from
 * docs/sources/dfe-rules.json.
 *
 * What the records cannot tell: an episode whose DECOM is blank or not a date is not in the records (AS021 and 141
 * report it), so no rule here sees it; and a DEC that is not a date reads as blank, an open episode (147 reports
 * it), where the validator counts it as given (148, 233, 451) or as no end date to count (363, 365).
 */

/** What a rule finds on one episode: where and what, or null when the episode passes. */
type EpisodeTest = (e: Episode, r: ReturnUnderCheck) => RuleHit | null

interface RuleHead {
  id: string
  editions?: EditionRange
  fields: readonly string[]
  wording: string
  severity?: 'error' | 'warning'
}

/** A rule that checks the episodes of a return one at a time. */
function episodeRule(head: RuleHead, test: EpisodeTest): Rule {
  return dfeRule({
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['Episodes'],
    ...head,
    check(r, report) {
      for (const e of r.episodes) {
        const hit = test(e, r)
        if (hit) report(e, hit)
      }
    },
  })
}

/**
 * A rule that looks at each child's episodes together (by start date) and names the ones that break it, shown by
 * `hit` (by default, their dates).
 */
function childRule(
  head: RuleHead,
  test: (episodes: readonly Episode[], r: ReturnUnderCheck) => Episode[],
  hit: (e: Episode, r: ReturnUnderCheck) => RuleHit = spanHit,
): Rule {
  return dfeRule({
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['Episodes'],
    ...head,
    check(r, report) {
      for (const episodes of r.episodesByChild().values()) {
        for (const e of test(episodes, r)) report(e, hit(e, r))
      }
    },
  })
}

/**
 * A rule on each episode of a child with the one before and the one after it, by start date (none at either end).
 */
function neighbourRule(
  head: RuleHead,
  test: (e: Episode, around: { prev?: Episode; next?: Episode }, r: ReturnUnderCheck) => RuleHit | null,
): Rule {
  return dfeRule({
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['Episodes'],
    ...head,
    check(r, report) {
      for (const episodes of r.episodesByChild().values()) {
        episodes.forEach((e, i) => {
          const hit = test(e, { prev: episodes[i - 1], next: episodes[i + 1] }, r)
          if (hit) report(e, hit)
        })
      }
    },
  })
}

const codes = (...list: string[]): ReadonlySet<string> => new Set(list)
/** A list that depends on the collection year, made once per year (rules ask for it on every episode). */
function perYear<T>(make: (year: number) => T): (year: number) => T {
  const made = new Map<number, T>()
  return (year) => {
    let value = made.get(year)
    if (value === undefined) made.set(year, (value = make(year)))
    return value
  }
}
const TEMPORARY = ['T0', 'T1', 'T2', 'T3', 'T4']
/** Z1 (other placements) became Z11 to Z14 in 2025-26. */
const OTHER_PLACEMENTS = (year: number) => (year >= 2026 ? ['Z11', 'Z12', 'Z13', 'Z14'] : ['Z1'])

/** The end of an episode for rules that run an open episode to the end of the collection year. */
const endOrYearEnd = (e: Episode, r: ReturnUnderCheck): CalendarDate => e.end ?? r.end
/** An episode shown by its dates, for rules about how long something lasted. */
const spanHit = (e: Episode, r: ReturnUnderCheck): RuleHit => ({
  column: 'DECOM',
  value: shown(e.start),
  other: `DEC ${e.end === null ? `blank (to ${shown(r.end)})` : shown(e.end)}`,
})
const placeHit = (e: Episode, other?: string): RuleHit => ({ column: 'PLACE', value: e.placement, other })
const providerHit = (e: Episode): RuleHit => ({
  column: 'PLACE_PROVIDER',
  value: e.placementProvider,
  other: `PLACE ${e.placement}`,
})
/** The first of the cells given that is not blank, as a hit; the second, if also given, as the other cell. */
function firstGiven(e: Episode, cells: readonly (readonly [string, string])[], other: string): RuleHit | null {
  const given = cells.filter(([, value]) => value !== '')
  if (given.length === 0) return null
  const [column, value] = given[0]!
  const also = given[1] ? `; ${given[1][0]} ${given[1][1]}` : ''
  return { column, value, other: other + also }
}

// --- Placement provider ----------------------------------------------------------------------------------------------

/** Placements that take no provider code (178). */
const NO_PROVIDER_178 = perYear((year) =>
  codes(...(year >= 2026 ? ['T0', 'T1', 'T2', 'T3'] : TEMPORARY), ...OTHER_PLACEMENTS(year)),
)
/** Temporary placements, and from 2025-26 the other placements (213). */
const NO_PROVIDER_213 = perYear((year) => codes(...TEMPORARY, ...(year >= 2026 ? OTHER_PLACEMENTS(year) : [])))
/** Placements exempt from a provider code (526). */
const NO_PROVIDER_526 = perYear((year) => codes(...TEMPORARY, ...OTHER_PLACEMENTS(year)))

/** Placements that take no URN (222): H5 left the list in 2023-24, P2 in 2024-25. */
const NO_URN_222 = perYear((year) =>
  codes(
    ...['P1', 'P3', 'R1', 'R2', 'R5', ...TEMPORARY, ...OTHER_PLACEMENTS(year)],
    ...(year <= 2024 ? ['P2'] : []),
    ...(year <= 2023 ? ['H5'] : []),
  ),
)

/** A provider code that cannot go with these placements (527 to 531). */
const providerNotWith = (id: string, provider: string, places: readonly string[], wording: string): Rule =>
  episodeRule({ id, fields: ['PLACE', 'PLACE_PROVIDER'], wording }, (e) =>
    e.placementProvider === provider && places.includes(e.placement) ? providerHit(e) : null,
  )

// --- How long a legal status or placement lasted ---------------------------------------------------------------------

/**
 * Spells of one legal status (361, 362): a child's episodes of it that follow each other without a gap (the earlier
 * ends the day the next begins, an open one running to the end of the year). The spell lasts from its first start to
 * its last end. The validator can join two such episodes across an episode of another status between them (the
 * 361 note); this joins only episodes next to each other.
 */
function spellsOver(ls: string, maxDays: number) {
  return (episodes: readonly Episode[], r: ReturnUnderCheck): Episode[] => {
    const found: Episode[] = []
    let spell: Episode[] = []
    const close = () => {
      if (spell.length === 0) return
      const first = spell.map((e) => e.start).sort()[0]!
      const last = spell.map((e) => endOrYearEnd(e, r)).sort()[spell.length - 1]!
      if (daysBetween(first, last) > maxDays) found.push(...spell)
      spell = []
    }
    episodes.forEach((e, i) => {
      const prev = episodes[i - 1]
      const continues = e.legalStatus === ls && prev?.legalStatus === ls && endOrYearEnd(prev, r) === e.start
      if (!continues) close()
      if (e.legalStatus === ls) spell.push(e)
    })
    close()
    return found
  }
}

/**
 * Periods of one legal status (363, 364): the child's episodes of that status, by start date (the validator drops
 * its sort and takes them in file order: the notes say to sort them), where each that starts on or before the
 * previous one's end continues its period. A period's length is the sum of its episodes' lengths, an open episode
 * running to the end of the year.
 */
function periodsOver(ls: string, maxDays: number) {
  return (episodes: readonly Episode[], r: ReturnUnderCheck): Episode[] => {
    const found: Episode[] = []
    let period: Episode[] = []
    let days = 0
    const close = () => {
      if (days > maxDays) found.push(...period)
      period = []
      days = 0
    }
    for (const e of episodes.filter((x) => x.legalStatus === ls)) {
      const prev = period.at(-1)
      if (prev && e.start > endOrYearEnd(prev, r)) close()
      period.push(e)
      days += daysBetween(e.start, endOrYearEnd(e, r))
    }
    close()
    return found
  }
}

/** Respite care (V3) in the collection year (367): each episode cut to the year, those of a day or more. */
function respiteDaysOver(maxDays: number) {
  return (episodes: readonly Episode[], r: ReturnUnderCheck): Episode[] => {
    const inYear = episodes
      .filter((e) => e.legalStatus === 'V3')
      .map((e) => {
        const from = e.start < r.start ? r.start : e.start
        const to = e.end === null || e.end > r.end ? r.end : e.end
        return { e, days: daysBetween(from, to) }
      })
      .filter((x) => x.days > 0)
    const total = inYear.reduce((sum, x) => sum + x.days, 0)
    return total > maxDays ? inYear.map((x) => x.e) : []
  }
}

/**
 * A temporary placement that ended more than so many days after it began (375, 376, 379). Open episodes are not
 * checked. The validator also drops a child without a valid date of birth in Header, which has nothing to do with
 * the rule (the notes): this does not.
 */
const temporaryOver = (id: string, place: string, maxDays: number, wording: string): Rule =>
  episodeRule({ id, fields: ['DECOM', 'PLACE'], wording }, (e, r) =>
    e.placement === place && e.end !== null && daysBetween(e.start, e.end) > maxDays ? spanHit(e, r) : null,
  )

/** The episodes of a child that `has` picks out: all of them when `when` holds of them together, else none. */
const everyWith =
  (has: (e: Episode) => boolean, when: (all: readonly Episode[]) => boolean) =>
  (episodes: readonly Episode[]): Episode[] => {
    const all = episodes.filter(has)
    return when(all) ? all : []
  }

// --- Legal status, postcodes and end dates ---------------------------------------------------------------------------

const SHORT_BREAKS = ['V3', 'V4']

/** An end date after the end of the collection year (354, 385). */
const endsAfterYear = (e: Episode, r: ReturnUnderCheck): RuleHit | null =>
  e.end !== null && e.end > r.end ? { column: 'DEC', value: shown(e.end), other: `end of year ${shown(r.end)}` } : null
const legalStatusHit = (e: Episode): RuleHit => ({
  column: 'LS',
  value: e.legalStatus,
  other: `DECOM ${shown(e.start)}`,
})
const postcodesHit = (e: Episode) =>
  firstGiven(
    e,
    [
      ['HOME_POST', e.homePostcode],
      ['PL_POST', e.placementPostcode],
    ],
    `LS ${e.legalStatus}`,
  )

export const DFE_EPISODE_RULES: readonly Rule[] = [
  episodeRule(
    {
      id: '148',
      fields: ['DEC', 'REC'],
      wording: 'Date episode ceased and reason episode ceased must both be coded, or both left blank.',
    },
    (e) =>
      (e.end === null) === (e.reasonEnded === '')
        ? null
        : e.end === null
          ? { column: 'DEC', value: '', other: `REC ${e.reasonEnded}` }
          : { column: 'REC', value: '', other: `DEC ${shown(e.end)}` },
  ),
  // Both halves of 178: a provider code not in the list, and a provider code on a placement that takes none.
  episodeRule(
    { id: '178', fields: ['PLACE_PROVIDER'], wording: 'Placement provider code is not a valid code.' },
    (e, r) =>
      e.placementProvider !== '' &&
      (!r.edition.isValid('PLACE_PROVIDER', e.placementProvider) || NO_PROVIDER_178(r.year).has(e.placement))
        ? providerHit(e)
        : null,
  ),
  episodeRule(
    { id: '213', fields: ['PLACE_PROVIDER'], wording: 'Placement provider information not required.' },
    (e, r) => (e.placementProvider !== '' && NO_PROVIDER_213(r.year).has(e.placement) ? providerHit(e) : null),
  ),
  episodeRule(
    { id: '214', fields: ['PL_POST', 'URN'], wording: 'Placement location information not required.' },
    (e) =>
      SHORT_BREAKS.includes(e.legalStatus)
        ? firstGiven(
            e,
            [
              ['PL_POST', e.placementPostcode],
              ['URN', e.urn],
            ],
            `LS ${e.legalStatus}`,
          )
        : null,
  ),
  // From 2015-16: the rule exempts episodes that began before 1 April 2015, so no earlier return is touched by it.
  episodeRule(
    {
      id: '217',
      editions: { from: 2016, to: null },
      fields: ['PLACE', 'DECOM', 'RNE'],
      wording:
        'Children who are placed for adoption with current foster carers (placement types A3 or A5) must have a ' +
        'reason for new episode of S, T or U.',
    },
    (e) =>
      ['A3', 'A5'].includes(e.placement) && e.start >= '2015-04-01' && !['S', 'T', 'U'].includes(e.reasonNewEpisode)
        ? { column: 'RNE', value: e.reasonNewEpisode, other: `PLACE ${e.placement}` }
        : null,
  ),
  episodeRule(
    {
      id: '217t',
      editions: { from: 2024, to: 2024 },
      fields: ['PLACE', 'DECOM'],
      wording: "Placement type 'P2' is not a valid placement type from 28 October 2023.",
    },
    (e) =>
      e.placement === 'P2' && (e.end === null || e.end > '2023-10-28')
        ? placeHit(e, `DEC ${e.end === null ? 'blank' : shown(e.end)}`)
        : null,
  ),
  // From 2015-16, the first edition with a URN column.
  episodeRule(
    {
      id: '222',
      editions: { from: 2016, to: null },
      fields: ['URN'],
      wording: 'Ofsted Unique reference number (URN) should not be recorded for this placement type.',
    },
    (e, r) =>
      e.urn !== '' && e.urn !== 'XXXXXXX' && NO_URN_222(r.year).has(e.placement)
        ? { column: 'URN', value: e.urn, other: `PLACE ${e.placement}` }
        : null,
  ),
  // On the earlier episode of the two.
  neighbourRule(
    {
      id: '225',
      fields: ['REASON_PLACE_CHANGE'],
      wording: 'Reason for placement change must be recorded.',
    },
    (e, { next }, r) =>
      next !== undefined &&
      e.reasonEnded === 'X1' &&
      e.reasonPlacementChanged === '' &&
      !r.edition.is('PLACE', e.placement, 'temporary') &&
      ['P', 'B', 'T', 'U'].includes(next.reasonNewEpisode) &&
      !r.edition.is('PLACE', next.placement, 'temporary')
        ? { column: 'REASON_PLACE_CHANGE', value: '', other: `RNE ${next.reasonNewEpisode} (next episode)` }
        : null,
  ),
  // Until 2024-25 the wording was 'Reason for placement change is not required.'; the rule is the same.
  // On the temporary placement, also when it is the episode before it that gives a reason.
  neighbourRule(
    {
      id: '226',
      fields: ['REASON_PLACE_CHANGE', 'PLACE'],
      wording: 'Reason for placement change is not required for temporary placements.',
    },
    (e, { prev }, r) =>
      r.edition.is('PLACE', e.placement, 'temporary') &&
      (e.reasonPlacementChanged !== '' || (prev?.reasonPlacementChanged ?? '') !== '')
        ? {
            column: 'REASON_PLACE_CHANGE',
            value: e.reasonPlacementChanged,
            other: `PLACE ${e.placement}; previous episode REASON_PLACE_CHANGE ${prev?.reasonPlacementChanged ?? ''}`,
          }
        : null,
  ),
  // The validator reads a column DATE_EPISODE_CEASED that Episodes does not have; this is the Department's wording.
  episodeRule(
    {
      id: '233',
      editions: { from: 2026, to: null },
      fields: ['REASON_PLACE_CHANGE'],
      wording: 'Reason for placement change is not required when the episode has not ceased.',
    },
    (e) =>
      e.end === null && e.reasonPlacementChanged !== ''
        ? { column: 'REASON_PLACE_CHANGE', value: e.reasonPlacementChanged, other: 'DEC blank' }
        : null,
  ),
  episodeRule(
    { id: '353', fields: ['DECOM'], wording: 'No episode submitted can start before 14 October 1991.' },
    (e) => (e.start < '1991-10-14' ? { column: 'DECOM', value: shown(e.start) } : null),
  ),
  // The validator tests DECOM, but the wording is about the date the episode ceased: this tests DEC.
  episodeRule(
    {
      id: '354',
      fields: ['DEC'],
      wording: 'Date episode ceased must be on or before the end of the current collection year.',
    },
    (e, r) => endsAfterYear(e, r),
  ),
  // The validator compares the cells as text, so two blanks match; an episode that has not ended has lasted longer.
  // A query, not an error: the episode only "appears" to have been that short.
  episodeRule(
    {
      id: '355',
      severity: 'warning',
      fields: ['DECOM', 'DEC'],
      wording: 'Episode appears to have lasted for less than 24 hours',
    },
    (e) => (e.end === e.start ? { column: 'DEC', value: shown(e.end), other: `DECOM ${shown(e.start)}` } : null),
  ),
  episodeRule(
    {
      id: '356',
      fields: ['DECOM'],
      wording: 'The date the episode ceased is before the date the same episode started.',
    },
    (e) =>
      e.end !== null && e.end < e.start
        ? { column: 'DECOM', value: shown(e.start), other: `DEC ${shown(e.end)}` }
        : null,
  ),
  childRule(
    {
      id: '361',
      fields: ['DECOM', 'LS', 'DEC'],
      wording: 'Police protection legal status lasted longer than maximum 72 hours allowed in the Children Act 1989.',
    },
    spellsOver('L1', 3),
  ),
  childRule(
    {
      id: '362',
      fields: ['DECOM', 'LS', 'DEC'],
      wording: 'Emergency protection order (EPO) lasted longer than 21 days',
    },
    spellsOver('L2', 21),
  ),
  childRule(
    {
      id: '363',
      fields: ['LS', 'DECOM', 'DEC'],
      wording: 'Child assessment order (CAO) lasted longer than 7 days allowed in the Children Act 1989.',
    },
    periodsOver('L3', 7),
  ),
  childRule(
    {
      id: '364',
      fields: ['LS', 'DECOM', 'DEC'],
      wording:
        'Sections 41-46 of Police and Criminal Evidence (PACE; 1984) severely limits the time a child can be ' +
        'detained in custody in Local Authority (LA) accommodation.',
    },
    periodsOver('J2', 21),
  ),
  episodeRule(
    {
      id: '365',
      fields: ['LS', 'DECOM', 'DEC'],
      wording: 'Any individual short- term respite placement must not exceed 17 days.',
    },
    (e, r) => (e.legalStatus === 'V3' && daysBetween(e.start, endOrYearEnd(e, r)) > 17 ? spanHit(e, r) : null),
  ),
  episodeRule(
    {
      id: '366',
      fields: ['RNE'],
      wording: 'A child cannot change placement during the course of an individual short-term respite break.',
    },
    (e) =>
      e.legalStatus === 'V3' && e.reasonNewEpisode !== 'S'
        ? { column: 'RNE', value: e.reasonNewEpisode, other: 'LS V3' }
        : null,
  ),
  childRule(
    {
      id: '367',
      fields: ['LS', 'DECOM', 'DEC'],
      wording: 'The maximum amount of respite care allowable is 75 days in any 12-month period.',
    },
    respiteDaysOver(75),
  ),
  temporaryOver('375', 'T1', 42, 'Hospitalisation coded as a temporary placement exceeds six weeks.'),
  temporaryOver(
    '376',
    'T3',
    21,
    'Temporary placements coded as being due to holiday of usual foster carer(s) cannot exceed three weeks.',
  ),
  childRule(
    {
      id: '377',
      fields: ['PLACE'],
      wording:
        'Only two temporary placements coded as being due to holiday of usual foster carer(s) are allowed in any ' +
        '12- month period.',
    },
    everyWith(
      (e) => e.placement === 'T3',
      (all) => all.length > 2,
    ),
    (e) => placeHit(e),
  ),
  episodeRule(
    {
      id: '378',
      fields: ['PLACE', 'LS'],
      wording:
        'A child who is placed with parent(s) cannot be looked after under a single period of accommodation under ' +
        'Section 20 of the Children Act 1989.',
    },
    (e) => (e.placement === 'P1' && e.legalStatus === 'V2' ? placeHit(e, 'LS V2') : null),
  ),
  temporaryOver(
    '379',
    'T4',
    7,
    'Temporary placements for unspecified reason (placement code T4) cannot exceed seven days.',
  ),
  episodeRule(
    {
      id: '385',
      fields: ['DEC'],
      wording: 'Date episode ceased must be on or before the end of the current collection year.',
    },
    (e, r) => endsAfterYear(e, r),
  ),
  episodeRule(
    {
      id: '392d',
      editions: { from: 2023, to: null },
      fields: ['HOME_POST', 'PL_POST', 'PLACE'],
      wording: 'Home and placement postcodes should not be same unless the placement type is P1.',
    },
    (e) =>
      e.placement !== 'P1' && e.homePostcode !== '' && e.homePostcode === e.placementPostcode
        ? { column: 'PL_POST', value: e.placementPostcode, other: `HOME_POST ${e.homePostcode}` }
        : null,
  ),
  episodeRule(
    {
      id: '398',
      fields: ['LS', 'HOME_POST', 'PL_POST'],
      wording: 'Distance field completed but child looked after under legal status V3 or V4.',
    },
    (e) => (SHORT_BREAKS.includes(e.legalStatus) ? postcodesHit(e) : null),
  ),
  childRule(
    {
      id: '426',
      fields: ['LS'],
      wording: 'A child receiving respite care cannot be recorded under a legal status of V3 and V4 in the same year.',
    },
    everyWith(
      (e) => SHORT_BREAKS.includes(e.legalStatus),
      (all) => SHORT_BREAKS.every((ls) => all.some((e) => e.legalStatus === ls)),
    ),
    (e) => ({ column: 'LS', value: e.legalStatus }),
  ),
  // "After December 2005": a start after 31 December 2005, as the condition has it.
  episodeRule(
    {
      id: '445',
      editions: { from: 2007, to: 2024 },
      fields: ['LS', 'DECOM'],
      wording: 'D1 is not a valid code for episodes starting after December 2005.',
    },
    (e) => (e.legalStatus === 'D1' && e.start > '2005-12-31' ? legalStatusHit(e) : null),
  ),
  // "Before December 2005": a start before 1 December 2005, as the condition has it.
  episodeRule(
    {
      id: '446',
      fields: ['LS', 'DECOM'],
      wording: 'E1 is not a valid code for episodes starting before December 2005.',
    },
    (e) => (e.legalStatus === 'E1' && e.start < '2005-12-01' ? legalStatusHit(e) : null),
  ),
  episodeRule(
    {
      id: '451',
      editions: { from: 2007, to: 2024 },
      fields: ['DEC', 'REC', 'LS'],
      wording: 'Child is still freed for adoption, but freeing orders could not be applied for since 30 December 2005.',
    },
    (e) =>
      e.legalStatus === 'D1' && e.end === null && e.reasonEnded === ''
        ? { column: 'LS', value: e.legalStatus, other: 'DEC blank' }
        : null,
  ),
  episodeRule(
    {
      id: '526',
      fields: ['PLACE', 'PLACE_PROVIDER'],
      wording: 'Child is missing a placement provider code for at least one episode.',
    },
    (e, r) => (e.placementProvider === '' && !NO_PROVIDER_526(r.year).has(e.placement) ? providerHit(e) : null),
  ),
  providerNotWith(
    '527',
    'PR1',
    ['P1', 'R2', 'R5'],
    'A placement provider code of PR1 cannot be associated with placements P1, R2 or R5.',
  ),
  providerNotWith(
    '528',
    'PR2',
    ['P1', 'R2', 'R5'],
    'A placement provider code of PR2 cannot be associated with placements P1, R2 or R5.',
  ),
  providerNotWith(
    '529',
    'PR3',
    ['A3', 'A4', 'A5', 'A6', 'K1', 'K2', 'P1', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6'],
    'Placement provider code of PR3 cannot be associated with placements P1, A3 to A6, K1, K2 and U1 to U6 as ' +
      'these placements cannot be provided by other public organisations.',
  ),
  providerNotWith('530', 'PR4', ['P1'], 'A placement provider code of PR4 cannot be associated with placement P1.'),
  providerNotWith('531', 'PR5', ['P1'], 'A placement provider code of PR5 cannot be associated with placements P1.'),
  episodeRule(
    {
      id: '550',
      fields: ['PLACE', 'PLACE_PROVIDER'],
      wording: 'A placement provider code of PR0 can only be associated with placement P1.',
    },
    (e) => (e.placementProvider === 'PR0' && e.placement !== 'P1' ? providerHit(e) : null),
  ),
  // Only the AD1 and PlacedAdoption half: the validator checks Missing, Reviews, PrevPerm and OC2 too, which the
  // scorecard does not read. Like the validator, it says nothing when the return has no Episodes table.
  dfeRule({
    id: '1012',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['Episodes', 'PlacedAdoption', 'AD1'],
    fields: ['CHILD'],
    wording: 'No other data should be returned for OC3 children who had no episodes in the current year',
    check(r, report) {
      if (!r.tables.has('Episodes')) return
      for (const record of [...r.decisions, ...r.adoptions]) {
        if (r.episodesOf(record.child).length === 0) {
          report(record, { column: 'CHILD', value: record.child, detail: '(No episode in this year’s return.)' })
        }
      }
    },
  }),
]
