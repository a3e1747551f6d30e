import { addMonths, dayNumber, fromDayNumber } from '../domain/calendarDate.js'
import type { Council } from '../domain/council.js'
import { editionFor } from '../ssda903/editions/edition.js'
import { FIRST_COLLECTION_YEAR, LAST_COLLECTION_YEAR } from '../ssda903/rules/rule.js'
import type { LivedChild } from './childLives.js'
import { Random, seedFor } from './random.js'

/**
 * What a council's case record holds about a child besides the journey itself: the items of the return that the
 * scorecard does not score but the Department's rules check. Codes are the latest editions' (U1-U6, E45-E48, ...);
 * the return writer turns them into each year's.
 */
export interface CaseRecord {
  /** The child's UPN once known, or UN5 for a child who has none. */
  upn: string
  /** The first collection year whose return holds the UPN; before it the child is not of school age (UN1). */
  upnFrom: number
  /** A collection year at whose end the child was newly looked after and the UPN not yet known (UN3). */
  upnPending: number | null
  /** Birth of the child's own first child (a girl who became a mother while looked after). */
  motherChildBirth: number | null
  /** Postcode of the home the child was living in when they came into care. */
  homePostcode: string
  /** One per lived episode, in the same order. */
  episodes: EpisodeRecord[]
}

export interface EpisodeRecord {
  /**
   * RNE as recorded: an episode under a freeing order that begins once placement orders have replaced them is recorded
   * as a change of legal status too (B for P, U for T).
   */
  reasonNewEpisode: string
  /**
   * LS as recorded: the court's authority to place is a freeing order (D1) in episodes that began before placement
   * orders (E1) replaced them on 30 December 2005 (rules 445, 446).
   */
  legalStatus: string
  /** PLACE as recorded: A3/A4 for a child placed for adoption under a freeing order (rule 408). */
  placement: string
  categoryOfNeed: string
  provider: string
  placementPostcode: string
  /** Ofsted URN of the provider; '' for placements without one and for placements begun before URNs were returned. */
  urn: string
  /** REASON_PLACE_CHANGE, for an episode that ends because the placement changes. */
  reasonPlaceChange: string
}

/** Placement orders replaced freeing orders on 30 December 2005 (Adoption and Children Act 2002). */
const PLACEMENT_ORDERS_FROM = dayNumber('2005-12-30')

/** Postcode areas of each region (the letters before the district number). */
const POSTCODE_AREAS: Readonly<Record<string, readonly string[]>> = {
  'North East': ['NE', 'SR', 'DH', 'TS', 'DL'],
  'North West': ['M', 'L', 'WA', 'WN', 'BL', 'OL', 'SK', 'PR', 'BB', 'FY', 'LA', 'CA', 'CH', 'CW'],
  'Yorkshire and the Humber': ['LS', 'BD', 'HX', 'HD', 'WF', 'S', 'DN', 'HU', 'YO'],
  'East Midlands': ['NG', 'LE', 'DE', 'LN', 'NN'],
  'West Midlands': ['B', 'CV', 'WV', 'WS', 'DY', 'ST', 'TF', 'WR', 'HR'],
  'East of England': ['CB', 'IP', 'NR', 'CO', 'CM', 'SS', 'AL', 'SG', 'LU', 'PE'],
  'Inner London': ['E', 'N', 'NW', 'SE', 'SW', 'W'],
  'Outer London': ['BR', 'CR', 'DA', 'EN', 'HA', 'IG', 'KT', 'RM', 'SM', 'TW', 'UB'],
  'South East': ['RG', 'GU', 'SO', 'PO', 'BN', 'TN', 'ME', 'CT', 'OX', 'MK', 'HP', 'SL', 'RH'],
  'South West': ['BS', 'BA', 'EX', 'PL', 'TQ', 'TR', 'TA', 'GL', 'SN', 'SP', 'BH', 'DT'],
}
/** Letters of the inward code's unit (never C, I, K, M, O or V). */
const UNIT_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ'
/** Check letters of a UPN, by the remainder of its weighted digit sum over 23 (never I, O or S). */
const UPN_CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ'

/** Foster placements with relatives or friends. */
const WITH_RELATIVES = new Set(['U1', 'U2', 'U3'])

/** Categories of need, by weight: abuse or neglect the most common (N1 to N8). */
const NEED_YOUNG = [
  ['N1', 70],
  ['N2', 2],
  ['N3', 4],
  ['N4', 8],
  ['N5', 12],
  ['N6', 0.5],
  ['N7', 0.2],
  ['N8', 3],
] as const
const NEED_OLDER = [
  ['N1', 48],
  ['N2', 5],
  ['N3', 3],
  ['N4', 9],
  ['N5', 16],
  ['N6', 5],
  ['N7', 0.3],
  ['N8', 14],
] as const
const NEED_ADOPTION = [
  ['N1', 86],
  ['N3', 3],
  ['N4', 3],
  ['N5', 8],
] as const
/** Reasons a placement with new carers began, by weight (CHILD only for children of 11 or more; never CUSTOD). */
const MOVE_REASONS = [
  ['CARPL', 40],
  ['LAREQ', 12],
  ['CREQB', 9],
  ['CREQO', 9],
  ['OTHER', 8],
  ['CHILD', 6],
  ['CLOSE', 5],
  ['STAND', 4],
  ['ALLEG', 2],
  ['APPRR', 2],
] as const

interface Provision {
  urn: string
  provider: string
}
interface Home extends Provision {
  postcode: string
}

/** The placements a council uses: its own services, other providers, and where they are. */
interface Places {
  areas: readonly string[]
  regionAreas: readonly string[]
  fostering: Provision
  adoption: Provision
  otherCouncilAdoption: readonly Provision[]
  agencies: readonly Provision[]
  voluntaryAdoption: readonly Provision[]
  homes: readonly Home[]
}

const day = (d: string): number => dayNumber(d)
const yearsAfter = (birth: number, years: number): number =>
  dayNumber(addMonths(fromDayNumber(birth), Math.round(years * 12)))
/** The collection year a day falls in (named by the year of its 31 March). */
const collectionYearOf = (d: number): number => {
  const [y, m] = fromDayNumber(d).split('-').map(Number) as [number, number]
  return m >= 4 ? y + 1 : y
}

/** The first day for which a column is returned: 1 April of the first edition that has it. */
function firstDayOfColumn(table: 'Episodes', column: string): number {
  for (let y = FIRST_COLLECTION_YEAR; y <= LAST_COLLECTION_YEAR; y++) {
    if (editionFor(y).columns(table).includes(column)) return day(`${y - 1}-04-01`)
  }
  return Infinity
}

/** A postcode in one of the areas: area, district, space, sector and unit ("LE3 9QT"). */
export function postcode(r: Random, areas: readonly string[]): string {
  const unit = () => UNIT_LETTERS[r.int(0, UNIT_LETTERS.length - 1)]!
  return `${r.pick(areas)}${r.int(1, 8)} ${r.int(0, 9)}${unit()}${unit()}`
}

/** A UPN: its check letter, then the council (3 digits), school (4), year allocated (2) and serial (3). */
export function upn(digits: string): string {
  let sum = 0
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (i + 2)
  return `${UPN_CHECK_LETTERS[sum % 23]!}${digits}`
}

function placesOf(council: Council, seed: number): Places {
  const r = new Random(seedFor(seed, `places:${council.code}`))
  const regionAreas = POSTCODE_AREAS[council.region] ?? POSTCODE_AREAS['South East']!
  const areas = [r.pick(regionAreas), r.pick(regionAreas)]
  const used = new Set<string>()
  const urn = (digits: 6 | 7): string => {
    for (;;) {
      const u = digits === 6 ? String(r.int(100000, 999999)) : String(r.int(1000000, 2999999))
      if (!used.has(u)) return (used.add(u), u)
    }
  }
  const provision = (provider: string, digits: 6 | 7 = 6): Provision => ({ urn: urn(digits), provider })
  const home = (provider: string): Home => ({
    ...provision(provider, r.chance(0.5) ? 6 : 7),
    postcode: postcode(r, r.chance(0.7) ? areas : regionAreas),
  })
  return {
    areas,
    regionAreas,
    fostering: provision('PR1'),
    adoption: provision('PR1'),
    otherCouncilAdoption: [provision('PR2'), provision('PR2'), provision('PR2')],
    agencies: [...[1, 2, 3, 4, 5].map(() => provision('PR4')), provision('PR5'), provision('PR5')],
    voluntaryAdoption: [provision('PR5'), provision('PR5'), provision('PR5')],
    homes: [
      ...[1, 2, 3].map(() => home('PR1')),
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(() => home('PR4')),
      home('PR5'),
      home('PR5'),
    ],
  }
}

/**
 * Fills in each child's case record: the UPN and when it became known, motherhood, the home postcode, and for each
 * episode the category of need, provider, placement postcode, Ofsted URN and reason for a change of placement.
 * Brothers and sisters placed together share their placements. Deterministic for a seed; draws nothing from the
 * journeys' own stream, so the journeys are the same with or without it.
 */
export function recordChildren(children: readonly LivedChild[], council: Council, seed: number): void {
  const places = placesOf(council, seed)
  const urnFrom = firstDayOfColumn('Episodes', 'URN')
  const families = new Map<string, { home: string; episodes: EpisodeRecord[] }>()
  for (const child of children) {
    // Brothers and sisters share their placements, unless one left care apart (at 18).
    const last = child.episodes[child.episodes.length - 1]
    const key = `${child.family}/${child.episodes.length}/${last?.end ?? ''}/${last?.reasonEnded ?? ''}`
    let family = families.get(key)
    if (!family) {
      family = familyRecord(child, places, urnFrom, seed)
      families.set(key, family)
    }
    const r = new Random(seedFor(seed, `record:${child.id}`))
    const entry = child.episodes[0]?.start ?? child.birth
    const { upn: code, upnFrom, upnPending } = pupilNumber(child, council, entry, r)
    child.record = {
      upn: code,
      upnFrom,
      upnPending,
      motherChildBirth: child.sex === 'female' ? motherhood(child, r) : null,
      homePostcode: family.home,
      episodes: family.episodes.map((e) => ({ ...e })),
    }
  }
}

/** The UPN, once the child reaches school (reception begins the September after the fourth birthday). */
function pupilNumber(
  child: LivedChild,
  council: Council,
  entry: number,
  r: Random,
): { upn: string; upnFrom: number; upnPending: number | null } {
  const fourth = fromDayNumber(yearsAfter(child.birth, 4))
  const [y4, m4] = fourth.split('-').map(Number) as [number, number]
  const reception = m4 <= 8 ? y4 : y4 + 1
  // Some children have a UPN from nursery, a year before school.
  const upnFrom = reception + 1 - (r.chance(0.15) ? 1 : 0)
  // The school and serial are a one-to-one mix of the child's serial, so no two children share a UPN (rule 444).
  const serial = /^\d+$/.test(child.id) ? Number(child.id.slice(3)) : seedFor(0, child.id) >>> 8
  const mixed = (serial * 7919 + 12345) % 6000000
  const school = 2000 + Math.floor(mixed / 1000)
  const allocated = String(reception % 100).padStart(2, '0')
  const digits = `${council.code}${school}${allocated}${String(mixed % 1000).padStart(3, '0')}`
  const ageAtEntry = (entry - child.birth) / 365.25
  const none = ageAtEntry >= 16 && r.chance(0.05)
  // A child of school age who came into care in the last three weeks of a year: the UPN is not known by 31 March.
  const year = collectionYearOf(entry)
  const lastWeeks = entry >= day(`${year}-03-11`)
  const upnPending = !none && year >= upnFrom && lastWeeks && r.chance(0.5) ? year : null
  return { upn: none ? 'UN5' : upn(digits), upnFrom, upnPending }
}

/** A few girls of 15 to 17 have a baby while looked after. */
function motherhood(child: LivedChild, r: Random): number | null {
  if (!r.chance(0.05)) return null
  const first = child.episodes[0]
  const last = child.episodes[child.episodes.length - 1]
  if (!first || !last || last.end === null) return null
  const from = Math.max(first.start, yearsAfter(child.birth, 15))
  const to = Math.min(last.end, yearsAfter(child.birth, 18) - 1)
  if (to - from < 60) return null
  const birth = r.int(from + 30, to)
  // The baby is born before the last episode of that year's return ends (rule 625).
  const year = collectionYearOf(birth)
  const yearStart = day(`${year - 1}-04-01`)
  const yearEnd = day(`${year}-03-31`)
  const ends = child.episodes.filter((e) => e.end !== null && e.end >= yearStart && e.end <= yearEnd)
  const latest = Math.max(...ends.map((e) => e.end!))
  return ends.length > 0 && birth > latest ? null : birth
}

/** The placements of a child (and of the brothers and sisters placed with them), and their category of need. */
function familyRecord(
  child: LivedChild,
  places: Places,
  urnFrom: number,
  seed: number,
): { home: string; episodes: EpisodeRecord[] } {
  const r = new Random(seedFor(seed, `placements:${child.family}`))
  const home = postcode(r, places.areas)
  const entry = child.episodes[0]?.start ?? child.birth
  const ageAtEntry = (entry - child.birth) / 365.25
  const need = r.weighted(child.decision ? NEED_ADOPTION : ageAtEntry < 10 ? NEED_YOUNG : NEED_OLDER)
  const out: EpisodeRecord[] = []
  const episodes = child.episodes
  for (let i = 0; i < episodes.length; i++) {
    const e = episodes[i]!
    const prev = out[i - 1]
    const freed = e.legalStatus === 'E1' && e.start < PLACEMENT_ORDERS_FROM
    const legalStatus = freed ? 'D1' : e.legalStatus
    const placement = freed && e.placement === 'A5' ? 'A3' : freed && e.placement === 'A6' ? 'A4' : e.placement
    const fromFreeing = prev?.legalStatus === 'D1' && legalStatus === 'E1'
    const reasonNewEpisode =
      fromFreeing && e.reasonNewEpisode === 'P'
        ? 'B'
        : fromFreeing && e.reasonNewEpisode === 'T'
          ? 'U'
          : e.reasonNewEpisode
    const sameCarers = prev !== undefined && ['L', 'T', 'U'].includes(e.reasonNewEpisode)
    let provision: Provision
    let placementPostcode: string
    if (prev && e.reasonNewEpisode === 'L') {
      provision = { urn: prev.urn, provider: prev.provider }
      placementPostcode = prev.placementPostcode
    } else if (prev && sameCarers) {
      // The same carers in a new kind of placement: foster carers who go on to adopt the child.
      provision = placement.startsWith('A')
        ? prev.provider === 'PR1'
          ? places.adoption
          : r.pick(places.voluntaryAdoption)
        : { urn: prev.urn, provider: prev.provider }
      placementPostcode = prev.placementPostcode
    } else {
      const newPlace = placeFor(placement, places, r, [home, prev?.placementPostcode ?? ''])
      provision = newPlace.provision
      placementPostcode = newPlace.postcode ?? postcodeOtherThan(r, places, [home, prev?.placementPostcode ?? ''])
    }
    const started = e.reasonNewEpisode === 'L' && prev ? (prev.urn === '' ? -Infinity : e.start) : e.start
    const urn = started < urnFrom || provision.urn === '' ? '' : provision.urn
    out.push({
      reasonNewEpisode,
      legalStatus,
      placement,
      categoryOfNeed: need,
      provider: provision.provider,
      placementPostcode: placement === 'P1' ? home : placementPostcode,
      urn,
      reasonPlaceChange: '',
    })
  }
  // The reason a placement ended, on the episode it ended (rule 225); not when only the legal status changed.
  for (let i = 0; i + 1 < episodes.length; i++) {
    const [e, next] = [episodes[i]!, episodes[i + 1]!]
    const change = out[i + 1]!.reasonNewEpisode
    if (e.end === null || e.reasonEnded !== 'X1' || !['P', 'B', 'T', 'U'].includes(change)) continue
    const older = (e.end - child.birth) / 365.25 >= 11
    out[i]!.reasonPlaceChange =
      change === 'T' || change === 'U'
        ? 'PLACE'
        : next.placement.startsWith('A') || next.legalStatus !== e.legalStatus
          ? 'CARPL'
          : r.weighted(MOVE_REASONS.filter(([code]) => older || code !== 'CHILD'))
  }
  return { home, episodes: out }
}

/** A placement with new carers: its provider and, for a children's home, where it is. */
function placeFor(
  placement: string,
  places: Places,
  r: Random,
  notAt: readonly string[],
): { provision: Provision; postcode?: string } {
  if (placement === 'P1') return { provision: { urn: '', provider: 'PR0' } }
  if (placement === 'K2') {
    const provider = r.weighted([
      ['PR4', 75],
      ['PR1', 18],
      ['PR5', 7],
    ] as const)
    const homes = places.homes.filter((h) => h.provider === provider && !notAt.includes(h.postcode))
    const home = r.pick(homes)
    return { provision: home, postcode: home.postcode }
  }
  if (placement.startsWith('U')) {
    const own = r.chance(WITH_RELATIVES.has(placement) ? 0.95 : 0.62)
    return { provision: own ? places.fostering : r.pick(places.agencies) }
  }
  if (placement.startsWith('A')) {
    const kind = r.weighted([
      ['own', 70],
      ['other council', 10],
      ['voluntary', 20],
    ] as const)
    return {
      provision:
        kind === 'own'
          ? places.adoption
          : kind === 'voluntary'
            ? r.pick(places.voluntaryAdoption)
            : r.pick(places.otherCouncilAdoption),
    }
  }
  throw new Error(`no provider known for placement ${placement}`)
}

/** A carers' postcode: mostly in the council's own areas, some out of area; never one of those given. */
function postcodeOtherThan(r: Random, places: Places, not: readonly string[]): string {
  for (;;) {
    const p = postcode(r, r.chance(0.8) ? places.areas : places.regionAreas)
    if (!not.includes(p)) return p
  }
}
