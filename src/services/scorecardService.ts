import type { Council } from '../domain/council.js'
import { councilByCode } from '../domain/englishCouncils.js'
import type { Journey } from '../domain/journey.js'
import { loadHistories } from '../journey/councilHistories.js'
import { decodeJourneys, encodeJourneys } from '../journey/journeyEncoding.js'
import type { CouncilJourneyRepository } from '../store/councilJourneyRepository.js'
import { journeyBasis } from './journeyBasis.js'
import type { AdoptedChild } from '../scorecard/adoptedChildren.js'
import { EDITIONS } from '../scorecard/methodology.js'
import { childrenBehind, scoreNation, type NationalScorecard } from '../scorecard/nationalScorecard.js'
import { allows, type Viewer } from '../access/policy.js'
import {
  hiddenIndicators,
  publicScorecard,
  type DisclosureRules,
  DEFAULT_DISCLOSURE,
} from '../scorecard/disclosureControl.js'
import { previousPeriod, parsePeriod } from '../domain/period.js'
import { nationalContext, type NationalContext } from '../context/nationalContext.js'
import type { ContextRepository } from '../store/contextRepository.js'
import type { PublicationRepository } from '../store/publicationRepository.js'
import type { SubmissionRepository } from '../store/submissionRepository.js'
import type { DataChange, DataChangeRepository } from '../store/dataChanges.js'

interface CouncilState {
  journeys: Journey[]
  years: number[]
}

/** A published version of a period: what the public (and other councils) see, frozen when it was published. */
export interface PublishedScorecard {
  version: number
  publishedAt: string
  note: string
  scorecard: NationalScorecard
  englandContext: NationalContext['england'] | null
  /** Every version of the period, oldest first. */
  versions: { version: number; publishedAt: string; note: string }[]
}

/**
 * Scorecards from the current submissions, recomputed when data changes and
 * cached: each council's journeys are rebuilt only when that council's data
 * changes; national scorecards are cached per period until any change.
 */
export class ScorecardService {
  private councils = new Map<string, CouncilState>()
  private scorecards = new Map<string, NationalScorecard>()
  private publishedVersions = new Map<string, PublishedScorecard | null>()
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
    private readonly changes: DataChangeRepository | null = null,
    private readonly journeyStore: CouncilJourneyRepository | null = null,
  ) {}

  /** The data version this server has applied: the store's, once `sync` has caught up. */
  private seen = 0
  get dataVersion(): number {
    return this.seen
  }
  private syncing: Promise<void> = Promise.resolve()
  private readonly listeners: ((changes: readonly DataChange[]) => void)[] = []

  /** Tells another service about changes this server applies (the adopters' cache, say). */
  onChange(listener: (changes: readonly DataChange[]) => void): void {
    this.listeners.push(listener)
  }

  /**
   * Catches up with the store: reads the changes since the version this server applied, reloads the councils whose
   * returns changed and drops what derived from anything else that changed. Any server, any command-line run may have
   * made them. Calls are queued, never run side by side.
   */
  sync(): Promise<void> {
    this.syncing = this.syncing.then(async () => {
      if (!this.changes || !this.loading) return
      await this.loading
      const list = await this.changes.since(this.seen)
      if (list.length === 0) return
      const councils = new Set(list.filter((c) => c.kind === 'submission' && c.council).map((c) => c.council!))
      for (const code of councils) await this.reload(code)
      this.seen = list[list.length - 1]!.id
      this.changed()
      for (const listener of this.listeners) listener(list)
    })
    return this.syncing
  }

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

  /** True once the scorecards have been built from the store. */
  loaded = false

  private ensureLoaded(): Promise<void> {
    this.loading ??= (async () => {
      // The version first: a change made while loading is applied again by the next sync, never missed.
      this.seen = (await this.changes?.version()) ?? 0
      for (const code of await this.submissions.councils()) {
        await this.reload(code)
        // Between councils, let requests in: the store answers at once (SQLite), so nothing else would yield.
        await new Promise((resolve) => setImmediate(resolve))
      }
      this.loaded = true
    })()
    return this.loading
  }

  /**
   * Rebuilds one council from the store: its journeys as kept beside its current returns when they were built on
   * the same returns by the same code, or else read from the returns (only what journeys need) and kept.
   */
  async reload(code: string): Promise<void> {
    const current = await this.submissions.currentSubmissions(code)
    const basis = journeyBasis(current)
    const kept = await this.journeyStore?.find(code, basis)
    let journeys = kept ? decodeJourneys(kept) : null
    if (!journeys) {
      const histories = loadHistories(await this.submissions.currentFiles(code), 'none')
      journeys = histories.councils.get(code)?.journeys ?? []
      await this.journeyStore?.save(code, basis, encodeJourneys(code, journeys), new Date().toISOString())
    }
    this.councils.set(code, { journeys, years: [...new Set(current.map((r) => r.year))].sort((a, b) => a - b) })
    this.changed()
  }

  private changed(): void {
    this.scorecards.clear()
    this.publishedVersions.clear()
    this.publishedPeriods = null
    this.contexts.clear()
    this.version++
  }

  async published(): Promise<Set<string>> {
    this.publishedPeriods ??= await this.publications.published()
    return this.publishedPeriods
  }

  /**
   * Publishes a period: its public figures (suppressed) and England's context are frozen as version 1, and from now on
   * the public and other councils see that version until a revision is published. False if it already was.
   */
  async publish(period: string, by: string, at: string): Promise<boolean> {
    const done = await this.publications.publish(period, by, at, await this.publishableContent(period))
    this.changed()
    await this.sync()
    return done
  }

  /** Withdraws a period from publication: the public no longer sees it; its versions are kept. */
  async withdraw(period: string): Promise<boolean> {
    const done = await this.publications.withdraw(period)
    this.changed()
    await this.sync()
    return done
  }

  /** Publishes the period's figures as they are now, as a new version, with the reason. Its version, or null. */
  async revise(period: string, by: string, at: string, note: string): Promise<number | null> {
    const version = await this.publications.revise(period, by, at, note, await this.publishableContent(period))
    this.changed()
    await this.sync()
    return version
  }

  /** True when the figures the public would see now differ from the latest published version. */
  async changedSincePublication(period: string): Promise<boolean> {
    const published = await this.publishedVersion(period)
    if (!published) return false
    return JSON.stringify(await this.publicPreview(period)) !== JSON.stringify(published.scorecard)
  }

  private async publishableContent(period: string): Promise<string> {
    return JSON.stringify({
      scorecard: await this.publicPreview(period),
      englandContext: (await this.contextFor(period)).england,
    })
  }

  /** A published version of a period (the latest when none is named), or null when there is none. */
  async publishedVersion(period: string, version?: number): Promise<PublishedScorecard | null> {
    const key = `${period}@${version ?? 'latest'}`
    if (this.publishedVersions.has(key)) return this.publishedVersions.get(key)!
    // A withdrawn period keeps its versions, but nobody sees them until it is published again.
    if (!(await this.published()).has(period)) return null
    if (!(await this.publications.version(period))) {
      await this.publications.freezeUnversioned(period, await this.publishableContent(period))
    }
    const row = await this.publications.version(period, version)
    const found: PublishedScorecard | null = row
      ? {
          version: row.version,
          publishedAt: row.publishedAt,
          note: row.note,
          ...(JSON.parse(row.content) as Pick<PublishedScorecard, 'scorecard' | 'englandContext'>),
          versions: (await this.publications.versions(period)).map((v) => ({
            version: v.version,
            publishedAt: v.publishedAt,
            note: v.note,
          })),
        }
      : null
    this.publishedVersions.set(key, found)
    return found
  }

  /** Periods this viewer may see nationally, newest first. */
  async periodsFor(viewer: Viewer): Promise<string[]> {
    const published = await this.published()
    // Whoever sees only published periods nationally needs nothing loaded: what was published is kept as it was, so
    // the public is served from the first moment, while the data loads.
    if (!allows(viewer, 'view-scorecards', { published: false })) {
      return EDITIONS.map((e) => e.period)
        .filter((p) => published.has(p))
        .reverse()
    }
    return (await this.periods()).filter((p) => allows(viewer, 'view-scorecards', { published: published.has(p) }))
  }

  /** Periods this viewer may see for one council, newest first. */
  async councilPeriodsFor(viewer: Viewer, council: string): Promise<string[]> {
    const published = await this.published()
    return (await this.periods()).filter((p) =>
      allows(viewer, 'view-scorecards', { published: published.has(p), council }),
    )
  }

  /**
   * A period's scorecard as this viewer may see it. Analysts and advisers: every council's figures, live. A council
   * user: its own council's figures live, and about other councils and England only what was published (the frozen
   * version), so nothing about them moves when another council reloads a return; ranks, too, are the published ones.
   * Everyone else: the published version.
   */
  async nationalFor(viewer: Viewer, period: string, council?: string): Promise<NationalScorecard> {
    if (allows(viewer, 'view-unsuppressed')) return this.national(period)
    const published = await this.publishedVersion(period)
    if (council === undefined || !allows(viewer, 'view-unsuppressed', { council })) {
      if (!published) throw new Error(`period ${period} is not published`)
      return published.scorecard
    }
    const live = await this.national(period)
    const own = live.councils.find((c) => c.code === council)
    const ownPublished = published?.scorecard.councils.find((c) => c.code === council)
    const withPublishedRank = own && {
      ...own,
      indicators: Object.fromEntries(
        Object.entries(own.indicators).map(([key, i]) => {
          const p = ownPublished?.indicators[key as keyof typeof own.indicators] as Record<string, unknown> | undefined
          return [
            key,
            'rank' in i
              ? { ...i, rank: p?.rank ?? null, quartile: p?.quartile ?? null, slowestTenth: p?.slowestTenth ?? null }
              : i,
          ]
        }),
      ) as typeof own.indicators,
    }
    const others = (published?.scorecard.councils ?? []).filter((c) => c.code !== council)
    return {
      ...live,
      england: published ? published.scorecard.england : hiddenIndicators(live.england),
      councils: [...(withPublishedRank ? [withPublishedRank] : []), ...others].sort((a, b) =>
        a.code < b.code ? -1 : 1,
      ),
      counts: published ? published.scorecard.counts : { ...live.counts, 'meets-both': 0 },
    }
  }

  /** England's context as this viewer may see it: live for analysts and advisers, else as published (or none). */
  async englandContextFor(viewer: Viewer, period: string): Promise<NationalContext['england'] | null> {
    if (allows(viewer, 'view-unsuppressed')) return (await this.contextFor(period)).england
    return (await this.publishedVersion(period))?.englandContext ?? null
  }

  /** The published version of a period the public sees (the latest, or the one named). */
  async publicNational(period: string, version?: number): Promise<NationalScorecard> {
    const published = await this.publishedVersion(period, version)
    if (!published) throw new Error(`period ${period} is not published`)
    return published.scorecard
  }

  /**
   * What the public would see of a period if it were published now: suppressed, with "previous" (England's too) only
   * from the published version of the previous period.
   */
  async publicPreview(period: string): Promise<NationalScorecard> {
    const parsed = parsePeriod(period)
    const before = parsed ? previousPeriod(parsed).name : ''
    const previous = (await this.published()).has(before) ? await this.publishedVersion(before) : null
    return publicScorecard(
      await this.national(period),
      previous ? new Map(previous.scorecard.councils.map((c) => [c.code, c.indicators])) : null,
      this.disclosure,
      previous ? previous.scorecard.england : null,
    )
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
      s = scoreNation(
        {
          councils: councils.map(councilByCode),
          journeys: new Map(councils.map((c) => [c, this.councils.get(c)!.journeys])),
        },
        period,
      )
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
