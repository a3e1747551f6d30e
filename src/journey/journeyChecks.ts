import type { Journey } from '../domain/journey.js'
import { byChild } from '../domain/periodOfCare.js'
import type { CouncilRecords } from '../domain/returnRecords.js'
import {
  ADOPTED, COURT_AUTHORITY_TO_PLACE, DECISION_REVERSED, PLACED_FOR_ADOPTION,
  PLACED_UNDER_PLACEMENT_ORDER, PLACED_WITH_CURRENT_FOSTER_CARERS,
} from '../ssda903/codeLists.js'
import type { FindingLog } from '../ssda903/findingLog.js'

/**
 * Checks that need a whole journey: the adoption stages must come in order
 * and agree across the Episodes, AD1 and PlacedAdoption tables.
 */
export function checkJourneys(records: CouncilRecords, journeys: readonly Journey[], log: FindingLog): void {
  const decisionsByChild = byChild(records.decisions)
  const adoptionsByChild = byChild(records.adoptions)

  for (const j of journeys) {
    const from = j.enteredCareKnown ? j.enteredCare : '0000-01-01'
    const decisions = (decisionsByChild.get(j.child) ?? []).filter(
      (d) => d.decisionDate >= from && (j.ended === null || d.decisionDate <= j.ended),
    )
    const placed = j.episodes.find((e) => PLACED_FOR_ADOPTION.has(e.placement))
    for (const e of j.episodes) {
      if (PLACED_UNDER_PLACEMENT_ORDER.has(e.placement) && !COURT_AUTHORITY_TO_PLACE.has(e.legalStatus)) {
        log.report('AS046', e.source.file, e.source.row, 'LS', e.legalStatus, `(PLACE ${e.placement}.)`)
      }
    }
    if (placed && j.decisionToPlace === null) {
      log.report('551', placed.source.file, placed.source.row, 'PLACE', placed.placement)
    }
    const order = j.episodes.find((e) => e.legalStatus === 'E1')
    if (order && j.decisionToPlace === null) log.report('553', order.source.file, order.source.row, 'LS', order.legalStatus)

    if (j.outcome !== 'adopted') continue
    const adoptedEpisode = j.episodes[j.episodes.length - 1]!
    const ad1 = (adoptionsByChild.get(j.child) ?? []).find(
      (a) => (a.matchDate ?? a.decisionDate ?? '') >= from && (a.matchDate ?? a.decisionDate ?? '') <= j.ended!,
    )
    if (!placed) {
      log.report('AS056', adoptedEpisode.source.file, adoptedEpisode.source.row, 'REC', adoptedEpisode.reasonEnded)
    }
    if (!ad1) continue
    const where = ad1.source
    if (ad1.matchDate && placed && ad1.matchDate > placed.start) {
      log.report('AS047', where.file, where.row, 'DATE_MATCH', ad1.matchDate, `(Placed for adoption ${placed.start}.)`)
    }
    if (ad1.matchDate && ad1.decisionDate && ad1.matchDate < ad1.decisionDate) {
      log.report('AS048', where.file, where.row, 'DATE_MATCH', ad1.matchDate, `(DATE_INT ${ad1.decisionDate}.)`)
    }
    if (ad1.decisionDate && j.ended && ad1.decisionDate > j.ended) {
      log.report('AS053', where.file, where.row, 'DATE_INT', ad1.decisionDate, `(Adopted ${j.ended}.)`)
    }
    if (placed && PLACED_WITH_CURRENT_FOSTER_CARERS.has(placed.placement) !== ad1.byFosterCarers) {
      log.report('335', where.file, where.row, 'FOSTER_CARE', ad1.byFosterCarers ? '1' : '0', `(Adoptive placement ${placed.placement}.)`)
    }
    const latest = decisions[decisions.length - 1]
    if (latest && ad1.decisionDate && !decisions.some((d) => d.decisionDate === ad1.decisionDate)) {
      log.report('AS054', where.file, where.row, 'DATE_INT', ad1.decisionDate, `(PlacedAdoption DATE_PLACED ${latest.decisionDate}.)`)
    }
    if (latest && latest.ceasedDate && DECISION_REVERSED.has(latest.reasonCeased) && latest.ceasedDate <= j.ended! &&
        ADOPTED.has(j.reasonEnded)) {
      log.report('AS057', latest.source.file, latest.source.row, 'REASON_PLACED_CEASED', latest.reasonCeased)
    }
  }
}
