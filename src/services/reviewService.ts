import { isRealDate, makeDate } from '../domain/calendarDate.js'
import { allowedEvents, applyEvent, type ReviewEvent, type ReviewState } from '../concern/reviewProcess.js'
import type { Viewer } from '../access/policy.js'
import type { AuditLog } from '../store/auditLog.js'
import type { ImprovementAction, ReviewCase, ReviewRepository } from '../store/reviewRepository.js'
import type { ScorecardService } from './scorecardService.js'

export interface Candidate {
  council: string
  name: string
  period: string
  a1: number | null
  a2: number | null
  status: string
}

/** The review process and improvement plans, on top of the state machine in src/concern. */
export class ReviewService {
  constructor(
    private readonly reviews: ReviewRepository,
    private readonly scorecards: ScorecardService,
    private readonly audit: AuditLog,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Councils below either threshold in a published period, without a case for it yet. */
  async candidates(): Promise<Candidate[]> {
    const published = await this.scorecards.published()
    const open = new Set((await this.reviews.list()).map((c) => `${c.council}/${c.period}`))
    const out: Candidate[] = []
    for (const period of await this.scorecards.periods()) {
      if (!published.has(period)) continue
      for (const c of (await this.scorecards.national(period)).councils) {
        if ((c.status === 'meets-one' || c.status === 'meets-neither') && !open.has(`${c.code}/${period}`)) {
          out.push({
            council: c.code,
            name: c.name,
            period,
            a1: c.indicators.A1.value,
            a2: c.indicators.A2.value,
            status: c.status,
          })
        }
      }
    }
    return out
  }

  async open(council: string, period: string, by: Viewer): Promise<ReviewCase | null> {
    if (!(await this.candidates()).some((c) => c.council === council && c.period === period)) return null
    const opened = await this.reviews.open(council, period, by.email ?? '', this.now().toISOString())
    await this.audit.record(by.email ?? '', 'review-step', council, `opened review case for ${period}`)
    return opened
  }

  async step(id: string, event: ReviewEvent, data: Record<string, string>, by: Viewer) {
    const c = await this.reviews.find(id)
    if (!c) return { ok: false as const, errors: [{ field: '', message: 'There is no such case' }] }
    const result = applyEvent(c.state, event, data)
    if (!result.ok) return result
    await this.reviews.step(
      id,
      { event, data, by: by.email ?? '', at: this.now().toISOString() },
      { state: result.to, outcome: result.outcome ?? c.outcome },
    )
    await this.audit.record(by.email ?? '', 'review-step', c.council, `${event} (${c.period}): now ${result.to}`)
    return result
  }

  async attachPlan(id: string, by: Viewer): Promise<boolean> {
    const c = await this.reviews.find(id)
    if (!c || c.planAttached) return false
    await this.reviews.step(
      id,
      { event: 'plan-attached', data: {}, by: by.email ?? '', at: this.now().toISOString() },
      { state: c.state, outcome: c.outcome, planAttached: true },
    )
    await this.audit.record(by.email ?? '', 'review-step', c.council, `improvement plan attached (${c.period})`)
    return true
  }

  find(id: string) {
    return this.reviews.find(id)
  }

  steps(id: string) {
    return this.reviews.steps(id)
  }

  list() {
    return this.reviews.list()
  }

  allowed(state: ReviewState) {
    return allowedEvents(state)
  }

  plan(council: string) {
    return this.reviews.plan(council)
  }

  today(): string {
    return this.now().toISOString().slice(0, 10)
  }

  async addAction(
    council: string,
    fields: Record<string, string>,
    by: Viewer,
  ): Promise<{ ok: true } | { ok: false; errors: { field: string; message: string }[] }> {
    const required: [string, string][] = [
      ['outcome', 'the outcome'],
      ['rationale', 'the rationale'],
      ['objective', 'the objective'],
      ['action', 'the action'],
      ['lead', 'who leads it'],
    ]
    const errors = required
      .filter(([k]) => !(fields[k] ?? '').trim())
      .map(([k, label]) => ({ field: k, message: `Enter ${label}` }))
    const due = dateFromForm(fields, 'due', 'the due or review date')
    if ('message' in due) errors.push({ field: 'due', message: due.message })
    const indicator = ['A1', 'A2', 'A3'].includes(fields.indicator ?? '') ? fields.indicator! : 'none'
    if (errors.length) return { ok: false, errors }
    await this.reviews.addAction({
      council,
      outcome: fields.outcome!.trim(),
      rationale: fields.rationale!.trim(),
      objective: fields.objective!.trim(),
      action: fields.action!.trim(),
      lead: fields.lead!.trim(),
      due: 'date' in due ? due.date : '',
      progress: (fields.progress ?? '').trim(),
      done: false,
      indicator,
      updatedAt: this.now().toISOString(),
    })
    await this.audit.record(
      by.email ?? '',
      'plan-change',
      council,
      `action added: ${fields.action!.trim().slice(0, 80)}`,
    )
    return { ok: true }
  }

  async updateProgress(council: string, id: string, progress: string, done: boolean, by: Viewer): Promise<boolean> {
    const ok = await this.reviews.updateProgress(
      council,
      id,
      progress.trim().slice(0, 2000),
      done,
      this.now().toISOString(),
    )
    if (ok) await this.audit.record(by.email ?? '', 'plan-change', council, `progress updated${done ? ' (done)' : ''}`)
    return ok
  }
}

/** An action is overdue when it is not done and its due or review date has passed. */
export function isOverdue(a: Pick<ImprovementAction, 'done' | 'due'>, today: string): boolean {
  return !a.done && a.due < today
}

/**
 * A date from a form: the GOV.UK date input's three fields (`<name>-day`, `-month`, `-year`), or one `<name>` field
 * as YYYY-MM-DD (what the command line and older forms send). Messages follow the GOV.UK pattern.
 */
export function dateFromForm(
  fields: Record<string, string>,
  name: string,
  label: string,
): { date: string } | { message: string } {
  const part = (p: string) => (fields[`${name}-${p}`] ?? '').trim()
  const [day, month, year] = [part('day'), part('month'), part('year')]
  if (!day && !month && !year) {
    const whole = (fields[name] ?? '').trim()
    if (!whole) return { message: `Enter ${label}` }
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(whole)
    if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) return { message: `Enter ${label} as a real date` }
    return { date: whole }
  }
  const missing = [
    ['day', day],
    ['month', month],
    ['year', year],
  ].filter(([, v]) => !v)
  const Label = label.replace(/^the /, 'The ')
  if (missing.length > 0) return { message: `${Label} must include a ${missing.map(([p]) => p).join(' and ')}` }
  if (![day, month, year].every((v) => /^\d+$/.test(v)) || year.length !== 4)
    return { message: `${Label} must be a real date` }
  const [d, mo, y] = [Number(day), Number(month), Number(year)]
  if (!isRealDate(y, mo, d)) return { message: `${Label} must be a real date` }
  return { date: makeDate(y, mo, d) }
}
