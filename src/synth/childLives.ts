import { dayNumber, fromDayNumber } from '../domain/calendarDate.js'
import { CareTimeline, type LivedEpisode } from './careTimeline.js'

export type { LivedEpisode }
import type { CouncilProfile } from './councilProfile.js'
import { Random, seedFor } from './random.js'

/** Everything that happened to one synthetic child, before it is cut into yearly returns. */
export interface LivedChild {
  id: string
  sex: string
  birth: number
  ethnicity: string
  /** Every episode, in order, as lived up to the simulation's horizon. */
  episodes: LivedEpisode[]
  /** Decision that the child should be placed for adoption, and how it ceased. */
  decision: { date: number; ceased: number | null; reason: string } | null
  adoption: {
    decision: number
    match: number
    byFosterCarers: boolean
    adopterCount: string
    adopterSex: string
    adopterLegalStatus: string
  } | null
}

const WHITE = [['WBRI', 90], ['WIRI', 2], ['WOTH', 8]] as const
const MINORITY = [
  ['MWBC', 12], ['MWBA', 5], ['MWAS', 6], ['MOTH', 10], ['AIND', 4], ['APKN', 8], ['ABAN', 4], ['AOTH', 5],
  ['BCRB', 10], ['BAFR', 14], ['BOTH', 6], ['CHNE', 1], ['OOTH', 6], ['WIRT', 2], ['WROM', 3], ['NOBT', 4],
] as const

/** The timelines of the children being simulated, until their episodes are cut. */
const timelines = new WeakMap<LivedChild, CareTimeline[]>()

const SGO_CHANGE = dayNumber('2015-04-01')
const CAO_CHANGE = dayNumber('2014-04-22')

/**
 * Simulates the children of one council who enter care between two days:
 * their ages, plans, court stages, matches, placements, adoptions (some by
 * foster carers, some sibling groups), special guardianship, returns home and
 * reversed decisions, at the council's own pace. Deterministic for a seed.
 */
export function simulateCouncil(profile: CouncilProfile, seed: number, from: number, to: number, horizon: number): LivedChild[] {
  const r = new Random(seedFor(seed, `children:${profile.council.code}`))
  const children: LivedChild[] = []
  let serial = 0
  const nextId = () => `${profile.council.code}${String(++serial).padStart(6, '0')}`
  const perDay = profile.entriesPerYear / 365.25
  for (let day = from; day <= to; day++) {
    // Entries spread evenly with a little noise: a Bernoulli draw per day and child-slot.
    let n = Math.floor(perDay)
    if (r.chance(perDay - n)) n++
    for (let k = 0; k < n; k++) {
      for (const child of liveOneChild(profile, r, day, horizon, nextId)) {
        child.episodes = timelines.get(child)!.flatMap((t) => t.episodes(horizon))
        children.push(child)
      }
    }
  }
  return children
}

function ethnicityOf(profile: CouncilProfile, r: Random): string {
  return r.chance(profile.ethnicMinorityShare) ? r.weighted(MINORITY) : r.weighted(WHITE)
}

function ageAtEntryDays(r: Random): number {
  const band = r.weighted([[0, 28], [1, 20], [5, 17], [10, 28], [16, 7]] as const)
  switch (band) {
    case 0: return r.int(0, 364)
    case 1: return r.int(365, 5 * 365)
    case 5: return r.int(5 * 365 + 2, 10 * 365)
    case 10: return r.int(10 * 365 + 3, 16 * 365)
    default: return r.int(16 * 365 + 5, 17 * 365 + 300)
  }
}

/** Slower councils take longer at each stage; every council gets a little quicker after 2011. */
function pace(profile: CouncilProfile, day: number): number {
  const year = Number(fromDayNumber(day).slice(0, 4))
  return Math.max(0.55, 1 - profile.yearlyImprovement * Math.max(0, year - 2011))
}

function liveOneChild(profile: CouncilProfile, r: Random, entry: number, horizon: number, nextId: () => string): LivedChild[] {
  const ageDays = ageAtEntryDays(r)
  const birth = entry - ageDays
  const ageYears = ageDays / 365.25
  const adoptionChance = (ageYears < 1 ? 0.34 : ageYears < 5 ? 0.16 : ageYears < 8 ? 0.04 : 0) * profile.adoptionPropensity
  const child: LivedChild = {
    id: nextId(), sex: r.chance(0.52) ? '1' : '2', birth, ethnicity: ethnicityOf(profile, r),
    episodes: [], decision: null, adoption: null,
  }
  timelines.set(child, [])
  const eighteen = birth + Math.round(18 * 365.25)
  if (r.chance(Math.min(0.9, adoptionChance))) {
    const siblings = r.chance(0.18) ? 1 : 0
    const lives = adoptionJourney(profile, r, child, entry, horizon, siblings > 0)
    const family = [lives]
    for (let s = 0; s < siblings; s++) {
      // A brother or sister who came into care the same day and is placed with the child.
      const older = Math.min(birth - r.int(300, 1500), entry - 1)
      const sibling = { ...lives, id: nextId(), sex: r.chance(0.5) ? '1' : '2', birth: older }
      timelines.set(sibling, timelines.get(lives)!)
      family.push(sibling)
    }
    return family
  }
  const t = new CareTimeline(entry, r.chance(ageYears < 10 ? 0.45 : 0.2) ? 'C1' : 'V2', ageYears > 12 && r.chance(0.3) ? 'K2' : r.pick(['U6', 'U6', 'U3', 'U4']))
  timelines.get(child)!.push(t)
  const path = r.weighted([
    ['home', 50], ['sgo', ageYears < 12 ? 10 : 2], ['cao', 4], ['long', ageYears > 8 ? 22 : 12], ['short', ageYears > 10 ? 20 : 6],
  ] as const)
  const moves = (until: number) => {
    let day = t.current.day
    const count = r.int(0, 2)
    for (let m = 0; m < count; m++) {
      day += r.int(20, 300)
      if (day >= until) break
      t.change(day, { placement: r.pick(['U6', 'U4', 'U3', 'K2']) })
    }
  }
  switch (path) {
    case 'home': {
      const end = entry + Math.round(r.logNormal(200, 0.9))
      moves(end)
      t.close(Math.min(end, eighteen), r.chance(0.8) ? 'E4A' : 'E13')
      break
    }
    case 'sgo':
    case 'cao': {
      const orders = entry + r.int(30, 120)
      if (t.current.legalStatus !== 'C1') t.change(orders, { legalStatus: 'C1' })
      const end = entry + Math.round(r.logNormal(420 * profile.courtPace, 0.35))
      moves(end)
      const toFosterCarers = r.chance(0.3)
      const reason = path === 'sgo'
        ? (end < SGO_CHANGE ? (toFosterCarers ? 'E43' : 'E44') : (toFosterCarers ? 'E45' : 'E46'))
        : (end < CAO_CHANGE ? 'E41' : (toFosterCarers ? 'E47' : 'E48'))
      t.close(Math.min(end, eighteen - 1), reason)
      break
    }
    case 'long': {
      t.change(entry + r.int(60, 200), { legalStatus: 'C2' })
      moves(eighteen)
      if (r.chance(0.25)) t.close(entry + Math.round(r.logNormal(900, 0.6)), 'E8')
      else t.close(eighteen, r.chance(0.2) ? 'E17' : 'E8')
      break
    }
    default: {
      const end = entry + Math.round(r.logNormal(45, 1))
      t.close(Math.min(end, eighteen), r.pick(['E4A', 'E4A', 'E13', 'E5', 'E8']))
    }
  }
  if (t.lastDay > eighteen) t.close(eighteen, 'E8')
  void horizon
  return [child]
}

type Change = { legalStatus?: string; placement?: string; sameCarers?: boolean }

/**
 * Children who are harder to place wait longer for a match: older children,
 * sibling groups and children from ethnic minority backgrounds (ALB data: a
 * child of 5 or over takes about 2.5 times as long to match).
 */
function matchingDifficulty(child: LivedChild, entry: number, withSiblings: boolean): number {
  const age = (entry - child.birth) / 365.25
  const minority = !['WBRI', 'WIRI', 'WOTH', 'NOBT'].includes(child.ethnicity)
  return (age >= 5 ? 2.2 : age >= 1 ? 1.3 : 1) * (withSiblings ? 1.25 : 1) * (minority ? 1.35 : 1)
}

function adoptionJourney(profile: CouncilProfile, r: Random, child: LivedChild, entry: number, horizon: number, withSiblings: boolean): LivedChild {
  const p = pace(profile, entry)
  const fosterAdoption = r.chance(profile.fosterCarerAdoptions)
  const consent = !fosterAdoption && r.chance(0.07)
  const startsInProceedings = !consent && r.chance(0.55)
  const t = new CareTimeline(entry, startsInProceedings ? 'C1' : 'V2', r.chance(0.15) ? 'U3' : 'U6')
  timelines.get(child)!.push(t)
  const plan: [number, Change][] = []
  const proceedings = startsInProceedings ? entry : entry + r.int(10, 120)
  if (!consent && !startsInProceedings) plan.push([proceedings, { legalStatus: 'C1' }])
  const decision = proceedings + Math.max(30, Math.round(r.logNormal(210 * profile.courtPace * p, 0.35)))
  const order = decision + Math.max(14, Math.round(r.logNormal(75 * profile.courtPace * p, 0.5)))
  const apply = () => {
    plan.sort((a, b) => a[0] - b[0])
    for (const [day, change] of plan) t.change(day, change)
  }

  if (r.chance(0.1)) {
    // The decision is reversed: the court makes no placement order, or no family is found.
    const noOrder = consent || r.chance(0.3)
    const reversal = noOrder ? decision + r.int(30, 200) : order + r.int(90, 600)
    if (!noOrder) plan.push([order, { legalStatus: 'E1' }])
    if (r.chance(0.5)) plan.push([entry + r.int(20, Math.max(21, decision - entry)), { placement: r.pick(['U6', 'U4']) }])
    plan.push([reversal + r.int(1, 60), { legalStatus: 'C2', placement: 'U4' }])
    apply()
    child.decision = reversal <= horizon
      ? { date: decision, ceased: reversal, reason: noOrder && !consent ? 'RD2' : r.pick(['RD1', 'RD3', 'RD4']) }
      : { date: decision, ceased: null, reason: '' }
    const end = reversal + Math.round(r.logNormal(300, 0.6))
    const eighteen = child.birth + Math.round(18 * 365.25)
    if (r.chance(0.5)) t.close(end, end < SGO_CHANGE ? 'E44' : 'E46')
    else t.close(Math.min(eighteen, end + 2000), 'E8')
    return child
  }

  const matchedEarly = !consent && r.chance(0.1)
  const authority = consent ? decision : order
  const match = matchedEarly
    ? decision + r.int(1, Math.max(1, order - decision - 1))
    : authority + Math.max(5, Math.round(r.logNormal(140 * profile.matchingPace * p * matchingDifficulty(child, entry, withSiblings), 0.65)))
  let placed = match + r.int(7, 45)
  if (!consent && placed <= order) placed = order + r.int(1, 20)
  if (!consent) plan.push([order, { legalStatus: 'E1' }])
  if (fosterAdoption) {
    // The carers who adopt became the child's foster carers before the match; the child stays with them.
    const fosterStart = entry + r.int(0, Math.max(0, match - entry - 1))
    if (fosterStart > entry) plan.push([fosterStart, { placement: r.pick(['U5', 'U4', 'U6']) }])
    plan.push([placed, { placement: consent ? 'A3' : 'A5', sameCarers: true }])
  } else {
    if (r.chance(0.5)) plan.push([entry + r.int(20, Math.max(21, match - entry - 1)), { placement: r.pick(['U6', 'U4']) }])
    plan.push([placed, { placement: consent ? 'A4' : 'A6' }])
  }
  apply()
  const adopted = placed + Math.max(70, Math.round(r.logNormal(190, 0.4)))
  const reason = r.chance(0.6) ? 'E11' : 'E12'
  t.close(adopted, reason)
  const couple = r.chance(0.85)
  child.decision = { date: decision, ceased: adopted <= horizon ? adopted : null, reason: adopted <= horizon ? reason : '' }
  child.adoption = {
    decision, match, byFosterCarers: fosterAdoption,
    adopterCount: couple ? '2' : '1',
    adopterSex: couple ? r.weighted([['MF', 88], ['FF', 6], ['MM', 6]] as const) : r.weighted([['F1', 85], ['M1', 15]] as const),
    adopterLegalStatus: couple ? r.weighted([['L11', 70], ['L3', 20], ['L2', 10]] as const) : 'L0',
  }
  return child
}

