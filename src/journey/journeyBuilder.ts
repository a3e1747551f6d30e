import type { Journey, Outcome } from '../domain/journey.js'
import { byChild } from '../domain/periodOfCare.js'
import type {
  AdoptionRecord,
  ChildRecord,
  CouncilRecords,
  Episode,
  PlacementDecision,
} from '../domain/returnRecords.js'
import { editionFor, type Edition } from '../ssda903/editions/edition.js'
import type { CodedField, CodeTag } from '../ssda903/editions/codeHistory.js'

/** Legal statuses that end care proceedings: a full care order, a placement order or a freeing order. */
const FINAL_ORDER = new Set(['C2', 'E1', 'D1'])

/** Does a record's code carry a meaning, in the edition of the return that held it? */
const is = (record: { source: { year: number } }, field: CodedField, code: string, tag: CodeTag): boolean =>
  editionFor(record.source.year).means(field, code, tag)

/** How a period of care ended, from the reason its last episode ceased (in that return's edition). */
export function outcomeOf(reasonEnded: string, edition: Edition): Outcome {
  if (reasonEnded === '' || edition.means('REC', reasonEnded, 'continues')) return 'looked-after'
  if (edition.means('REC', reasonEnded, 'adopted')) return 'adopted'
  if (edition.means('REC', reasonEnded, 'special-guardianship')) return 'special-guardianship'
  if (edition.means('REC', reasonEnded, 'child-arrangements')) return 'child-arrangements'
  if (edition.means('REC', reasonEnded, 'returned-home')) return 'returned-home'
  return 'other-exit'
}

/**
 * Episodes chain into periods of care: an episode that starts one (RNE S) starts a new one, and so does the episode
 * after one that ended the period (any REC but X1). Episodes must be one child's, sorted by start date.
 */
export function splitPeriodsOfCare(episodes: readonly Episode[]): Episode[][] {
  const periods: Episode[][] = []
  let current: Episode[] | null = null
  let previous: Episode | null = null
  for (const episode of episodes) {
    const startsNew =
      current === null ||
      is(episode, 'RNE', episode.reasonNewEpisode, 'starts-period') ||
      (previous !== null && previous.end !== null && !is(previous, 'REC', previous.reasonEnded, 'continues'))
    if (startsNew) periods.push((current = []))
    current!.push(episode)
    previous = episode
  }
  return periods
}

/**
 * When a child adopted by its foster carers moved in with them: the start of the run of episodes, ending with the
 * adoptive placement, in which the carers did not change (RNE L, T or U).
 */
export function movedInWithFosterCarers(period: readonly Episode[], placedIndex: number): string {
  let j = placedIndex
  while (j > 0 && is(period[j]!, 'RNE', period[j]!.reasonNewEpisode, 'same-carers')) j--
  return period[j]!.start
}

function within(date: string | null, from: string, to: string | null): boolean {
  return date !== null && date >= from && (to === null || date <= to)
}

/** Folds one council's stitched records into one journey per child and period of care. */
export function buildJourneys(records: CouncilRecords): Journey[] {
  const children = new Map(records.children.map((c) => [c.child, c]))
  const adoptions = byChild(records.adoptions)
  const decisions = byChild(records.decisions)
  const journeys: Journey[] = []
  for (const [child, episodes] of byChild(records.episodes)) {
    const header = children.get(child)
    for (const period of splitPeriodsOfCare(episodes)) {
      journeys.push(
        journeyOf(records.council, child, period, header, adoptions.get(child) ?? [], decisions.get(child) ?? []),
      )
    }
  }
  return journeys
}

function journeyOf(
  council: string,
  child: string,
  period: Episode[],
  header: ChildRecord | undefined,
  adoptions: readonly AdoptionRecord[],
  decisions: readonly PlacementDecision[],
): Journey {
  const first = period[0]!
  const last = period[period.length - 1]!
  const enteredCare = first.start
  const enteredCareKnown = is(first, 'RNE', first.reasonNewEpisode, 'starts-period')
  const from = enteredCareKnown ? enteredCare : '0000-01-01'
  const ended = last.end !== null && !is(last, 'REC', last.reasonEnded, 'continues') ? last.end : null
  const reasonEnded = ended ? last.reasonEnded : ''
  const outcome = outcomeOf(reasonEnded, editionFor(last.source.year))

  const placedIndex = period.findIndex((e) => is(e, 'PLACE', e.placement, 'placed-for-adoption'))
  const placedForAdoption = placedIndex >= 0 ? period[placedIndex]!.start : null
  const placementOrder = period.find((e) => is(e, 'LS', e.legalStatus, 'court-authority-to-place'))?.start ?? null
  const careProceedingsStart = period.find((e) => is(e, 'LS', e.legalStatus, 'care-order'))?.start ?? null
  const careProceedingsEnd =
    careProceedingsStart === null
      ? null
      : (period.find((e) => e.start > careProceedingsStart && FINAL_ORDER.has(e.legalStatus))?.start ?? null)

  // The AD1 row of this adoption: its match and decision fall within the period of care.
  const adoption =
    outcome === 'adopted'
      ? ([...adoptions].reverse().find((a) => within(a.matchDate ?? a.decisionDate, from, ended)) ?? null)
      : null

  const inPeriod = decisions.filter((d) => within(d.decisionDate, from, ended))
  const standing = inPeriod.filter(
    (d) => !(d.ceasedDate !== null && is(d, 'REASON_PLACED_CEASED', d.reasonCeased, 'decision-reversed')),
  )
  const lastDecision = inPeriod[inPeriod.length - 1] ?? null
  const decisionToPlace =
    standing[standing.length - 1]?.decisionDate ?? adoption?.decisionDate ?? lastDecision?.decisionDate ?? null
  const decisionReversed =
    standing.length === 0 && lastDecision && lastDecision.ceasedDate && outcome !== 'adopted'
      ? { date: lastDecision.ceasedDate, reason: lastDecision.reasonCeased }
      : null

  const byFosterCarers = adoption?.byFosterCarers ?? false
  const movedInWithAdopters =
    placedIndex < 0 ? null : byFosterCarers ? movedInWithFosterCarers(period, placedIndex) : placedForAdoption

  return {
    council,
    child,
    birth: header?.birth ?? null,
    sex: header ? sexOf(header) : 'unknown',
    ethnicity: header?.ethnicity ?? '',
    ethnicMinority: header ? ethnicMinority(header) : null,
    enteredCare,
    enteredCareKnown,
    careProceedingsStart,
    decisionToPlace,
    decisionReversed,
    placementOrder,
    match: adoption?.matchDate ?? null,
    placedForAdoption,
    movedInWithAdopters,
    byFosterCarers,
    ended,
    reasonEnded,
    outcome,
    careProceedingsEnd,
  }
}

function sexOf(c: ChildRecord): Journey['sex'] {
  return is(c, 'SEX', c.sex, 'male') ? 'male' : is(c, 'SEX', c.sex, 'female') ? 'female' : 'unknown'
}

/** Whether the child is from an ethnic minority; null when the ethnicity is not known. */
function ethnicMinority(c: ChildRecord): boolean | null {
  if (c.ethnicity === '' || is(c, 'ETHNIC', c.ethnicity, 'not-known')) return null
  return !is(c, 'ETHNIC', c.ethnicity, 'white-majority')
}
