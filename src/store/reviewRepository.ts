import { randomUUID } from 'node:crypto'
import type { ReviewEvent, ReviewState } from '../concern/reviewProcess.js'
import type { Store } from './database.js'

export interface ReviewCase {
  id: string
  council: string
  period: string
  state: ReviewState
  outcome: string | null
  planAttached: boolean
  openedBy: string
  openedAt: string
}

export interface ReviewStep {
  event: ReviewEvent | 'opened' | 'plan-attached'
  data: Record<string, string>
  by: string
  at: string
}

export interface ImprovementAction {
  id: string
  council: string
  outcome: string
  rationale: string
  objective: string
  action: string
  lead: string
  due: string
  progress: string
  done: boolean
  /** The scorecard indicator it should move: A1, A2, A3 or none. */
  indicator: string
  updatedAt: string
}

/** Review cases with their steps (the timeline), and councils' improvement plans. */
export class ReviewRepository {
  constructor(private readonly store: Store) {}

  private caseRow(r: {
    id: string
    council: string
    period: string
    state: string
    outcome: string | null
    plan_attached: number
    opened_by: string
    opened_at: string
  }): ReviewCase {
    return {
      id: r.id,
      council: r.council,
      period: r.period,
      state: r.state as ReviewState,
      outcome: r.outcome,
      planAttached: Number(r.plan_attached) === 1,
      openedBy: r.opened_by,
      openedAt: r.opened_at,
    }
  }

  async open(council: string, period: string, by: string, at: string): Promise<ReviewCase> {
    const id = randomUUID()
    await this.store.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('review_case')
        .values({
          id,
          council,
          period,
          state: 'initial-discussion',
          outcome: null,
          plan_attached: 0,
          opened_by: by,
          opened_at: at,
        })
        .execute()
      await trx.insertInto('review_step').values({ case_id: id, event: 'opened', data: '{}', by, at }).execute()
    })
    return (await this.find(id))!
  }

  async find(id: string): Promise<ReviewCase | null> {
    const r = await this.store.db.selectFrom('review_case').selectAll().where('id', '=', id).executeTakeFirst()
    return r ? this.caseRow(r) : null
  }

  async list(): Promise<ReviewCase[]> {
    return (await this.store.db.selectFrom('review_case').selectAll().orderBy('opened_at', 'desc').execute()).map((r) =>
      this.caseRow(r),
    )
  }

  /** Records a step and the state it leads to, together or not at all. */
  async step(
    id: string,
    step: ReviewStep,
    to: { state: ReviewState; outcome: string | null; planAttached?: boolean },
  ): Promise<void> {
    await this.store.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('review_step')
        .values({ case_id: id, event: step.event, data: JSON.stringify(step.data), by: step.by, at: step.at })
        .execute()
      await trx
        .updateTable('review_case')
        .set({
          state: to.state,
          outcome: to.outcome,
          ...(to.planAttached === undefined ? {} : { plan_attached: to.planAttached ? 1 : 0 }),
        })
        .where('id', '=', id)
        .execute()
    })
  }

  async steps(id: string): Promise<ReviewStep[]> {
    const rows = await this.store.db
      .selectFrom('review_step')
      .selectAll()
      .where('case_id', '=', id)
      .orderBy('id')
      .execute()
    return rows.map((r) => ({
      event: r.event as ReviewStep['event'],
      data: JSON.parse(r.data) as Record<string, string>,
      by: r.by,
      at: r.at,
    }))
  }

  async addAction(a: Omit<ImprovementAction, 'id'>): Promise<ImprovementAction> {
    const id = randomUUID()
    await this.store.db
      .insertInto('improvement_action')
      .values({
        id,
        council: a.council,
        outcome: a.outcome,
        rationale: a.rationale,
        objective: a.objective,
        action: a.action,
        lead: a.lead,
        due: a.due,
        progress: a.progress,
        done: a.done ? 1 : 0,
        indicator: a.indicator,
        updated_at: a.updatedAt,
      })
      .execute()
    return { ...a, id }
  }

  async updateProgress(council: string, id: string, progress: string, done: boolean, at: string): Promise<boolean> {
    const r = await this.store.db
      .updateTable('improvement_action')
      .set({ progress, done: done ? 1 : 0, updated_at: at })
      .where('id', '=', id)
      .where('council', '=', council)
      .executeTakeFirst()
    return Number(r.numUpdatedRows) > 0
  }

  async plan(council: string): Promise<ImprovementAction[]> {
    const rows = await this.store.db
      .selectFrom('improvement_action')
      .selectAll()
      .where('council', '=', council)
      .orderBy('outcome')
      .orderBy('due')
      .execute()
    return rows.map((r) => ({ ...r, done: Number(r.done) === 1, updatedAt: r.updated_at }))
  }
}
