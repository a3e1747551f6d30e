import type { CalendarDate } from '../domain/calendarDate.js'
import type { Journey } from '../domain/journey.js'
import {
  courtStageAt,
  courtStageProblems,
  noCourtStages,
  type CourtStageProblem,
  type CourtStages,
} from '../pipeline/courtStages.js'
import { readCourtStageForm } from '../pipeline/courtStageForm.js'
import { childrenOnJourneyAt } from '../pipeline/journeyAt.js'
import { onTheJourney, type ChildOnJourney } from '../pipeline/journeyFlags.js'
import { tracker, type Tracker } from '../pipeline/tracker.js'
import type { AuditLog } from '../store/auditLog.js'
import type { CourtStageRepository } from '../store/courtStageRepository.js'
import type { Finding } from '../domain/finding.js'
import { checkExtract, councilJourneysAt } from '../journey/pipelineData.js'
import type { ExtractRepository, StoredExtract } from '../store/extractRepository.js'
import type { StoredFile, SubmissionRepository } from '../store/submissionRepository.js'
import type { PipelineService } from './pipelineService.js'
import type { ScorecardService } from './scorecardService.js'

/** The tracker page's data: the tracker as at the council's data, and every court stage record it holds. */
export interface CouncilTracker {
  tracker: Tracker
  /** Every child on the journey at the tracker's date, with the return's stage and the council's court stage. */
  children: (ChildOnJourney & { courtStage: string | null })[]
  courtStages: CourtStages[]
  source: 'annual return' | 'in-year extract'
  extracts: StoredExtract[]
}

/** A council's journeys as the tracker sees them: to 31 March of its latest return, or to a later extract. */
interface TrackerData {
  asAt: CalendarDate
  source: 'annual return' | 'in-year extract'
  journeys: Journey[]
  extracts: StoredExtract[]
}

/** The annual returns and in-year extracts the tracker reads beside the scorecard's own journeys. */
export interface TrackerStores {
  extracts: ExtractRepository
  submissions: SubmissionRepository
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
    private readonly stores: TrackerStores | null = null,
  ) {}

  private cache = new Map<string, { key: string; data: TrackerData }>()

  /**
   * The council's journeys at its latest data: the scorecard's own (to 31 March of the latest annual return), or,
   * when an extract was taken after that 31 March, the annual returns and the newest such extract read together.
   */
  private async data(council: string, asOf?: CalendarDate): Promise<TrackerData | null> {
    const annual = await this.pipeline.asAt(council)
    const extracts = this.stores ? await this.stores.extracts.list(council) : []
    if (asOf === undefined && !extracts.some((e) => annual === null || e.takenOn > annual.date)) {
      if (annual === null) return null
      const journeys = await this.scorecards.journeys(council)
      return { asAt: annual.date, source: 'annual return', journeys, extracts }
    }
    const key = `${this.scorecards.version}|${extracts.map((e) => `${e.takenOn}@${e.receivedAt}`).join(',')}|${asOf}`
    const kept = this.cache.get(council)
    if (kept?.key === key) return kept.data
    const files = [
      ...(this.stores ? await this.stores.submissions.currentFiles(council) : []),
      ...(this.stores ? await this.stores.extracts.files(council) : []),
    ]
    const read = councilJourneysAt(files, council, asOf === undefined ? {} : { asOf })
    if (!read) return null
    const data: TrackerData = { asAt: read.asAt, source: read.source, journeys: read.journeys, extracts }
    this.cache.set(council, { key, data })
    return data
  }

  /** The day the council's data runs to; null when it has none. */
  async asAt(council: string): Promise<CalendarDate | null> {
    return (await this.data(council))?.asAt ?? null
  }

  /**
   * The tracker at the council's latest data, or, with `asOf`, as it stood on that day: the annual returns and the
   * extract it would then have stood on (older extracts are kept for this). Null when there was no data by then.
   */
  async tracker(council: string, asOf?: CalendarDate): Promise<CouncilTracker | null> {
    const data = await this.data(council, asOf)
    if (data === null) return null
    const courtStages = await this.courtStages.forCouncil(council)
    const byChild = new Map(courtStages.map((s) => [s.child, s]))
    const children = childrenOnJourneyAt(data.journeys, data.asAt, await this.pipeline.settings(council)).map((c) => ({
      ...c,
      courtStage: courtStageAt(byChild.get(c.child), data.asAt),
    }))
    return {
      tracker: tracker(data.journeys, courtStages, data.asAt),
      children,
      courtStages,
      source: data.source,
      extracts: data.extracts,
    }
  }

  /**
   * Checks an in-year extract taken on `takenOn` and stores it when no check finds an error; otherwise stores nothing
   * and gives the findings. It never replaces an annual return, and the scorecard never reads it. Audited.
   */
  async loadExtract(
    council: string,
    takenOn: CalendarDate,
    files: readonly StoredFile[],
    actor: string,
  ): Promise<{ stored: boolean; findings: Finding[]; rows: number }> {
    if (!this.stores) throw new Error('in-year extracts are not kept by this server')
    const checked = checkExtract(council, takenOn, files)
    const read = { rows: checked.rows }
    const findings = checked.findings
    if (!checked.storable) return { stored: false, findings, rows: read.rows }
    await this.stores.extracts.save({ council, takenOn, rowCount: read.rows, files }, actor, this.now().toISOString())
    await this.audit.record(
      actor,
      'upload',
      council,
      `in-year extract taken on ${takenOn}: ${files.length} files, ${read.rows} rows`,
    )
    return { stored: true, findings, rows: read.rows }
  }

  /** A child on the journey and placed for adoption at the council's data date, with its court stages; else null. */
  async placedChild(council: string, child: string): Promise<{ journey: Journey; stages: CourtStages } | null> {
    const data = await this.data(council)
    if (data === null) return null
    const asAt = data.asAt
    const journey = onTheJourney(
      data.journeys.filter((j) => j.child === child),
      asAt,
    ).find((j) => j.placedForAdoption !== null && j.placedForAdoption <= asAt)
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
