import { councilByCode } from '../domain/englishCouncils.js'
import type { Journey } from '../domain/journey.js'
import { parsePeriod } from '../domain/period.js'
import { adoptedChild, adoptedWithin } from '../scorecard/adoptedChildren.js'
import type { NationalScorecard } from '../scorecard/nationalScorecard.js'
import { careProceedingsLength, type ProceedingsLength } from './careProceedings.js'
import { adjustA1, featuresOf, fitCaseMix, type AdjustedA1, type CaseMixModel } from './caseMixModel.js'
import { groupMean, regionGroups, type NeighbourGroups } from './comparableCouncils.js'
import { harderToPlace, siblingGroupMembers, upperQuartile, type HarderToPlace } from './harderToPlace.js'
import { permanence, type Permanence } from './permanence.js'
import { stageDurations, type StageAverage } from './stageDurations.js'

export interface Comparison {
  a1: number | null
  a2: number | null
  /** Councils in the group with a value. */
  councils: number
}

export interface CouncilContext {
  code: string
  stages: StageAverage[]
  proceedings: ProceedingsLength
  harderToPlace: HarderToPlace
  adjusted: AdjustedA1
  permanence: Permanence
  region: Comparison
  neighbours: Comparison
  /** The councils each comparison averages over: the rest of the region, the statistical neighbours. */
  regionGroup: readonly string[]
  neighbourGroup: readonly string[]
}

export interface NationalContext {
  period: string
  model: CaseMixModel | null
  /** Statistical neighbours as loaded, or regions. */
  neighbourSource: 'statistical neighbours' | 'region'
  england: Omit<CouncilContext, 'code' | 'adjusted' | 'region' | 'neighbours' | 'regionGroup' | 'neighbourGroup'>
  councils: Map<string, CouncilContext>
}

/** The story behind each council's numbers for a period. Pure. */
export function nationalContext(
  national: NationalScorecard,
  journeys: ReadonlyMap<string, readonly Journey[]>,
  neighbours?: NeighbourGroups,
): NationalContext {
  const period = parsePeriod(national.period)!
  const a3Months = national.edition.a3Months
  const all = [...journeys.values()].flat()
  const adoptedAll = adoptedWithin(all, period)
  const siblings = siblingGroupMembers(adoptedAll)
  const counted = adoptedAll
    .map((journey) => ({ journey, a1Days: adoptedChild(journey, a3Months).a1Days }))
    .filter((c): c is { journey: Journey; a1Days: number } => c.a1Days !== null)
  const inputs = new Map(
    counted.map((c) => [c.journey, { features: featuresOf(c.journey, siblings.has(c.journey)), days: c.a1Days }]),
  )
  const model = fitCaseMix([...inputs.values()])
  const longWait = upperQuartile(counted.map((c) => c.a1Days))
  const regions = regionGroups(national.councils.map((c) => councilByCode(c.code)))
  const compare = (group: readonly string[]) => compareWithin(national, group)
  const councils = new Map<string, CouncilContext>()
  for (const c of national.councils) {
    const own = journeys.get(c.code) ?? []
    const adopted = adoptedWithin(own, period)
    const mine = counted.filter((x) => x.journey.council === c.code)
    councils.set(c.code, {
      code: c.code,
      stages: stageDurations(adopted),
      proceedings: careProceedingsLength(own, period),
      harderToPlace: harderToPlace(mine, siblings, longWait),
      adjusted: adjustA1(
        model,
        mine.map((x) => inputs.get(x.journey)!),
        national.england.A1.mean,
      ),
      permanence: permanence(own, period),
      region: compare(regions.get(c.code) ?? []),
      neighbours: compare(neighbours?.get(c.code) ?? regions.get(c.code) ?? []),
      regionGroup: regions.get(c.code) ?? [],
      neighbourGroup: neighbours?.get(c.code) ?? regions.get(c.code) ?? [],
    })
  }
  return {
    period: national.period,
    model,
    neighbourSource: neighbours && neighbours.size > 0 ? 'statistical neighbours' : 'region',
    england: {
      stages: stageDurations(adoptedAll),
      proceedings: careProceedingsLength(all, period),
      harderToPlace: harderToPlace(counted, siblings, longWait),
      permanence: permanence(all, period),
    },
    councils,
  }
}

/**
 * The mean A1 and A2 of a group of councils, from the figures of a scorecard: the full one for those who may see every
 * council's figures, the published (suppressed) one for a council user, so a mean never rests on a figure the viewer
 * may not see (a suppressed council is left out, and counted out of "councils averaged").
 */
export function compareWithin(scorecard: NationalScorecard, group: readonly string[]): Comparison {
  const a1 = new Map(scorecard.councils.map((c) => [c.code, c.indicators.A1.value]))
  const a2 = new Map(scorecard.councils.map((c) => [c.code, c.indicators.A2.value]))
  const m1 = groupMean(a1, group)
  const m2 = groupMean(a2, group)
  return { a1: m1.mean, a2: m2.mean, councils: m1.councils }
}
