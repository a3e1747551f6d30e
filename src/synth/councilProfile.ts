import type { Council } from '../domain/council.js'
import { Random, seedFor } from './random.js'

/** How one synthetic council behaves: its size and how fast each stage of its adoptions runs. */
export interface CouncilProfile {
  council: Council
  /** Children entering care in a year. */
  entriesPerYear: number
  /** Multiplies court stages (proceedings, placement order). */
  courtPace: number
  /** Multiplies the time from placement order to match. */
  matchingPace: number
  /** Multiplies the chance that a young child's plan is adoption. */
  adoptionPropensity: number
  /** Share of adoptions by the child's foster carers. */
  fosterCarerAdoptions: number
  /** Share of children from ethnic minority backgrounds. */
  ethnicMinorityShare: number
  /** Yearly speed-up of the council's stages after 2011 (the scorecard's push). */
  yearlyImprovement: number
}

const MINORITY_BY_REGION: Record<string, number> = {
  'Inner London': 0.6,
  'Outer London': 0.45,
  'West Midlands': 0.25,
  'East Midlands': 0.15,
  'Yorkshire and the Humber': 0.15,
  'North West': 0.12,
  'East of England': 0.12,
  'South East': 0.1,
  'South West': 0.06,
  'North East': 0.05,
}

const TINY = new Set(['201', '420'])

export function councilProfile(council: Council, seed: number, scale: number): CouncilProfile {
  const r = new Random(seedFor(seed, `profile:${council.code}`))
  const base = TINY.has(council.code) ? r.int(2, 5) : Math.min(900, Math.max(25, Math.round(r.logNormal(170, 0.55))))
  return {
    council,
    entriesPerYear: Math.max(1, Math.round(base * scale)),
    courtPace: r.logNormal(1, 0.22),
    matchingPace: r.logNormal(1, 0.45),
    adoptionPropensity: r.logNormal(1, 0.3),
    fosterCarerAdoptions: 0.04 + r.next() * 0.2,
    ethnicMinorityShare: Math.min(0.85, (MINORITY_BY_REGION[council.region] ?? 0.12) * r.logNormal(1, 0.35)),
    yearlyImprovement: r.next() * 0.08,
  }
}
