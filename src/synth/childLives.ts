import { addMonths, dayNumber, fromDayNumber } from '../domain/calendarDate.js'
import { CareTimeline, type LivedEpisode } from './careTimeline.js'

export type { LivedEpisode }
import type { CouncilProfile } from './councilProfile.js'
import { Random, seedFor } from './random.js'
import { recordChildren, type CaseRecord } from './caseRecord.js'

/** Everything that happened to one synthetic child, before it is cut into yearly returns. */
export interface LivedChild {
  id: string
  sex: 'male' | 'female'
  birth: number
  ethnicity: string
  /** For a brother or sister placed with the child who came into care first: that child's id. */
  family: string
  /** Every episode, in order, as lived up to the simulation's horizon. */
  episodes: LivedEpisode[]
  /**
   * Decision that the child should be placed for adoption, and when and why it was reversed (RD1-RD4); an adopted
   * child's decision is never reversed.
   */
  decision: { date: number; ceased: number | null; reason: string } | null
  adoption: {
    decision: number
    match: number
    byFosterCarers: boolean
    adopterCount: string
    adopterSex: string
    adopterLegalStatus: string
  } | null
  /** What the council's case record holds besides the journey (UPN, mother, postcodes, providers). */
  record: CaseRecord
}

const WHITE = [
  ['WBRI', 90],
  ['WIRI', 2],
  ['WOTH', 8],
] as const
const MINORITY = [
  ['MWBC', 12],
  ['MWBA', 5],
  ['MWAS', 6],
  ['MOTH', 10],
  ['AIND', 4],
  ['APKN', 8],
  ['ABAN', 4],
  ['AOTH', 5],
  ['BCRB', 10],
  ['BAFR', 14],
  ['BOTH', 6],
  ['CHNE', 1],
  ['OOTH', 6],
  ['WIRT', 2],
  ['WROM', 3],
  ['NOBT', 4],
] as const

/** Filled in once every child of the council has been simulated. */
const EMPTY_RECORD: CaseRecord = {
  upn: '',
  upnFrom: 0,
  upnPending: null,
  motherChildBirth: null,
  homePostcode: '',
  episodes: [],
}

/** The timelines of the children being simulated, until their episodes are cut. */
const timelines = new WeakMap<LivedChild, CareTimeline[]>()

/**
 * Codes of the latest editions for how a period of care ended (REC) and where a child was placed (PLACE): the return
 * writer turns them into each year's codes. Special guardianship: E45/E46 to former foster carers who are relatives or
 * friends / who are not, E47/E48 to other carers who are relatives or friends / who are not. E41: residence order, and
 * from 22 April 2014 a child arrangements order.
 */
const SGO = { fosterRelative: 'E45', fosterOther: 'E46', relative: 'E47', other: 'E48' } as const
/** Foster placements with relatives or friends (U1-U3); U4-U6 are with other foster carers. */
const WITH_RELATIVES = new Set(['U1', 'U2', 'U3'])

/** Same-sex couples could marry from 29 March 2014; different-sex couples form civil partnerships from 31 Dec 2019. */
const SAME_SEX_MARRIAGE = dayNumber('2014-03-29')
const MIXED_CIVIL_PARTNERSHIP = dayNumber('2019-12-31')
const CIVIL_PARTNERSHIP = dayNumber('2005-12-05')

/**
 * Simulates the children of one council who enter care between two days:
 * their ages, plans, court stages, matches, placements, adoptions (some by
 * foster carers, some sibling groups), special guardianship, returns home and
 * reversed decisions, at the council's own pace. Deterministic for a seed.
 */
export function simulateCouncil(
  profile: CouncilProfile,
  seed: number,
  from: number,
  to: number,
  horizon: number,
): LivedChild[] {
  const r = new Random(seedFor(seed, `children:${profile.council.code}`))
  // Draws added after the journeys were first simulated come from their own stream, so the journeys do not move.
  const more = new Random(seedFor(seed, `choices:${profile.council.code}`))
  const children: LivedChild[] = []
  let serial = 0
  const nextId = () => `${profile.council.code}${String(++serial).padStart(6, '0')}`
  const perDay = profile.entriesPerYear / 365.25
  for (let day = from; day <= to; day++) {
    // Entries spread evenly with a little noise: a Bernoulli draw per day and child-slot.
    let n = Math.floor(perDay)
    if (r.chance(perDay - n)) n++
    for (let k = 0; k < n; k++) {
      for (const child of liveOneChild(profile, r, more, day, horizon, nextId)) {
        child.episodes = timelines.get(child)!.flatMap((t) => t.episodes(horizon))
        children.push(child)
      }
    }
  }
  recordChildren(children, profile.council, seed)
  return children
}

function ethnicityOf(profile: CouncilProfile, r: Random): string {
  return r.chance(profile.ethnicMinorityShare) ? r.weighted(MINORITY) : r.weighted(WHITE)
}

function ageAtEntryDays(r: Random): number {
  const band = r.weighted([
    [0, 28],
    [1, 20],
    [5, 17],
    [10, 28],
    [16, 7],
  ] as const)
  switch (band) {
    case 0:
      return r.int(0, 364)
    case 1:
      return r.int(365, 5 * 365)
    case 5:
      return r.int(5 * 365 + 2, 10 * 365)
    case 10:
      return r.int(10 * 365 + 3, 16 * 365)
    default:
      return r.int(16 * 365 + 5, 17 * 365 + 300)
  }
}

/** Slower councils take longer at each stage; every council gets a little quicker after 2011. */
function pace(profile: CouncilProfile, day: number): number {
  const year = Number(fromDayNumber(day).slice(0, 4))
  return Math.max(0.55, 1 - profile.yearlyImprovement * Math.max(0, year - 2011))
}

function liveOneChild(
  profile: CouncilProfile,
  r: Random,
  more: Random,
  entry: number,
  horizon: number,
  nextId: () => string,
): LivedChild[] {
  const ageDays = ageAtEntryDays(r)
  const birth = entry - ageDays
  const ageYears = ageDays / 365.25
  const adoptionChance =
    (ageYears < 1 ? 0.34 : ageYears < 5 ? 0.16 : ageYears < 8 ? 0.04 : 0) * profile.adoptionPropensity
  const id = nextId()
  const child: LivedChild = {
    id,
    sex: r.chance(0.52) ? 'male' : 'female',
    birth,
    ethnicity: ethnicityOf(profile, r),
    family: id,
    episodes: [],
    decision: null,
    adoption: null,
    record: EMPTY_RECORD,
  }
  timelines.set(child, [])
  const eighteen = birth + Math.round(18 * 365.25)
  if (r.chance(Math.min(0.9, adoptionChance))) {
    const siblings = r.chance(0.18) ? 1 : 0
    const lives = adoptionJourney(profile, r, more, child, entry, horizon, siblings > 0)
    const family = [lives]
    for (let s = 0; s < siblings; s++) {
      // A brother or sister who came into care the same day and is placed with the child.
      const older = Math.min(birth - r.int(300, 1500), entry - 1)
      const sibling: LivedChild = { ...lives, id: nextId(), sex: r.chance(0.5) ? 'male' : 'female', birth: older }
      // An older brother or sister still looked after at 18, once the decision was reversed, leaves care then (E8).
      const shared = timelines.get(lives)!
      const own = dayBefore18th(older)
      const apart = lives.adoption === null && shared.some((t) => t.lastDay > own)
      timelines.set(sibling, apart ? shared.map((t) => settled(t.copy(), own)) : shared)
      family.push(sibling)
    }
    return family
  }
  const t = new CareTimeline(
    entry,
    r.chance(ageYears < 10 ? 0.45 : 0.2) ? 'C1' : 'V2',
    ageYears > 12 && r.chance(0.3) ? 'K2' : r.pick(['U6', 'U6', 'U3', 'U4']),
  )
  timelines.get(child)!.push(t)
  const path = r.weighted([
    ['home', 50],
    ['sgo', ageYears < 12 ? 10 : 2],
    ['cao', 4],
    ['long', ageYears > 8 ? 22 : 12],
    ['short', ageYears > 10 ? 20 : 6],
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
      // Only a child in foster care can have former foster carers; a child arrangements order is always E41.
      const closed = Math.min(end, eighteen - 1, dayBefore18th(birth))
      const reason = path === 'sgo' ? guardianship(t.placementBefore(closed), toFosterCarers, more) : 'E41'
      t.close(closed, reason)
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
      const closed = Math.min(end, eighteen)
      const reason = r.pick(['E4A', 'E4A', 'E13', 'E5', 'E8'])
      // Supported independent living is for young people of 16 or more (rule 387 says at least 14): others, E8.
      t.close(closed, reason === 'E5' && closed < birth + Math.round(16 * 365.25) ? 'E8' : reason)
    }
  }
  t.settle(eighteen)
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

/** The last day a child is 17 (an order made on the 18th birthday is made for an adult: rule 407). */
function dayBefore18th(birth: number): number {
  return dayNumber(addMonths(fromDayNumber(birth), 18 * 12)) - 1
}

function settled(t: CareTimeline, eighteen: number): CareTimeline {
  t.settle(eighteen)
  return t
}

/** Special guardianship to former foster carers (relatives or not, by the placement), or to other carers. */
function guardianship(placement: string, toFosterCarers: boolean, more: Random): string {
  if (toFosterCarers && placement.startsWith('U'))
    return WITH_RELATIVES.has(placement) ? SGO.fosterRelative : SGO.fosterOther
  return more.chance(0.8) ? SGO.relative : SGO.other
}

function adoptionJourney(
  profile: CouncilProfile,
  r: Random,
  more: Random,
  child: LivedChild,
  entry: number,
  horizon: number,
  withSiblings: boolean,
): LivedChild {
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
    if (r.chance(0.5))
      plan.push([entry + r.int(20, Math.max(21, decision - entry)), { placement: r.pick(['U6', 'U4']) }])
    // The placement order is revoked the day the decision is reversed (rule 553: no placement order stands once the
    // decision is reversed); without an order the care plan changes a little later.
    const lag = r.int(1, 60)
    plan.push([noOrder ? reversal + lag : reversal, { legalStatus: 'C2', placement: 'U4' }])
    apply()
    child.decision =
      reversal <= horizon
        ? { date: decision, ceased: reversal, reason: noOrder && !consent ? 'RD2' : r.pick(['RD1', 'RD3', 'RD4']) }
        : { date: decision, ceased: null, reason: '' }
    const end = reversal + Math.round(r.logNormal(300, 0.6))
    const eighteen = child.birth + Math.round(18 * 365.25)
    if (r.chance(0.5)) t.close(end, guardianship(t.current.placement, false, more))
    else t.close(Math.min(eighteen, end + 2000), 'E8')
    t.settle(eighteen)
    return child
  }

  const matchedEarly = !consent && r.chance(0.1)
  const authority = consent ? decision : order
  const match = matchedEarly
    ? decision + r.int(1, Math.max(1, order - decision - 1))
    : authority +
      Math.max(
        5,
        Math.round(r.logNormal(140 * profile.matchingPace * p * matchingDifficulty(child, entry, withSiblings), 0.65)),
      )
  let placed = match + r.int(7, 45)
  if (!consent && placed <= order) placed = order + r.int(1, 20)
  if (!consent) plan.push([order, { legalStatus: 'E1' }])
  if (fosterAdoption) {
    // The carers who adopt became the child's foster carers before the match; the child stays with them.
    const fosterStart = entry + r.int(0, Math.max(0, match - entry - 1))
    if (fosterStart > entry) plan.push([fosterStart, { placement: r.pick(['U5', 'U4', 'U6']) }])
    plan.push([placed, { placement: consent ? 'A3' : 'A5', sameCarers: true }])
  } else {
    if (r.chance(0.5))
      plan.push([entry + r.int(20, Math.max(21, match - entry - 1)), { placement: r.pick(['U6', 'U4']) }])
    plan.push([placed, { placement: consent ? 'A4' : 'A6' }])
  }
  apply()
  const adopted = placed + Math.max(70, Math.round(r.logNormal(190, 0.4)))
  const reason = r.chance(0.6) ? 'E11' : 'E12'
  t.close(adopted, reason)
  const couple = r.chance(0.85)
  // An adopted child's decision to place stands: it is not reversed (rule 558).
  child.decision = { date: decision, ceased: null, reason: '' }
  const adopterSex = couple
    ? r.weighted([
        ['MF', 88],
        ['FF', 6],
        ['MM', 6],
      ] as const)
    : r.weighted([
        ['F1', 85],
        ['M1', 15],
      ] as const)
  const union = couple
    ? r.weighted([
        ['married', 70],
        ['unmarried', 20],
        ['civil partnership', 10],
      ] as const)
    : 'single'
  child.adoption = {
    decision,
    match,
    byFosterCarers: fosterAdoption,
    adopterCount: couple ? '2' : '1',
    adopterSex,
    adopterLegalStatus: adoptersLegalStatus(union, adopterSex === 'MF', adopted),
  }
  return child
}

/** LS_ADOPTR for a couple's union on the day of the adoption, as the law then allowed it (rules 514-524). */
function adoptersLegalStatus(union: string, mixed: boolean, day: number): string {
  switch (union) {
    case 'single':
      return 'L0'
    case 'married':
      return mixed ? 'L11' : day >= SAME_SEX_MARRIAGE ? 'L12' : day >= CIVIL_PARTNERSHIP ? 'L2' : 'L4'
    case 'unmarried':
      return mixed ? 'L3' : 'L4'
    default:
      return mixed ? (day >= MIXED_CIVIL_PARTNERSHIP ? 'L2' : 'L11') : day >= CIVIL_PARTNERSHIP ? 'L2' : 'L4'
  }
}
