import { parseReturnDate, type CalendarDate } from '../domain/calendarDate.js'
import { COURT_STAGE_FIELDS, noCourtStages, type CourtStageProblem, type CourtStages } from './courtStages.js'

const DATE_FIELDS = ['recommendation', 'annexARequested', 'annexAReceived', 'applicationLodged', 'orderMade'] as const

/** A date as a person types it: 15/08/2013, 15/8/2013 or 2013-08-15. Null when it is not a real date. */
export function readTypedDate(text: string): CalendarDate | null {
  const t = text.trim()
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t)
  return parseReturnDate(m ? `${m[1]!.padStart(2, '0')}/${m[2]!.padStart(2, '0')}/${m[3]}` : t)
}

/**
 * Reads the court stage form: one text box per date, hearing dates separated by commas or new lines, and the team
 * that owes the Annex A report. Every box that is not a date is named; blank boxes record nothing.
 */
export function readCourtStageForm(
  council: string,
  child: string,
  body: Readonly<Record<string, unknown>>,
): { stages: CourtStages; problems: CourtStageProblem[] } {
  const stages = noCourtStages(council, child)
  const problems: CourtStageProblem[] = []
  const text = (key: string) => (typeof body[key] === 'string' ? body[key] : '').trim()
  const notADate = (field: keyof typeof COURT_STAGE_FIELDS, value: string) =>
    problems.push({
      field,
      message:
        `${COURT_STAGE_FIELDS[field]}: “${value.slice(0, 40)}” is not a date; write it as, for example, ` +
        `15/08/2013`,
    })
  for (const field of DATE_FIELDS) {
    const value = text(field)
    if (value === '') continue
    const date = readTypedDate(value)
    if (date === null) notADate(field, value)
    else stages[field] = date
  }
  for (const value of text('hearings').split(/[,\n\r]+/)) {
    if (value.trim() === '') continue
    const date = readTypedDate(value)
    if (date === null) notADate('hearings', value.trim())
    else if (!stages.hearings.includes(date)) stages.hearings.push(date)
  }
  stages.hearings.sort()
  const team = text('annexATeam')
  if (team.length > 100)
    problems.push({ field: 'annexATeam', message: `${COURT_STAGE_FIELDS.annexATeam}: at most 100 characters` })
  else stages.annexATeam = team
  return { stages, problems }
}

/** A court stage record as the form shows it: dates as DD/MM/YYYY, hearings separated by commas. */
export function courtStageFormValues(s: CourtStages): Record<string, string> {
  const shown = (d: CalendarDate | null) => (d === null ? '' : `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`)
  return {
    ...Object.fromEntries(DATE_FIELDS.map((f) => [f, shown(s[f])])),
    annexATeam: s.annexATeam,
    hearings: s.hearings.map(shown).join(', '),
  }
}
