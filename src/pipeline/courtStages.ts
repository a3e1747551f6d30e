import type { CalendarDate } from '../domain/calendarDate.js'

/**
 * The court stages after a child is placed for adoption, which the SSDA903 return never holds: recorded by the
 * council for each placed child (seed 004, appendix 6). They are shown beside the return's own stages and never
 * change a scorecard figure.
 */
export interface CourtStages {
  council: string
  child: string
  /** The looked-after review's recommendation that the application for the adoption order be made. */
  recommendation: CalendarDate | null
  /** Annex A report (the court report that accompanies the application) asked for. */
  annexARequested: CalendarDate | null
  annexAReceived: CalendarDate | null
  /** The team that owes the Annex A report. */
  annexATeam: string
  applicationLodged: CalendarDate | null
  /** Court hearing dates, in order. */
  hearings: CalendarDate[]
  orderMade: CalendarDate | null
}

/** A court stage record with nothing recorded yet. */
export function noCourtStages(council: string, child: string): CourtStages {
  return {
    council,
    child,
    recommendation: null,
    annexARequested: null,
    annexAReceived: null,
    annexATeam: '',
    applicationLodged: null,
    hearings: [],
    orderMade: null,
  }
}

/** The fields of a court stage record a form names, with their labels. */
export const COURT_STAGE_FIELDS = {
  recommendation: 'Recommendation to apply for the adoption order',
  annexARequested: 'Annex A report requested',
  annexAReceived: 'Annex A report received',
  annexATeam: 'Team that owes the Annex A report',
  applicationLodged: 'Application lodged',
  hearings: 'Hearing dates',
  orderMade: 'Adoption order made',
} as const

export type CourtStageField = keyof typeof COURT_STAGE_FIELDS

export interface CourtStageProblem {
  field: CourtStageField
  message: string
}

/**
 * The rules a court stage record must keep: each stage no earlier than the one it follows, none before the child was
 * placed for adoption, none after `today` (passed in: no clock here). Empty when the record is sound.
 */
export function courtStageProblems(
  s: CourtStages,
  placedForAdoption: CalendarDate | null,
  today: CalendarDate,
): CourtStageProblem[] {
  const problems: CourtStageProblem[] = []
  const label = (f: CourtStageField) => COURT_STAGE_FIELDS[f]
  const notBefore = (field: CourtStageField, date: CalendarDate | null, earlier: CourtStageField) => {
    const other = s[earlier] as CalendarDate | null
    if (date !== null && other !== null && date < other)
      problems.push({ field, message: `${label(field)} (${date}) must not be before ${label(earlier)} (${other})` })
  }
  if (placedForAdoption === null) {
    problems.push({
      field: 'recommendation',
      message: `Child ${s.child} has not been placed for adoption: court stages are recorded for placed children only`,
    })
  }
  for (const f of ['recommendation', 'annexARequested', 'annexAReceived', 'applicationLodged', 'orderMade'] as const) {
    const date = s[f]
    if (date === null) continue
    if (date > today) problems.push({ field: f, message: `${label(f)} (${date}) must not be after today (${today})` })
    else if (placedForAdoption !== null && date < placedForAdoption)
      problems.push({
        field: f,
        message: `${label(f)} (${date}) must not be before the child was placed for adoption (${placedForAdoption})`,
      })
  }
  notBefore('annexAReceived', s.annexAReceived, 'annexARequested')
  notBefore('applicationLodged', s.applicationLodged, 'recommendation')
  notBefore('orderMade', s.orderMade, 'applicationLodged')
  if (s.annexAReceived !== null && s.annexARequested === null)
    problems.push({
      field: 'annexARequested',
      message: `${label('annexAReceived')} is recorded: enter when it was requested`,
    })
  if (s.orderMade !== null && s.applicationLodged === null)
    problems.push({ field: 'applicationLodged', message: `${label('orderMade')} is recorded: enter the application` })
  for (const h of s.hearings) {
    if (s.applicationLodged === null) {
      problems.push({ field: 'hearings', message: `Hearing ${h} is recorded: enter when the application was lodged` })
      break
    }
    if (h < s.applicationLodged)
      problems.push({
        field: 'hearings',
        message: `Hearing ${h} must not be before the application was lodged (${s.applicationLodged})`,
      })
  }
  return problems
}

/** The furthest court stage a record shows as at a date, in words; null when nothing is recorded by then. */
export function courtStageAt(s: CourtStages | undefined, asAt: CalendarDate): string | null {
  if (!s) return null
  const by = (d: CalendarDate | null) => d !== null && d <= asAt
  if (by(s.orderMade)) return 'adoption order made'
  if (by(s.applicationLodged)) {
    const next = s.hearings.find((h) => h >= asAt)
    return next ? `application lodged, hearing ${next}` : 'application lodged, awaiting a court date'
  }
  if (by(s.annexAReceived)) return 'Annex A received, application to be lodged'
  if (by(s.annexARequested)) return `Annex A awaited${s.annexATeam ? ` from ${s.annexATeam}` : ''}`
  if (by(s.recommendation)) return 'recommendation to apply made'
  return null
}
