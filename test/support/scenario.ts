import { stringify } from 'csv-stringify/sync'
import { dayNumber } from '../../src/domain/calendarDate.js'
import { councilByCode } from '../../src/domain/englishCouncils.js'
import { loadHistories, nationalJourneys } from '../../src/journey/councilHistories.js'
import { scoreNation, type CouncilScorecard, type NationalScorecard } from '../../src/scorecard/nationalScorecard.js'
import type { ReturnFile } from '../../src/ssda903/returnFiles.js'
import { recordChildren } from '../../src/synth/caseRecord.js'
import type { LivedChild } from '../../src/synth/childLives.js'
import { returnForYear } from '../../src/synth/returnWriter.js'

/** One child's whole history, in ISO dates, as a scenario states it. */
export interface Story {
  id: string
  birth: string
  ethnicity?: string
  /** [start, RNE, LS, PLACE, end, REC]; end and REC left out while the episode is open. */
  episodes: [string, string, string, string, string?, string?][]
  decision?: { date: string; ceased?: string; reason?: string }
  adoption?: { decision: string; match: string; byFosterCarers?: boolean }
}

const day = (iso: string) => dayNumber(iso)

function lived(s: Story): LivedChild {
  // A decision is ceased only when it is reversed (RD1-RD4); an adopted child's decision stays open.
  const reversed = s.decision?.reason?.startsWith('RD') ?? false
  return {
    id: s.id,
    sex: 'male',
    birth: day(s.birth),
    ethnicity: s.ethnicity ?? 'WBRI',
    family: s.id,
    episodes: s.episodes.map(([start, rne, ls, place, end, rec]) => ({
      start: day(start),
      reasonNewEpisode: rne,
      legalStatus: ls,
      placement: place,
      end: end ? day(end) : null,
      reasonEnded: rec ?? '',
    })),
    decision: s.decision
      ? {
          date: day(s.decision.date),
          ceased: reversed && s.decision.ceased ? day(s.decision.ceased) : null,
          reason: reversed ? s.decision.reason! : '',
        }
      : null,
    adoption: s.adoption
      ? {
          decision: day(s.adoption.decision),
          match: day(s.adoption.match),
          byFosterCarers: s.adoption.byFosterCarers ?? false,
          adopterCount: '2',
          adopterSex: 'MF',
          adopterLegalStatus: 'L11',
        }
      : null,
    record: { upn: '', upnFrom: 0, upnPending: null, motherChildBirth: null, homePostcode: '', episodes: [] },
  }
}

/** The yearly returns a council would have sent for these children, from `first` to `last` collection year. */
export function storyFiles(council: string, stories: Story[], first: number, last: number): ReturnFile[] {
  const children = stories.map(lived)
  recordChildren(children, councilByCode(council), 1)
  const files: ReturnFile[] = []
  for (let year = first; year <= last; year++) {
    for (const t of returnForYear(children, year)) {
      files.push({ path: `${council}/${year}/${t.file}`, bytes: new TextEncoder().encode(stringify(t.rows)) })
    }
  }
  return files
}

export function scoreFiles(files: ReturnFile[], period: string): NationalScorecard {
  return scoreNation(nationalJourneys(loadHistories(files)), period)
}

export function councilOf(national: NationalScorecard, code: string): CouncilScorecard {
  const c = national.councils.find((x) => x.code === code)
  if (!c) throw new Error(`no council ${code}`)
  return c
}

/** A plain adoption: entered care, placement order, match, placed, adopted. */
export function adoptionStory(
  id: string,
  d: {
    entered: string
    order: string
    match: string
    placed: string
    adopted: string
    decision?: string
    birth?: string
  },
): Story {
  const decision = d.decision ?? d.order
  return {
    id,
    birth: d.birth ?? d.entered,
    episodes: [
      [d.entered, 'S', 'C1', 'U6', d.order, 'X1'],
      [d.order, 'L', 'E1', 'U6', d.placed, 'X1'],
      [d.placed, 'P', 'E1', 'A6', d.adopted, 'E11'],
    ],
    decision: { date: decision },
    adoption: { decision, match: d.match },
  }
}
