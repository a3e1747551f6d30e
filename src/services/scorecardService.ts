import type { Council } from '../domain/council.js'
import { councilByCode } from '../domain/englishCouncils.js'
import type { Journey } from '../domain/journey.js'
import { loadHistories } from '../journey/councilHistories.js'
import type { AdoptedChild } from '../scorecard/adoptedChildren.js'
import { EDITIONS } from '../scorecard/methodology.js'
import { childrenBehind, scoreNation, type NationalScorecard } from '../scorecard/nationalScorecard.js'
import { allows, type Viewer } from '../access/policy.js'
import { publicScorecard, type DisclosureRules, DEFAULT_DISCLOSURE } from '../scorecard/disclosureControl.js'
import { previousPeriod, parsePeriod } from '../domain/period.js'
import { nationalContext, type NationalContext } from '../context/nationalContext.js'
import type { ContextRepository } from '../store/contextRepository.js'
import type { PublicationRepository } from '../store/publicationRepository.js'
import type { SubmissionRepository } from '../store/submissionRepository.js'

interface CouncilState {
  journeys: Journey[]
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
  private publicScorecards = new Map<string, NationalScorecard>()
  private publishedPeriods: Set<string> | null = null
  private contexts = new Map<string, NationalContext>()
  private loading: Promise<void> | null = null
  /** Goes up whenever data changes: anything derived from the scorecards may be cached against it. */
  version = 0

  constructor(
    private readonly submissions: SubmissionRepository,
    private readonly publications: PublicationRepository,
    private readonly disclosure: DisclosureRules = DEFAULT_DISCLOSURE,
    private readonly context: ContextRepository | null = null,
  ) {}

  /** The story behind every council's numbers for a period (not public: it rests on small numbers). */
  async contextFor(period: string): Promise<NationalContext> {
    let c = this.contexts.get(period)
    if (!c) {
      const national = await this.national(period)
      const neighbours = this.context ? await this.context.neighbours() : new Map<string, string[]>()
      c = nationalContext(national, new Map([...this.councils].map(([code, s]) => [code, s.journeys])), neighbours)
      this.contexts.set(period, c)
    }
    return c
  }

  /** After the neighbour list changes. */
  neighboursChanged(): void {
    this.changed()
  }

  /** After something shown beside the figures changes (a commentary): cached pages go, computed figures stay. */
  pagesChanged(): void {
    this.version++
  }

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
      years: [...new Set(files.map((f) => Number(f.path.split('/')[1])))].sort(),
    })
    this.changed()
  }

  private changed(): void {
    this.scorecards.clear()
    this.publicScorecards.clear()
    this.publishedPeriods = null
    this.contexts.clear()
    this.version++
  }

  async published(): Promise<Set<string>> {
    this.publishedPeriods ??= await this.publications.published()
    return this.publishedPeriods
  }

  /** Publishes a period: from now on the public sees its (suppressed) scorecards. False if it already was. */
  async publish(period: string, by: string, at: string): Promise<boolean> {
    const done = await this.publications.publish(period, by, at)
    this.changed()
    return done
  }

  /** Periods this viewer may see nationally, newest first. */
  async periodsFor(viewer: Viewer): Promise<string[]> {
    const published = await this.published()
    return (await this.periods()).filter((p) => allows(viewer, 'view-scorecards', { published: published.has(p) }))
  }

  /** Periods this viewer may see for one council, newest first. */
  async councilPeriodsFor(viewer: Viewer, council: string): Promise<string[]> {
    const published = await this.published()
    return (await this.periods()).filter((p) => allows(viewer, 'view-scorecards', { published: published.has(p), council }))
  }

  /** A period's scorecard as this viewer may see it: in full, or under disclosure control. */
  async nationalFor(viewer: Viewer, period: string, council?: string): Promise<NationalScorecard> {
    if (allows(viewer, 'view-unsuppressed', council === undefined ? {} : { council })) return this.national(period)
    return this.publicNational(period)
  }

  /** The public version of a period: suppressed, with "previous" only from a published previous period. */
  async publicNational(period: string): Promise<NationalScorecard> {
    let s = this.publicScorecards.get(period)
    if (!s) {
      const parsed = parsePeriod(period)
      const before = parsed ? previousPeriod(parsed).name : ''
      const beforeVisible = (await this.published()).has(before) && (await this.periods()).includes(before)
      const previous = beforeVisible ? new Map((await this.publicNational(before)).councils.map((c) => [c.code, c.indicators])) : null
      s = publicScorecard(await this.national(period), previous, this.disclosure)
      this.publicScorecards.set(period, s)
    }
    return s
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


  async childrenBehind(code: string, period: string): Promise<AdoptedChild[]> {
    await this.ensureLoaded()
    return childrenBehind(this.councils.get(code)?.journeys ?? [], period)
  }

  async journeysOf(code: string, child: string): Promise<Journey[]> {
    await this.ensureLoaded()
    return (this.councils.get(code)?.journeys ?? []).filter((j) => j.child === child)
  }

  /** The latest collection year in a council's data, or null. */
  async latestYear(code: string): Promise<number | null> {
    await this.ensureLoaded()
    const years = this.councils.get(code)?.years ?? []
    return years.length ? years[years.length - 1]! : null
  }

  async journeys(code: string): Promise<Journey[]> {
    await this.ensureLoaded()
    return this.councils.get(code)?.journeys ?? []
  }

}
