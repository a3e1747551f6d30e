import { adoptedChild, adoptedWithin } from '../scorecard/adoptedChildren.js'
import { periodStarting, type Period } from '../domain/period.js'
import { costOfDelay, forecastPeriod, recentStageDurations, type PeriodForecast } from '../pipeline/forecast.js'
import { DEFAULT_FLAG_SETTINGS, onTheJourney, type FlagSettings } from '../pipeline/journeyFlags.js'
import { childrenWaiting, editionOf, type ChildrenWaiting } from '../pipeline/childrenWaiting.js'
import type { SettingsRepository } from '../store/settingsRepository.js'
import type { ScorecardService } from './scorecardService.js'

export interface CouncilSettings extends FlagSettings {
  /** Weekly cost of a child in care, in pounds, for the cost of delay. */
  weeklyCostOfCare: number
}

/** A default in line with Leicester's note on the cost of keeping a child in care; each council sets its own. */
export const DEFAULT_SETTINGS: CouncilSettings = { ...DEFAULT_FLAG_SETTINGS, weeklyCostOfCare: 800 }

/** Children waiting now, and where the council is heading. */
export class PipelineService {
  constructor(
    private readonly scorecards: ScorecardService,
    private readonly settingsStore: SettingsRepository,
  ) {}

  async settings(council: string): Promise<CouncilSettings> {
    const stored = await this.settingsStore.all(council)
    const num = (key: keyof CouncilSettings) => {
      const v = Number(stored[key])
      return Number.isFinite(v) && v > 0 ? v : DEFAULT_SETTINGS[key]
    }
    return {
      placedWithoutOrderDays: num('placedWithoutOrderDays'),
      decisionWithoutOrderDays: num('decisionWithoutOrderDays'),
      weeklyCostOfCare: num('weeklyCostOfCare'),
    }
  }

  async saveSettings(council: string, values: CouncilSettings): Promise<void> {
    await this.settingsStore.save(council, Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])))
  }

  /** The date the council's data runs to: 31 March of its latest return. */
  async asAt(council: string): Promise<{ year: number; date: string; current: Period; next: Period } | null> {
    const year = await this.scorecards.latestYear(council)
    if (year === null) return null
    return { year, date: `${year}-03-31`, current: periodStarting(year - 3), next: periodStarting(year - 2) }
  }

  async children(council: string): Promise<ChildrenWaiting | null> {
    const at = await this.asAt(council)
    if (!at) return null
    return childrenWaiting(await this.scorecards.journeys(council), at.year, await this.settings(council))
  }

  async forecast(council: string): Promise<{
    asAt: string
    periods: PeriodForecast[]
    cost: ReturnType<typeof costOfDelay> & { period: string; threshold: number; weeklyCost: number }
  } | null> {
    const at = await this.asAt(council)
    if (!at) return null
    const journeys = await this.scorecards.journeys(council)
    const pending = onTheJourney(journeys, at.date)
    const durations = recentStageDurations(journeys, at.date)
    const periods = [at.next, periodStarting(at.current.firstYear + 2)].map((p) =>
      forecastPeriod(journeys, pending, at.date, p, editionOf(p), durations),
    )
    const edition = editionOf(at.current)
    const settings = await this.settings(council)
    const a1 = adoptedWithin(journeys, at.current)
      .map((j) => ({ child: j.child, days: adoptedChild(j, edition.a3Months).a1Days }))
      .filter((c): c is { child: string; days: number } => c.days !== null)
    const cost = costOfDelay(a1, edition.a1Days, settings.weeklyCostOfCare)
    return {
      asAt: at.date,
      periods,
      cost: { ...cost, period: at.current.name, threshold: edition.a1Days, weeklyCost: settings.weeklyCostOfCare },
    }
  }
}
