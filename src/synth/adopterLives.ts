import { fromDayNumber, toReturnDate } from '../domain/calendarDate.js'
import { ADOPTER_COLUMNS } from '../adopters/adopterRecords.js'
import type { LivedChild } from './childLives.js'
import { Random, seedFor } from './random.js'

/**
 * Synthetic prospective adopters for a council: a household for each match of
 * its children (sibling groups share one), working back through approval,
 * application and stage 1 to the registration of interest; plus households
 * still waiting after approval and households that withdrew. Rows for the
 * adopters CSV, the header first.
 */
export function adopterRows(
  council: string,
  children: readonly LivedChild[],
  seed: number,
  horizon: number,
): string[][] {
  const r = new Random(seedFor(seed, `adopters:${council}`))
  const rows: string[][] = [[...ADOPTER_COLUMNS]]
  const date = (d: number | null) => (d === null || d > horizon ? '' : toReturnDate(fromDayNumber(d)))
  let n = 0
  const add = (h: {
    interest: number
    stage1: number | null
    application: number | null
    approved: number | null
    referred: number | null
    matched: number | null
    placed: number | null
    withdrawn: number | null
    reason: string
  }) => {
    if (h.interest > horizon) return
    rows.push([
      `${council}-A${String(++n).padStart(5, '0')}`,
      council,
      date(h.interest),
      date(h.stage1),
      date(h.application),
      date(h.approved),
      date(h.referred),
      date(h.matched),
      date(h.placed),
      h.withdrawn !== null && h.withdrawn <= horizon ? date(h.withdrawn) : '',
      h.withdrawn !== null && h.withdrawn <= horizon ? h.reason : '',
    ])
  }
  const matches = new Map<number, number | null>()
  for (const c of children) {
    if (!c.adoption) continue
    const placed = c.episodes.find((e) => e.placement.startsWith('A'))?.start ?? null
    if (!matches.has(c.adoption.match)) matches.set(c.adoption.match, placed)
  }
  for (const [match, placed] of [...matches].sort((a, b) => a[0] - b[0])) {
    const approved = match - r.int(20, 300)
    const application = approved - r.int(90, 200)
    const stage1 = application - r.int(30, 90)
    const interest = stage1 - r.int(7, 60)
    const referred = match - approved > 90 ? approved + r.int(30, 120) : null
    add({
      interest,
      stage1,
      application,
      approved,
      referred: referred !== null && referred < match ? referred : null,
      matched: match,
      placed,
      withdrawn: null,
      reason: '',
    })
    if (r.chance(0.2)) {
      // Approved about the same time and still waiting, or withdrawn later.
      const a2 = approved + r.int(-60, 60)
      const withdrawn = r.chance(0.3) ? a2 + r.int(200, 700) : null
      add({
        interest: a2 - r.int(250, 400),
        stage1: a2 - r.int(180, 240),
        application: a2 - r.int(100, 170),
        approved: a2,
        referred: a2 + r.int(20, 100),
        matched: null,
        placed: null,
        withdrawn,
        reason: withdrawn ? 'W3' : '',
      })
    }
    if (r.chance(0.3)) {
      const interest = match - r.int(100, 500)
      add({
        interest,
        stage1: r.chance(0.5) ? interest + r.int(10, 40) : null,
        application: null,
        approved: null,
        referred: null,
        matched: null,
        placed: null,
        withdrawn: interest + r.int(30, 150),
        reason: r.chance(0.8) ? 'W1' : 'W2',
      })
    }
  }
  return rows
}
