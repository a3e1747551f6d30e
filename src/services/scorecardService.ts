import type { Council } from '../domain/council.js'
import { councilByCode } from '../domain/englishCouncils.js'
import type { Finding } from '../domain/finding.js'
import type { Journey } from '../domain/journey.js'
import { loadHistories } from '../journey/councilHistories.js'
import type { AdoptedChild } from '../scorecard/adoptedChildren.js'
import { EDITIONS } from '../scorecard/methodology.js'
import { childrenBehind, scoreNation, type NationalScorecard } from '../scorecard/nationalScorecard.js'
import type { SubmissionRepository } from '../store/submissionRepository.js'

interface CouncilState {
  journeys: Journey[]
  findings: Finding[]
  years: number[]
}

/**
 * Scorecards from the current submissions, recomputed when data changes and
 * cached: each council's journeys are rebuilt only when that council's data
 * changes; national scorecards are cached per period until any change.
 */
export class ScorecardService {
  private councils = new Map<string, CouncilState>()
  private scorecards = new Map<string, NationalScorecard>()
  private loading: Promise<void> | null = null
  /** Goes up whenever data changes: anything derived from the scorecards may be cached against it. */
  version = 0

  constructor(private readonly submissions: SubmissionRepository) {}

  private ensureLoaded(): Promise<void> {
    this.loading ??= (async () => {
      for (const code of await this.submissions.councils()) await this.reload(code)
    })()
    return this.loading
  }

  /** Rebuilds one council after its data changed. */
  async reload(code: string): Promise<void> {
    const files = await this.submissions.currentFiles(code)
    const histories = loadHistories(files)
    const history = histories.councils.get(code)
    this.councils.set(code, {
      journeys: history?.journeys ?? [],
      findings: histories.findings,
      years: [...new Set(files.map((f) => Number(f.path.split('/')[1])))].sort(),
    })
    this.scorecards.clear()
    this.version++
  }

  /** Periods whose three collection years are all in the data and that the methodology knows, newest first. */
  async periods(): Promise<string[]> {
    await this.ensureLoaded()
    const years = new Set([...this.councils.values()].flatMap((c) => c.years))
    return EDITIONS.map((e) => e.period)
      .filter((p) => {
        const first = Number(p.slice(0, 4))
        return [first + 1, first + 2, first + 3].every((y) => years.has(y))
      })
      .reverse()
  }

  async councilList(): Promise<Council[]> {
    await this.ensureLoaded()
    return [...this.councils.keys()].sort().map(councilByCode)
  }

  async hasCouncil(code: string): Promise<boolean> {
    await this.ensureLoaded()
    return this.councils.has(code)
  }

  async national(period: string): Promise<NationalScorecard> {
    await this.ensureLoaded()
    let s = this.scorecards.get(period)
    if (!s) {
      const councils = [...this.councils.keys()].sort()
      s = scoreNation({ councils: councils.map(councilByCode), journeys: new Map(councils.map((c) => [c, this.councils.get(c)!.journeys])) }, period)
      this.scorecards.set(period, s)
    }
    return s
  }

  /** The council's scorecard in every period the data covers, oldest first: the trend. */
  async trend(code: string): Promise<NationalScorecard[]> {
    const periods = (await this.periods()).reverse()
    return Promise.all(periods.map((p) => this.national(p)))
  }

  async childrenBehind(code: string, period: string): Promise<AdoptedChild[]> {
    await this.ensureLoaded()
    return childrenBehind(this.councils.get(code)?.journeys ?? [], period)
  }

  async journeysOf(code: string, child: string): Promise<Journey[]> {
    await this.ensureLoaded()
    return (this.councils.get(code)?.journeys ?? []).filter((j) => j.child === child)
  }

  async findings(code: string): Promise<Finding[]> {
    await this.ensureLoaded()
    return this.councils.get(code)?.findings ?? []
  }
}
