import type { Journey } from '../domain/journey.js'

/**
 * A council's journeys as compact text, to keep beside its returns in the store so a server starting up does not
 * read every return again: one array of values per journey in the order of FIELDS (the journey builder's order, no
 * names repeated), the council once. Decoding gives back journeys equal to those encoded.
 */
const FIELDS = [
  'child',
  'birth',
  'sex',
  'ethnicity',
  'ethnicMinority',
  'enteredCare',
  'enteredCareKnown',
  'careProceedingsStart',
  'decisionToPlace',
  'decisionReversed',
  'placementOrder',
  'match',
  'placedForAdoption',
  'movedInWithAdopters',
  'byFosterCarers',
  'ended',
  'reasonEnded',
  'outcome',
  'careProceedingsEnd',
] as const satisfies readonly Exclude<keyof Journey, 'council'>[]

/** Changes whenever FIELDS or the meaning of a field changes: text encoded otherwise is not read. */
export const JOURNEY_ENCODING = `journeys/1/${FIELDS.join(',')}`

// Every field of a journey but its council is encoded: the compiler says so if a field is added.
type Missing = Exclude<keyof Journey, 'council' | (typeof FIELDS)[number]>
const everyField: Missing extends never ? true : Missing = true
void everyField

export function encodeJourneys(council: string, journeys: readonly Journey[]): string {
  return JSON.stringify({ encoding: JOURNEY_ENCODING, council, journeys: journeys.map((j) => FIELDS.map((f) => j[f])) })
}

/** The journeys encoded, or null when the text was encoded another way (or is not an encoding at all). */
export function decodeJourneys(text: string): Journey[] | null {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return null
  }
  const p = parsed as { encoding?: unknown; council?: unknown; journeys?: unknown }
  if (p.encoding !== JOURNEY_ENCODING || typeof p.council !== 'string' || !Array.isArray(p.journeys)) return null
  const council = p.council
  return (p.journeys as unknown[][]).map((values) => {
    const j: Record<string, unknown> = { council }
    for (let i = 0; i < FIELDS.length; i++) j[FIELDS[i]!] = values[i]
    return j as unknown as Journey
  })
}
