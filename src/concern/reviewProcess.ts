/**
 * The review process after a missed threshold (seed 002, Children's
 * Improvement Board briefing): Stage 1 an initial discussion with the
 * Department; then no further action with a sector support offer, or Stage 2
 * a diagnostic assessment (advisory); then Stage 3 a decision: no further
 * action, or a recommendation of ministerial intervention or an improvement
 * notice, with a targeted support offer. Only these transitions exist.
 */
export type ReviewState = 'initial-discussion' | 'stage-1-outcome' | 'diagnostic' | 'decision' | 'closed'

export type ReviewEvent =
  | 'record-initial-discussion'
  | 'close-no-further-action'
  | 'refer-to-diagnostic'
  | 'record-diagnostic'
  | 'decide-no-further-action'
  | 'decide-intervention'

export const STATES: readonly ReviewState[] = [
  'initial-discussion',
  'stage-1-outcome',
  'diagnostic',
  'decision',
  'closed',
]
export const EVENTS: readonly ReviewEvent[] = [
  'record-initial-discussion',
  'close-no-further-action',
  'refer-to-diagnostic',
  'record-diagnostic',
  'decide-no-further-action',
  'decide-intervention',
]

/** The whole state machine: from state, by event, to state. Anything not here is refused. */
export const TRANSITIONS: readonly { from: ReviewState; event: ReviewEvent; to: ReviewState }[] = [
  { from: 'initial-discussion', event: 'record-initial-discussion', to: 'stage-1-outcome' },
  { from: 'stage-1-outcome', event: 'close-no-further-action', to: 'closed' },
  { from: 'stage-1-outcome', event: 'refer-to-diagnostic', to: 'diagnostic' },
  { from: 'diagnostic', event: 'record-diagnostic', to: 'decision' },
  { from: 'decision', event: 'decide-no-further-action', to: 'closed' },
  { from: 'decision', event: 'decide-intervention', to: 'closed' },
]

/** What each step must record. */
export const REQUIRED_FIELDS: Record<ReviewEvent, readonly { name: string; label: string }[]> = {
  'record-initial-discussion': [
    { name: 'date', label: 'Date of the discussion (YYYY-MM-DD)' },
    { name: 'attendees', label: 'Who attended' },
    { name: 'analysis', label: 'The council’s analysis and plan' },
    { name: 'support', label: 'Improvement board support offered' },
  ],
  'close-no-further-action': [{ name: 'support', label: 'Sector support offered' }],
  'refer-to-diagnostic': [{ name: 'reason', label: 'Why a diagnostic assessment is needed' }],
  'record-diagnostic': [
    { name: 'date', label: 'Date of the diagnostic report (YYYY-MM-DD)' },
    { name: 'performance', label: 'Current performance' },
    { name: 'barriers', label: 'Barriers' },
    { name: 'priorities', label: 'Priorities' },
  ],
  'decide-no-further-action': [{ name: 'support', label: 'Targeted support offered' }],
  'decide-intervention': [
    { name: 'intervention', label: 'Recommendation' },
    { name: 'support', label: 'Targeted support offered' },
  ],
}

export const STATE_NAMES: Record<ReviewState, string> = {
  'initial-discussion': 'Stage 1: initial discussion to be held',
  'stage-1-outcome': 'Stage 1: outcome to be decided',
  diagnostic: 'Stage 2: diagnostic assessment',
  decision: 'Stage 3: decision',
  closed: 'Closed',
}

export const EVENT_NAMES: Record<ReviewEvent, string> = {
  'record-initial-discussion': 'Record the initial discussion',
  'close-no-further-action': 'No further action, with a sector support offer',
  'refer-to-diagnostic': 'Refer for a diagnostic assessment',
  'record-diagnostic': 'Record the diagnostic report',
  'decide-no-further-action': 'Decide: no further action',
  'decide-intervention': 'Decide: recommend intervention',
}

/** The outcome a closing event gives the case. */
export function outcomeOf(event: ReviewEvent, data: Record<string, string>): string | null {
  if (event === 'close-no-further-action') return 'No further action (stage 1), sector support offered'
  if (event === 'decide-no-further-action') return 'No further action (stage 3), targeted support offered'
  if (event === 'decide-intervention')
    return data.intervention === 'improvement-notice'
      ? 'Improvement notice recommended'
      : 'Ministerial intervention recommended'
  return null
}

export function allowedEvents(state: ReviewState): ReviewEvent[] {
  return TRANSITIONS.filter((t) => t.from === state).map((t) => t.event)
}

export type StepResult =
  { ok: true; to: ReviewState; outcome: string | null } | { ok: false; errors: { field: string; message: string }[] }

/** Applies an event to a case in a state: the next state, or why not. Pure. */
export function applyEvent(state: ReviewState, event: ReviewEvent, data: Record<string, string>): StepResult {
  const t = TRANSITIONS.find((x) => x.from === state && x.event === event)
  if (!t)
    return {
      ok: false,
      errors: [
        {
          field: '',
          message: `“${EVENT_NAMES[event] ?? event}” is not a step that can follow “${STATE_NAMES[state]}”`,
        },
      ],
    }
  const errors: { field: string; message: string }[] = []
  for (const f of REQUIRED_FIELDS[event]) {
    const v = (data[f.name] ?? '').trim()
    if (v === '') errors.push({ field: f.name, message: `Enter ${f.label.toLowerCase()}` })
    else if (f.name === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(v))
      errors.push({ field: f.name, message: 'Enter the date as YYYY-MM-DD' })
    else if (f.name === 'intervention' && v !== 'ministerial-intervention' && v !== 'improvement-notice') {
      errors.push({ field: f.name, message: 'Choose ministerial intervention or an improvement notice' })
    }
  }
  if (errors.length) return { ok: false, errors }
  return { ok: true, to: t.to, outcome: outcomeOf(event, data) }
}
