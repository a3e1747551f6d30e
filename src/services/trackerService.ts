import type { CalendarDate } from '../domain/calendarDate.js'
import type { Journey } from '../domain/journey.js'
import { courtStageProblems, noCourtStages, type CourtStageProblem, type CourtStages } from '../pipeline/courtStages.js'
import { readCourtStageForm } from '../pipeline/courtStageForm.js'
import { onTheJourney } from '../pipeline/journeyFlags.js'
import { tracker, type Tracker } from '../pipeline/tracker.js'
import type { AuditLog } from '../store/auditLog.js'
import type { CourtStageRepository } from '../store/courtStageRepository.js'
import type { PipelineService } from './pipelineService.js'
import type { ScorecardService } from './scorecardService.js'

/** The tracker page's data: the tracker as at the council's data, and every court stage record it holds. */
export interface CouncilTracker {
  tracker: Tracker
  courtStages: CourtStages[]
}

/**
 * The week-by-week tracker of a council's children on the adoption journey, and the court stages after placement that
 * the council records for them (audited). Court stages never change a scorecard figure: they are kept apart from the
 * returns, and only the tracker reads them.
 */
export class TrackerService {
  constructor(
    private readonly scorecards: ScorecardService,
    private readonly pipeline: PipelineService,
    private readonly courtStages: CourtStageRepository,
    private readonly audit: AuditLog,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The day the council's data runs to; null when it has none. */
  async asAt(council: string): Promise<CalendarDate | null> {
    return (await this.pipeline.asAt(council))?.date ?? null
  }

  async tracker(council: string): Promise<CouncilTracker | null> {
    const asAt = await this.asAt(council)
    if (asAt === null) return null
    const courtStages = await this.courtStages.forCouncil(council)
    return { tracker: tracker(await this.scorecards.journeys(council), courtStages, asAt), courtStages }
  }

  /** A child on the journey and placed for adoption at the council's data date, with its court stages; else null. */
  async placedChild(council: string, child: string): Promise<{ journey: Journey; stages: CourtStages } | null> {
    const asAt = await this.asAt(council)
    if (asAt === null) return null
    const journey = onTheJourney(await this.scorecards.journeysOf(council, child), asAt).find(
      (j) => j.placedForAdoption !== null && j.placedForAdoption <= asAt,
    )
    if (!journey) return null
    return { journey, stages: (await this.courtStages.find(council, child)) ?? noCourtStages(council, child) }
  }

  /**
   * Records a placed child's court stages from the form, when every box reads and every rule holds; otherwise stores
   * nothing and names each problem. Every change is audited.
   */
  async record(
    council: string,
    child: string,
    form: Readonly<Record<string, unknown>>,
    actor: string,
  ): Promise<{ saved: true } | { saved: false; stages: CourtStages; problems: CourtStageProblem[] }> {
    const placed = await this.placedChild(council, child)
    const read = readCourtStageForm(council, child, form)
    const today = this.now().toISOString().slice(0, 10)
    const problems = [
      ...read.problems,
      ...courtStageProblems(read.stages, placed?.journey.placedForAdoption ?? null, today),
    ]
    if (problems.length > 0) return { saved: false, stages: read.stages, problems }
    await this.courtStages.save(read.stages, actor, this.now().toISOString())
    await this.audit.record(actor, 'court-stage', council, `child ${child}: ${describe(read.stages)}`)
    return { saved: true }
  }
}

/** A court stage record in a line, for the audit log. */
function describe(s: CourtStages): string {
  const parts = [
    s.recommendation && `recommendation ${s.recommendation}`,
    s.annexARequested && `Annex A requested ${s.annexARequested}${s.annexATeam ? ` from ${s.annexATeam}` : ''}`,
    s.annexAReceived && `Annex A received ${s.annexAReceived}`,
    s.applicationLodged && `application lodged ${s.applicationLodged}`,
    s.hearings.length > 0 && `hearings ${s.hearings.join(', ')}`,
    s.orderMade && `order made ${s.orderMade}`,
  ].filter((p): p is string => typeof p === 'string' && p !== '')
  return parts.length > 0 ? parts.join('; ') : 'nothing recorded'
}
