import { adopterIndicators, type AdopterIndicators } from '../adopters/adopterIndicators.js'
import type { AdopterHousehold } from '../adopters/adopterRecords.js'
import { parsePeriod } from '../domain/period.js'
import type { AdopterRepository } from '../store/adopterRepository.js'
import type { ScorecardService } from './scorecardService.js'

export interface AdopterFigures {
  period: string
  council: AdopterIndicators | null
  england: AdopterIndicators
  /**
   * Children with a decision or placement order not yet placed at the end of the period, against approved households
   * waiting.
   */
  childrenWaiting: number
  englandChildrenWaiting: number
  households: number
}

/** Prospective adopters: the three indicators, the 2012 stage times, and children against adopters waiting. */
export class AdopterService {
  private cache: AdopterHousehold[] | null = null

  constructor(
    private readonly adopters: AdopterRepository,
    private readonly scorecards: ScorecardService,
  ) {
    // Loaded by any server or the command line: the list is read again after a change.
    scorecards.onChange((changes) => {
      if (changes.some((c) => c.kind === 'adopters')) this.cache = null
    })
  }

  async load(households: readonly AdopterHousehold[]): Promise<void> {
    await this.adopters.replace(households)
    this.cache = null
    await this.scorecards.sync()
  }

  private async all(): Promise<AdopterHousehold[]> {
    this.cache ??= await this.adopters.all()
    return this.cache
  }

  async figures(period: string, council?: string): Promise<AdopterFigures> {
    const p = parsePeriod(period)!
    const all = await this.all()
    const national = await this.scorecards.national(period)
    const mine = council ? all.filter((h) => h.agency === council) : []
    return {
      period,
      council: council ? adopterIndicators(mine, p) : null,
      england: adopterIndicators(all, p),
      childrenWaiting: council
        ? (national.councils.find((c) => c.code === council)?.context?.waitingAtPeriodEnd ?? 0)
        : 0,
      englandChildrenWaiting: national.england.context?.waitingAtPeriodEnd ?? 0,
      households: council ? mine.length : all.length,
    }
  }

  /** Each council's figures for a period, for the national table. */
  async byCouncil(period: string): Promise<{ code: string; indicators: AdopterIndicators; childrenWaiting: number }[]> {
    const p = parsePeriod(period)!
    const all = await this.all()
    const national = await this.scorecards.national(period)
    return national.councils.map((c) => ({
      code: c.code,
      indicators: adopterIndicators(
        all.filter((h) => h.agency === c.code),
        p,
      ),
      childrenWaiting: c.context?.waitingAtPeriodEnd ?? 0,
    }))
  }
}
