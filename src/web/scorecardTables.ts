import { daysBetween } from '../domain/calendarDate.js'
import type { TimeIndicator } from '../domain/indicator.js'
import type { Journey } from '../domain/journey.js'
import type { AdoptedChild } from '../scorecard/adoptedChildren.js'
import type { CouncilScorecard, NationalScorecard } from '../scorecard/nationalScorecard.js'
import { SUPPRESSED_SYMBOL } from '../scorecard/disclosureControl.js'
import { ENGLISH_COUNCILS } from '../domain/englishCouncils.js'
import type { TableModel } from './tableModel.js'

const meets = (i: TimeIndicator) =>
  i.suppressed ? SUPPRESSED_SYMBOL : i.meets === null ? null : i.meets ? 'Meets' : 'Misses'
/** A figure as shown: the suppression symbol where disclosure control hides it. */
const shown = (value: number | null | undefined, suppressed: boolean | undefined) =>
  suppressed ? SUPPRESSED_SYMBOL : (value ?? null)

export const INDICATOR_NAMES = {
  A1: 'A1: entering care to moving in with the adoptive family (days)',
  A1_adjusted: 'A10: A1 adjusted for adoptions by foster carers (days)',
  A2: 'A2: court authority to a match (days)',
  A3: 'A3: children who waited less than the cut-off (%)',
} as const

/**
 * What "England" stands for in a scorecard: all of England when every council is in it, else only the councils
 * loaded (a demo's six, a council's own checks), which the name must say.
 */
export function englandLabel(national: NationalScorecard): string {
  const n = national.councils.length
  return n < ENGLISH_COUNCILS.length ? `England (the ${n} councils loaded)` : 'England'
}

/** How many councils an indicator ranks: those with a rank in this scorecard. */
export function rankedCouncils(national: NationalScorecard, key: 'A1' | 'A1_adjusted' | 'A2'): number {
  return national.councils.filter((c) => c.indicators[key].rank !== null).length
}

/** A change in days said in words: "63 days longer", "14 days shorter", "no change". */
export function changeInDays(trend: number | null): string | null {
  if (trend === null) return null
  if (trend === 0) return 'no change'
  return `${Math.abs(trend)} day${Math.abs(trend) === 1 ? '' : 's'} ${trend > 0 ? 'longer' : 'shorter'}`
}

/** Short names for table rows; the page explains each above the table. */
export const INDICATOR_SHORT = { A1: 'A1 (days)', A1_adjusted: 'A10 (days)', A2: 'A2 (days)', A3: 'A3 (%)' } as const

/** Every council for one period, as the national table shows it. */
export function nationalTable(national: NationalScorecard, councils: readonly CouncilScorecard[]): TableModel {
  return {
    caption: `Adoption scorecards ${national.period}: ${councils.length} councils`,
    columns: [
      { key: 'council', label: 'Council' },
      { key: 'region', label: 'Region' },
      { key: 'a1', label: 'A1 days', numeric: true },
      { key: 'a1Status', label: 'A1 threshold', status: true },
      { key: 'a1Adjusted', label: 'A10 days', numeric: true },
      { key: 'a2', label: 'A2 days', numeric: true },
      { key: 'a2Status', label: 'A2 threshold', status: true },
      { key: 'a3', label: `A3 % under ${national.edition.a3Months} months`, numeric: true },
      { key: 'children', label: 'Children adopted (A1)', numeric: true },
      { key: 'rank', label: `A1 rank (of ${rankedCouncils(national, 'A1')})`, numeric: true },
    ],
    rows: councils.map((c) => ({
      council: c.name,
      region: c.region,
      a1: shown(c.indicators.A1.value, c.indicators.A1.suppressed),
      a1Status: meets(c.indicators.A1),
      a1Adjusted: shown(c.indicators.A1_adjusted.value, c.indicators.A1_adjusted.suppressed),
      a2: shown(c.indicators.A2.value, c.indicators.A2.suppressed),
      a2Status: meets(c.indicators.A2),
      a3: shown(c.indicators.A3.percent, c.indicators.A3.suppressed),
      children: shown(c.indicators.A1.children, c.indicators.A1.suppressed),
      rank: c.indicators.A1.rank,
    })),
    links: councils.map((c) => ({ council: `/councils/${c.code}/periods/${national.period}` })),
  }
}

/** One council's indicators for a period, with the threshold, England and the previous period. */
export function councilIndicatorTable(national: NationalScorecard, c: CouncilScorecard): TableModel {
  const time = (key: 'A1' | 'A1_adjusted' | 'A2') => {
    const i = c.indicators[key]
    return {
      indicator: INDICATOR_SHORT[key],
      value: shown(i.value, i.suppressed),
      children: shown(i.children, i.suppressed),
      threshold: i.threshold,
      status: meets(i),
      distance: i.distance,
      england: national.england[key].value,
      previous: i.previous,
      trend: changeInDays(i.trend),
      rank: i.rank === null ? null : `${i.rank} of ${rankedCouncils(national, key)}`,
    }
  }
  const a3 = c.indicators.A3
  return {
    caption: `${c.name}: adoption scorecard ${national.period}`,
    columns: [
      { key: 'indicator', label: 'Indicator' },
      { key: 'value', label: c.name, numeric: true },
      { key: 'children', label: 'Children', numeric: true },
      { key: 'threshold', label: 'Threshold', numeric: true },
      { key: 'status', label: 'Threshold met', status: true },
      { key: 'distance', label: 'Distance from threshold', numeric: true },
      { key: 'england', label: englandLabel(national), numeric: true },
      { key: 'previous', label: 'Previous period', numeric: true },
      { key: 'trend', label: 'Change from the previous period' },
      { key: 'rank', label: 'Rank', numeric: true },
    ],
    rows: [
      time('A1'),
      time('A1_adjusted'),
      time('A2'),
      {
        indicator: INDICATOR_SHORT.A3,
        value: shown(a3.percent, a3.suppressed),
        children: a3.children,
        threshold: null,
        status: null,
        distance: null,
        england: national.england.A3.percent,
        previous: a3.previous,
        trend: null,
        rank: null,
      },
    ],
  }
}

/** A council's indicators in every period, with England and the thresholds. */
export function trendTable(code: string, name: string, scorecards: readonly NationalScorecard[]): TableModel {
  const england = scorecards.length > 0 ? englandLabel(scorecards[scorecards.length - 1]!) : 'England'
  return {
    caption: `${name}: indicators over time`,
    columns: [
      { key: 'period', label: 'Period' },
      { key: 'a1', label: `A1 ${name}`, numeric: true },
      { key: 'a1England', label: `A1 ${england}`, numeric: true },
      { key: 'a1Threshold', label: 'A1 threshold', numeric: true },
      { key: 'a2', label: `A2 ${name}`, numeric: true },
      { key: 'a2England', label: `A2 ${england}`, numeric: true },
      { key: 'a2Threshold', label: 'A2 threshold', numeric: true },
      { key: 'a3', label: `A3 % ${name}`, numeric: true },
      { key: 'a3England', label: `A3 % ${england}`, numeric: true },
      // A3's cut-off changes with the edition: a percentage is comparable only with one under the same cut-off.
      { key: 'a3Months', label: 'A3 cut-off (months)', numeric: true },
    ],
    rows: scorecards.map((n) => {
      const c = n.councils.find((x) => x.code === code)
      return {
        period: n.period,
        a1: shown(c?.indicators.A1.value, c?.indicators.A1.suppressed),
        a1England: n.england.A1.value,
        a1Threshold: n.thresholds.A1,
        a2: shown(c?.indicators.A2.value, c?.indicators.A2.suppressed),
        a2England: n.england.A2.value,
        a2Threshold: n.thresholds.A2,
        a3: shown(c?.indicators.A3.percent, c?.indicators.A3.suppressed),
        a3England: n.england.A3.percent,
        a3Months: n.edition.a3Months,
      }
    }),
  }
}

/** The children behind a council's averages. */
export function childrenTable(code: string, period: string, children: readonly AdoptedChild[]): TableModel {
  return {
    caption: `Children adopted in ${period}: ${children.length}`,
    columns: [
      { key: 'child', label: 'Child' },
      { key: 'enteredCare', label: 'Entered care' },
      { key: 'placementOrder', label: 'Placement order' },
      { key: 'match', label: 'Matched' },
      { key: 'placed', label: 'Placed for adoption' },
      { key: 'adopted', label: 'Adopted' },
      { key: 'a1', label: 'A1 days', numeric: true },
      { key: 'a1Adjusted', label: 'A10 days', numeric: true },
      { key: 'a2', label: 'A2 days', numeric: true },
      { key: 'fosterCarers', label: 'By foster carers' },
    ],
    rows: children.map((c) => ({
      child: c.child,
      enteredCare: c.enteredCare,
      placementOrder: c.placementOrder,
      match: c.match,
      placed: c.placedForAdoption,
      adopted: c.adopted,
      a1: c.a1Days,
      a1Adjusted: c.a1AdjustedDays,
      a2: c.a2Days,
      fosterCarers: c.byFosterCarers,
    })),
    links: children.map((c) => ({ child: `/councils/${code}/children/${encodeURIComponent(c.child)}` })),
  }
}

export interface Stage {
  name: string
  date: string | null
  /** Days since the previous stage reached. */
  days: number | null
}

/** A journey's stages in order, with the days between each and the one before. */
export function journeyStages(j: Journey): Stage[] {
  const raw: [string, string | null][] = [
    ['Entered care', j.enteredCare],
    ['Care proceedings began', j.careProceedingsStart],
    ['Decision that the child should be placed for adoption', j.decisionToPlace],
    ['Placement order', j.placementOrder],
    ['Matched with adopters', j.match],
    ['Moved in with the family who adopted', j.byFosterCarers ? j.movedInWithAdopters : null],
    ['Placed for adoption', j.placedForAdoption],
    [
      j.outcome === 'adopted'
        ? 'Adopted'
        : j.ended
          ? `Left care (${j.outcome.replace(/-/g, ' ')})`
          : 'Still looked after',
      j.ended,
    ],
  ]
  const final = raw[raw.length - 1]!
  const reached = raw
    .slice(0, -1)
    .filter((s): s is [string, string] => s[1] !== null)
    .sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
  let previous: string | null = null
  return [...reached, final].map(([name, date]) => {
    const days = date && previous ? daysBetween(previous, date) : null
    if (date) previous = date
    return { name, date, days }
  })
}

export function journeyTable(j: Journey): TableModel {
  const stages = journeyStages(j)
  return {
    caption: `Period of care from ${j.enteredCare}`,
    columns: [
      { key: 'stage', label: 'Stage' },
      { key: 'date', label: 'Date' },
      { key: 'days', label: 'Days since the stage before', numeric: true },
    ],
    rows: stages.map((s) => ({ stage: s.name, date: s.date, days: s.days })),
  }
}
