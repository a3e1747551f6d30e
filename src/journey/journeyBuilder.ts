import type { Journey, Outcome } from '../domain/journey.js'
import { byChild, splitPeriodsOfCare } from '../domain/periodOfCare.js'
import type { AdoptionRecord, CouncilRecords, Episode, PlacementDecision } from '../domain/returnRecords.js'
import {
  ADOPTED, CARE_ORDER, CHILD_ARRANGEMENTS, COURT_AUTHORITY_TO_PLACE, DECISION_REVERSED,
  EPISODE_CONTINUES, PLACED_FOR_ADOPTION, RETURNED_HOME, SAME_CARERS, SPECIAL_GUARDIANSHIP,
} from '../ssda903/codeLists.js'

export function outcomeOf(reasonEnded: string): Outcome {
  if (reasonEnded === '' || reasonEnded === EPISODE_CONTINUES) return 'looked-after'
  if (ADOPTED.has(reasonEnded)) return 'adopted'
  if (SPECIAL_GUARDIANSHIP.has(reasonEnded)) return 'special-guardianship'
  if (CHILD_ARRANGEMENTS.has(reasonEnded)) return 'child-arrangements'
  if (RETURNED_HOME.has(reasonEnded)) return 'returned-home'
  return 'other-exit'
}

/**
 * When a child adopted by its foster carers moved in with them: the start of
 * the run of episodes, ending with the adoptive placement, in which the
 * carers did not change (RNE L, U or B).
 */
export function movedInWithFosterCarers(period: readonly Episode[], placedIndex: number): string {
  let j = placedIndex
  while (j > 0 && SAME_CARERS.has(period[j]!.reasonNewEpisode)) j--
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
      journeys.push(journeyOf(records.council, child, period, header, adoptions.get(child) ?? [], decisions.get(child) ?? []))
    }
  }
  return journeys
}

function journeyOf(
  council: string,
  child: string,
  period: Episode[],
  header: { birth: string | null; sex: string; ethnicity: string } | undefined,
  adoptions: readonly AdoptionRecord[],
  decisions: readonly PlacementDecision[],
): Journey {
  const first = period[0]!
  const last = period[period.length - 1]!
  const enteredCare = first.start
  const enteredCareKnown = first.reasonNewEpisode === 'S'
  const from = enteredCareKnown ? enteredCare : '0000-01-01'
  const ended = last.end !== null && last.reasonEnded !== EPISODE_CONTINUES ? last.end : null
  const reasonEnded = ended ? last.reasonEnded : ''
  const outcome = outcomeOf(reasonEnded)

  const placedIndex = period.findIndex((e) => PLACED_FOR_ADOPTION.has(e.placement))
  const placedForAdoption = placedIndex >= 0 ? period[placedIndex]!.start : null
  const placementOrder = period.find((e) => COURT_AUTHORITY_TO_PLACE.has(e.legalStatus))?.start ?? null
  const careProceedingsStart = period.find((e) => CARE_ORDER.has(e.legalStatus))?.start ?? null

  // The AD1 row of this adoption: its match and decision fall within the period of care.
  const adoption = outcome === 'adopted'
    ? [...adoptions].reverse().find((a) => within(a.matchDate ?? a.decisionDate, from, ended)) ?? null
    : null

  const inPeriod = decisions.filter((d) => within(d.decisionDate, from, ended))
  const standing = inPeriod.filter((d) => !(d.ceasedDate !== null && DECISION_REVERSED.has(d.reasonCeased)))
  const lastDecision = inPeriod[inPeriod.length - 1] ?? null
  const decisionToPlace = standing[standing.length - 1]?.decisionDate ?? adoption?.decisionDate ?? lastDecision?.decisionDate ?? null
  const decisionReversed =
    standing.length === 0 && lastDecision && lastDecision.ceasedDate && outcome !== 'adopted'
      ? { date: lastDecision.ceasedDate, reason: lastDecision.reasonCeased }
      : null

  const byFosterCarers = adoption?.byFosterCarers ?? false
  const movedInWithAdopters =
    placedIndex < 0 ? null : byFosterCarers ? movedInWithFosterCarers(period, placedIndex) : placedForAdoption

  return {
    council, child,
    birth: header?.birth ?? null,
    sex: header?.sex ?? '',
    ethnicity: header?.ethnicity ?? '',
    enteredCare, enteredCareKnown, careProceedingsStart, decisionToPlace, decisionReversed, placementOrder,
    match: adoption?.matchDate ?? null,
    placedForAdoption, movedInWithAdopters, byFosterCarers,
    ended, reasonEnded, outcome,
    episodes: period,
  }
}
