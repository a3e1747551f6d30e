/** A synthetic child's episodes as they happened, in day numbers, before they are cut into yearly returns. */
export interface LivedEpisode {
  start: number
  reasonNewEpisode: string
  legalStatus: string
  placement: string
  end: number | null
  reasonEnded: string
}

interface State {
  day: number
  legalStatus: string
  placement: string
  reasonNewEpisode: string
}

/**
 * Builds a period of care change by change: each change of legal status or
 * placement starts a new episode with the reason the SSDA903 guide gives it.
 */
export class CareTimeline {
  private readonly states: State[]
  private closed: { day: number; reason: string } | null = null

  constructor(start: number, legalStatus: string, placement: string) {
    this.states = [{ day: start, legalStatus, placement, reasonNewEpisode: 'S' }]
  }

  /** An independent copy, for a brother or sister whose care ends apart from the child's. */
  copy(): CareTimeline {
    const c = new CareTimeline(0, '', '')
    c.states.splice(0, 1, ...this.states.map((s) => ({ ...s })))
    c.closed = this.closed && { ...this.closed }
    return c
  }

  get current(): State {
    return this.states[this.states.length - 1]!
  }

  /** Changes legal status and/or placement on a day; sameCarers marks a placement change with the same carers. */
  change(day: number, to: { legalStatus?: string; placement?: string; sameCarers?: boolean }): void {
    const now = this.current
    const day0 = Math.max(day, now.day + 1)
    const legalStatus = to.legalStatus ?? now.legalStatus
    const placement = to.placement ?? now.placement
    const lsChanged = legalStatus !== now.legalStatus
    const placeChanged = placement !== now.placement || (to.placement !== undefined && !to.sameCarers)
    if (!lsChanged && !placeChanged) return
    const reasonNewEpisode =
      lsChanged && placeChanged ? (to.sameCarers ? 'U' : 'B') : lsChanged ? 'L' : to.sameCarers ? 'T' : 'P'
    this.states.push({ day: day0, legalStatus, placement, reasonNewEpisode })
  }

  /** The placement the child was in the day before a day. */
  placementBefore(day: number): string {
    let placement = this.states[0]!.placement
    for (const s of this.states) if (s.day < day) placement = s.placement
    return placement
  }

  close(day: number, reason: string): void {
    this.closed = { day: Math.max(day, this.current.day), reason }
  }

  /**
   * Once the period of care is planned: care that ran past the 18th birthday ends on it (E8), and a change planned
   * for the day care ended, or later, never happens, so that no episode lasts less than a day (rule 355).
   */
  settle(eighteen: number): void {
    if (!this.closed) return
    if (this.closed.day > eighteen) this.closed = { day: eighteen, reason: 'E8' }
    while (this.states.length > 1 && this.current.day >= this.closed.day) this.states.pop()
  }

  get lastDay(): number {
    return this.closed?.day ?? this.current.day
  }

  /** The episodes, cut at the horizon: anything after it has not happened yet. */
  episodes(horizon: number): LivedEpisode[] {
    const out: LivedEpisode[] = []
    for (let i = 0; i < this.states.length; i++) {
      const s = this.states[i]!
      if (s.day > horizon) break
      const next = this.states[i + 1]
      let end: number | null
      let reasonEnded: string
      if (next) {
        end = next.day
        reasonEnded = 'X1'
      } else if (this.closed) {
        end = this.closed.day
        reasonEnded = this.closed.reason
      } else {
        end = null
        reasonEnded = ''
      }
      if (end !== null && end > horizon) {
        end = null
        reasonEnded = ''
      }
      out.push({
        start: s.day,
        reasonNewEpisode: s.reasonNewEpisode,
        legalStatus: s.legalStatus,
        placement: s.placement,
        end,
        reasonEnded,
      })
      if (end === null) break
    }
    return out
  }
}
