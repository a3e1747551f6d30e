import type { Episode } from '../../domain/returnRecords.js'
import type { Edition } from '../editions/edition.js'
import { ALL_EDITIONS, dfeRule, type EditionRange, type Rule } from './rule.js'
import { shown, type Report, type ReturnUnderCheck, type RuleHit } from './returnUnderCheck.js'

/*
 * The Department's rules on one child's episodes in order, as this year's return holds them: how each episode begins
 * and ends against the one before, and what its codes say together. Wording and conditions from
 * docs/sources/dfe-rules.json. Only episodes with a start date (DECOM) that is a date are records, so a row without
 * one is in no chain here (rule 141 and AS021 report it).
 */

// ---- The chain of a child's episodes

const OPEN = '9999-12-31'

const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
/** By start; two episodes starting the same day by end, an open one last (as rule 433 orders them). */
const byStartThenEnd = (a: Episode, b: Episode): number =>
  order(a.start, b.start) || order(a.end ?? OPEN, b.end ?? OPEN)

/** Each child's episodes in this return, in order. */
const chains = (r: ReturnUnderCheck): Episode[][] =>
  r.once('chains', () => [...r.episodesByChild().values()].map((list) => [...list].sort(byStartThenEnd)))

/** An episode with the child's episode before it in this return, and the one before that when there is one. */
interface Link {
  episode: Episode
  previous: Episode
  beforeThat: Episode | undefined
}

function links(r: ReturnUnderCheck): Link[] {
  return r.once('links', () => linksOf(r))
}

function linksOf(r: ReturnUnderCheck): Link[] {
  const all: Link[] = []
  for (const chain of chains(r)) {
    for (let i = 1; i < chain.length; i++) {
      all.push({ episode: chain[i]!, previous: chain[i - 1]!, beforeThat: chain[i - 2] })
    }
  }
  return all
}

const at = (e: Episode): string => `${e.source.file} line ${e.source.row}`
const previousAt = (e: Episode): string => `(Previous episode: ${at(e)}.)`

// ---- What the codes mean

const isTemporary = (r: ReturnUnderCheck, place: string) => r.edition.is('PLACE', place, 'temporary')
const startsPeriod = (r: ReturnUnderCheck, rne: string) => r.edition.is('RNE', rne, 'starts-period')
const continues = (r: ReturnUnderCheck, rec: string) => r.edition.is('REC', rec, 'continues')
/** A reason the child ceased to be looked after: every REC code of the edition but X1 (rule 432's list). */
const ceasedCare = (r: ReturnUnderCheck, rec: string) => r.edition.isValid('REC', rec) && !continues(r, rec)
/** Respite care: the short-breaks tag also holds V1 (legacy, to 2009-10), which rules 382 and 384 do not name. */
const RESPITE = new Set(['V3', 'V4'])

/**
 * What a reason for new episode says changed (the Department's code set): S started; L legal status only (same
 * carers); P placement and carers; T placement only, same carers; U legal status and placement, same carers;
 * B legal status, placement and carers. A blank or unknown code says nothing changed.
 */
function changeSaid(codes: Edition, rne: string) {
  const placement = codes.is('RNE', rne, 'placement-changed')
  return {
    placement,
    legalStatus: codes.is('RNE', rne, 'legal-status-changed'),
    carers: placement && !codes.is('RNE', rne, 'same-carers'),
  }
}

/** The placement as rules 434-436 compare it, column by column. Blank equals blank (see rule 435). */
const PLACEMENT: readonly (readonly [string, (e: Episode) => string])[] = [
  ['PLACE', (e) => e.placement],
  ['PL_POST', (e) => e.placementPostcode],
  ['URN', (e) => e.urn],
  ['PLACE_PROVIDER', (e) => e.placementProvider],
]

/** The first placement column that differs from the previous episode, as a hit, or null when all are the same. */
function placementChange(link: Link): RuleHit | null {
  const changed = PLACEMENT.find(([, cell]) => cell(link.episode) !== cell(link.previous))
  if (!changed) return null
  const [column, cell] = changed
  return {
    column,
    value: cell(link.episode),
    other: `${column} ${cell(link.previous)}`,
    detail: previousAt(link.previous),
  }
}

const unchangedPlacement = (link: Link): RuleHit => ({
  column: 'PLACE',
  value: link.episode.placement,
  other: `PLACE ${link.previous.placement}`,
  detail: `(PLACE, PL_POST, URN and PLACE_PROVIDER are as in the previous episode, ${at(link.previous)}.)`,
})

const legalStatusHit = (link: Link): RuleHit => ({
  column: 'LS',
  value: link.episode.legalStatus,
  other: `LS ${link.previous.legalStatus}`,
  detail: previousAt(link.previous),
})

// ---- Rule shapes

type Check = (r: ReturnUnderCheck, report: Report) => void

const chainRule = (
  id: string,
  fields: string[],
  wording: string,
  check: Check,
  editions: EditionRange = ALL_EDITIONS,
) => dfeRule({ id, severity: 'error', editions, tables: ['Episodes'], fields, wording, check })

/** A test of each episode on its own. */
const eachEpisode =
  (find: (r: ReturnUnderCheck, e: Episode) => RuleHit | null): Check =>
  (r, report) => {
    for (const e of r.episodes) {
      const hit = find(r, e)
      if (hit) report(e, hit)
    }
  }

/** A test of each episode against the one before it. */
const eachLink =
  (find: (r: ReturnUnderCheck, link: Link) => RuleHit | null): Check =>
  (r, report) => {
    for (const link of links(r)) {
      const hit = find(r, link)
      if (hit) report(link.episode, hit)
    }
  }

/** PLACE of the episode, with the other cell the rule read. */
const placeHit = (e: Episode, other: string): RuleHit => ({ column: 'PLACE', value: e.placement, other })

// ---- The rules

/** Rule 336: the Department's wording (A3 or A5) where the validator tests A3 or A4. */
const ADOPTION_WITH_FOSTER_CARERS = new Set(['A3', 'A5'])
const PLACED_FOR_ADOPTION = new Set(['A3', 'A4', 'A5', 'A6'])

/** Rule 383: from 2025-26 the child must also return to the same placement postcode. */
const POSTCODE_FROM = 2026

/** Rule 437: died (E2), or an age assessment found the child aged 18 or over (E15). */
const LAST_EVER = new Set(['E2', 'E15'])

export const DFE_CHAIN_RULES: readonly Rule[] = [
  chainRule(
    '142',
    ['DEC', 'REC'],
    'A new episode has started, but the previous episode has not ended.',
    (r, report) => {
      for (const chain of chains(r)) {
        for (const e of chain.slice(0, -1)) {
          if (e.end === null) report(e, { column: 'DEC', detail: '(A later episode of the child follows.)' })
          else if (e.reasonEnded === '') report(e, { column: 'REC', value: '', other: `DEC ${shown(e.end)}` })
        }
      }
    },
  ),
  chainRule(
    '336',
    ['PLACE'],
    'Child does not have a foster placement immediately prior to being placed for adoption.',
    // The Department's list of previous placements names U1-U6, the foster placements from 2014-15; the edition's
    // foster codes stand in for them (Q1/Q2 and, to 2009-10, F1-F6 before; exactly U1-U6 from 2016-17).
    eachLink((r, { episode, previous }) =>
      ADOPTION_WITH_FOSTER_CARERS.has(episode.placement) &&
      !PLACED_FOR_ADOPTION.has(previous.placement) &&
      !r.edition.is('PLACE', previous.placement, 'foster')
        ? { ...placeHit(episode, `PLACE ${previous.placement}`), detail: previousAt(previous) }
        : null,
    ),
  ),
  chainRule(
    '357',
    ['RNE'],
    'If this is the first episode ever for this child, reason for new episode must be S.  Check whether there is an ' +
      'episode immediately preceding this one, which has been left out.  If not the reason for new episode code ' +
      'must be amended to S.',
    (r, report) => {
      for (const [first] of chains(r)) {
        if (first && first.start >= r.start && !startsPeriod(r, first.reasonNewEpisode)) {
          report(first, { column: 'RNE', value: first.reasonNewEpisode, other: `DECOM ${shown(first.start)}` })
        }
      }
    },
  ),
  chainRule(
    '380',
    ['PLACE', 'RNE'],
    'A period of care cannot start with a temporary placement.',
    // A temporary placement must come with new carers and placement: RNE P or B.
    eachEpisode((r, e) => {
      const said = changeSaid(r.edition, e.reasonNewEpisode)
      return isTemporary(r, e.placement) && !(said.placement && said.carers)
        ? placeHit(e, `RNE ${e.reasonNewEpisode}`)
        : null
    }),
  ),
  chainRule(
    '381',
    ['PLACE', 'REC'],
    'A period of care cannot end with a temporary placement.',
    eachEpisode((r, e) =>
      isTemporary(r, e.placement) && e.reasonEnded !== '' && !continues(r, e.reasonEnded)
        ? placeHit(e, `REC ${e.reasonEnded}`)
        : null,
    ),
  ),
  chainRule(
    '382',
    ['LS', 'PLACE'],
    'A child receiving respite care cannot be in a temporary placement.',
    eachEpisode((r, e) =>
      RESPITE.has(e.legalStatus) && isTemporary(r, e.placement) ? placeHit(e, `LS ${e.legalStatus}`) : null,
    ),
  ),
  chainRule(
    '383',
    ['PLACE', 'RNE', 'PL_POST'],
    'A child in a temporary placement must subsequently return to his/her normal placement.',
    // Blank equals blank for PLACE and PL_POST (the validator counts two blanks as different).
    eachLink((r, { episode, previous, beforeThat }) => {
      if (!beforeThat || !isTemporary(r, previous.placement)) return null
      const detail = `(Before the temporary placement: ${at(beforeThat)}.)`
      // The Department's wording: back to the normal placement with RNE P.
      if (episode.reasonNewEpisode !== 'P') {
        return { column: 'RNE', value: episode.reasonNewEpisode, other: `PLACE ${previous.placement}`, detail }
      }
      if (episode.placement !== beforeThat.placement) {
        return { ...placeHit(episode, `PLACE ${beforeThat.placement}`), detail }
      }
      if (r.year >= POSTCODE_FROM && episode.placementPostcode !== beforeThat.placementPostcode) {
        const other = `PL_POST ${beforeThat.placementPostcode}`
        return { column: 'PL_POST', value: episode.placementPostcode, other, detail }
      }
      return null
    }),
  ),
  chainRule(
    '384',
    ['PLACE', 'LS'],
    'A child receiving respite care cannot be in a long-term foster placement ',
    eachEpisode((r, e) =>
      RESPITE.has(e.legalStatus) && r.edition.is('PLACE', e.placement, 'long-term-foster')
        ? placeHit(e, `LS ${e.legalStatus}`)
        : null,
    ),
    // The long-term foster placements U1 and U4 are codes from 2014-15.
    { from: 2015, to: null },
  ),
  chainRule(
    '388',
    ['REC'],
    'Reason episode ceased is coded new episode begins, but there is no continuation episode.',
    (r, report) => {
      for (const chain of chains(r)) {
        chain.forEach((e, i) => {
          const next = chain[i + 1]
          if (e.end === null) return
          const x1 = continues(r, e.reasonEnded)
          const hit: RuleHit = { column: 'REC', value: e.reasonEnded, other: `DEC ${shown(e.end)}` }
          if (!next) {
            if (x1) report(e, { ...hit, detail: '(No later episode of the child in this return.)' })
          } else if (x1 ? e.end !== next.start : e.reasonEnded !== '' && e.end === next.start) {
            report(e, { ...hit, detail: `(Next episode: ${at(next)}, DECOM ${shown(next.start)}.)` })
          }
        })
      }
    },
  ),
  chainRule(
    '431',
    ['RNE', 'DECOM'],
    'The reason for new episode is started to be looked after, but the previous episode ended on the same day.',
    eachLink((r, { episode, previous }) =>
      startsPeriod(r, episode.reasonNewEpisode) && previous.end !== null && episode.start <= previous.end
        ? {
            column: 'RNE',
            value: episode.reasonNewEpisode,
            other: `DEC ${shown(previous.end)}`,
            detail: previousAt(previous),
          }
        : null,
    ),
  ),
  chainRule(
    '432',
    ['RNE'],
    'The child ceased to be looked after at the end of the previous episode but the reason for the new episode is ' +
      'not started to be looked after.',
    eachLink((r, { episode, previous }) =>
      ceasedCare(r, previous.reasonEnded) && !startsPeriod(r, episode.reasonNewEpisode)
        ? {
            column: 'RNE',
            value: episode.reasonNewEpisode,
            other: `REC ${previous.reasonEnded}`,
            detail: previousAt(previous),
          }
        : null,
    ),
  ),
  chainRule(
    '433',
    ['RNE', 'DECOM'],
    'The reason for new episode suggests that this is a continuation episode, but the episode does not start on the ' +
      'same day as the last episode finished.',
    eachLink((r, { episode, previous }) => {
      const said = changeSaid(r.edition, episode.reasonNewEpisode)
      return (said.placement || said.legalStatus) && episode.start !== previous.end
        ? {
            column: 'DECOM',
            value: shown(episode.start),
            other: `DEC ${shown(previous.end)}`,
            detail: previousAt(previous),
          }
        : null
    }),
  ),
  chainRule(
    '434',
    ['RNE', 'LS', 'PLACE', 'PL_POST', 'URN', 'PLACE_PROVIDER'],
    "Reason for new episode is that child's legal status has changed but not the placement, but this is not " +
      'reflected in the episode data.',
    eachLink((r, link) => {
      const said = changeSaid(r.edition, link.episode.reasonNewEpisode)
      if (!said.legalStatus || said.placement) return null
      const sameStatus = link.episode.legalStatus !== '' && link.episode.legalStatus === link.previous.legalStatus
      return sameStatus ? legalStatusHit(link) : placementChange(link)
    }),
  ),
  chainRule(
    '435',
    ['LS', 'PLACE', 'PL_POST', 'URN', 'PLACE_PROVIDER'],
    'Reason for new episode is that child’s placement has changed but not the legal status, but this is not ' +
      'reflected in the episode data recorded.',
    // Blank equals blank, for LS and the placement (the validator counts two blanks as different), as in 434 and 436.
    eachLink((r, link) => {
      const said = changeSaid(r.edition, link.episode.reasonNewEpisode)
      if (!said.placement || said.legalStatus) return null
      if (link.episode.legalStatus !== link.previous.legalStatus) return legalStatusHit(link)
      return placementChange(link) ? null : unchangedPlacement(link)
    }),
  ),
  chainRule(
    '436',
    ['RNE', 'LS', 'PLACE', 'PL_POST', 'URN', 'PLACE_PROVIDER'],
    'Reason for new episode is that both child’s placement and legal status have changed, but this is not ' +
      'reflected in the episode data.',
    eachLink((r, link) => {
      const said = changeSaid(r.edition, link.episode.reasonNewEpisode)
      if (!said.placement || !said.legalStatus) return null
      if (link.episode.legalStatus === link.previous.legalStatus) return legalStatusHit(link)
      return placementChange(link) ? null : unchangedPlacement(link)
    }),
  ),
  chainRule(
    '437',
    ['REC'],
    'Reason episode ceased is child has died or is aged 18 or over but there are further episodes.',
    (r, report) => {
      for (const chain of chains(r)) {
        chain.forEach((e, i) => {
          const next = chain[i + 1]
          if (next && LAST_EVER.has(e.reasonEnded)) {
            report(e, { column: 'REC', value: e.reasonEnded, detail: `(Next episode: ${at(next)}.)` })
          }
        })
      }
    },
  ),
  chainRule(
    '501',
    ['DECOM', 'DEC'],
    'A new episode has started before the end date of the previous episode.',
    eachLink((_r, { episode, previous }) =>
      previous.end !== null && episode.start < previous.end
        ? {
            column: 'DECOM',
            value: shown(episode.start),
            other: `DEC ${shown(previous.end)}`,
            detail: previousAt(previous),
          }
        : null,
    ),
  ),
  chainRule(
    '504',
    ['CIN'],
    'The category of need code differs from that reported at start of current period of being looked after',
    // Blank equals blank (the validator counts two blank CIN as different).
    eachLink((r, { episode, previous }) =>
      continues(r, previous.reasonEnded) &&
      previous.end === episode.start &&
      episode.categoryOfNeed !== previous.categoryOfNeed
        ? {
            column: 'CIN',
            value: episode.categoryOfNeed,
            other: `CIN ${previous.categoryOfNeed}`,
            detail: previousAt(previous),
          }
        : null,
    ),
  ),
  chainRule(
    '516',
    ['REC', 'PLACE'],
    'The episode data submitted for this child does not show that he/she was with their former foster carer(s) ' +
      'during the year.If the code in the reason episode ceased is E45 or E46 the child must have a placement code ' +
      'of U1 to U6.',
    // From 2018-19 the edition's foster placements are exactly U1-U6.
    eachEpisode((r, e) =>
      ['E45', 'E46'].includes(e.reasonEnded) && !r.edition.is('PLACE', e.placement, 'foster')
        ? placeHit(e, `REC ${e.reasonEnded}`)
        : null,
    ),
    // REC E45 and E46 (special guardianship to former foster carers) are codes from 2018-19.
    { from: 2019, to: null },
  ),
]
