import type { Comparison, CouncilContext, NationalContext } from '../context/nationalContext.js'
import type { CountIndicator } from '../domain/indicator.js'
import type { CouncilScorecard, NationalScorecard } from '../scorecard/nationalScorecard.js'
import type { TableModel } from './tableModel.js'

/** Tables of the context page: each is shown, and downloadable, as it stands. */
export function stagesTable(
  name: string,
  mine: CouncilContext,
  england: NationalContext['england'] | null,
): TableModel {
  return {
    caption: 'Where the time goes: average days in each stage',
    columns: [
      { key: 'stage', label: 'Stage' },
      { key: 'owner', label: 'Mostly in the hands of' },
      { key: 'council', label: name, numeric: true },
      { key: 'children', label: 'Children', numeric: true },
      { key: 'england', label: 'England', numeric: true },
    ],
    rows: mine.stages.map((s, i) => ({
      stage: s.name,
      owner: s.owner === 'court' ? 'The court' : 'The council',
      council: s.days.value,
      children: s.days.children,
      england: england?.stages[i]?.days.value ?? null,
    })),
  }
}

export function proceedingsTable(
  name: string,
  mine: CouncilContext,
  england: NationalContext['england'] | null,
): TableModel {
  const row = (who: string, p: CouncilContext['proceedings']) => ({
    who,
    count: p.count,
    weeks: p.meanWeeks,
    within: p.within26Weeks,
    percent: p.percentWithin,
  })
  return {
    caption: 'Care proceedings that ended in the period',
    columns: [
      { key: 'who', label: 'Area' },
      { key: 'count', label: 'Proceedings', numeric: true },
      { key: 'weeks', label: 'Average length (weeks)', numeric: true },
      { key: 'within', label: 'Within 26 weeks', numeric: true },
      { key: 'percent', label: 'Within 26 weeks (%)', numeric: true },
    ],
    rows: [row(name, mine.proceedings), ...(england ? [row('England', england.proceedings)] : [])],
  }
}

export function harderToPlaceTable(
  name: string,
  mine: CouncilContext,
  england: NationalContext['england'] | null,
): TableModel {
  const items: [string, (h: CouncilContext['harderToPlace']) => CountIndicator][] = [
    ['Aged 5 or over when placed', (h) => h.agedFiveOrOverAtPlacement],
    ['In a sibling group placed together', (h) => h.inSiblingGroups],
    ['From an ethnic minority background', (h) => h.fromEthnicMinorities],
    ['Waited longer than three quarters of England’s children', (h) => h.waitedLongest],
  ]
  return {
    caption: 'Children who are harder to place, among those adopted (counted in A1)',
    columns: [
      { key: 'group', label: 'Children' },
      { key: 'count', label: name, numeric: true },
      { key: 'percent', label: `${name} (%)`, numeric: true },
      { key: 'england', label: 'England (%)', numeric: true },
    ],
    rows: items.map(([group, pick]) => ({
      group,
      count: pick(mine.harderToPlace).count,
      percent: pick(mine.harderToPlace).percent,
      england: england ? pick(england.harderToPlace).percent : null,
    })),
  }
}

export function adjustedTable(name: string, mine: CouncilContext, national: NationalScorecard): TableModel {
  const a = mine.adjusted
  return {
    caption: 'A1 adjusted for the children’s characteristics (case mix)',
    columns: [
      { key: 'measure', label: 'Measure' },
      { key: 'days', label: 'Days', numeric: true },
    ],
    rows: [
      { measure: `${name}: A1 as observed`, days: a.observed },
      { measure: `A1 expected for ${name}’s mix of children`, days: a.expected },
      { measure: 'Observed minus expected', days: a.difference },
      { measure: '95% interval: from', days: a.lower },
      { measure: '95% interval: to', days: a.upper },
      { measure: `${name}: A1 with England’s mix of children`, days: a.adjusted },
      { measure: 'England A1', days: national.england.A1.value },
    ],
  }
}

export function permanenceTable(
  name: string,
  mine: CouncilContext,
  england: NationalContext['england'] | null,
): TableModel {
  return {
    caption: 'Permanence beyond adoption: children leaving care by each route',
    columns: [
      { key: 'route', label: 'Route' },
      { key: 'count', label: name, numeric: true },
      { key: 'percent', label: `${name} (% leaving care)`, numeric: true },
      { key: 'days', label: `${name}: days from entering care to the order`, numeric: true },
      { key: 'england', label: 'England (% leaving care)', numeric: true },
    ],
    rows: [
      ...mine.permanence.routes.map((r, i) => ({
        route: r.name,
        count: r.leaving.count,
        percent: r.leaving.percent,
        days: r.daysToOrder.value,
        england: england?.permanence.routes[i]?.leaving.percent ?? null,
      })),
      {
        route: 'All three together',
        count: mine.permanence.combined.count,
        percent: mine.permanence.combined.percent,
        days: null,
        england: england?.permanence.combined.percent ?? null,
      },
    ],
  }
}

export function comparisonTable(
  c: CouncilScorecard,
  others: { region: Comparison; neighbours: Comparison } | null,
  national: NationalScorecard,
  source: string,
): TableModel {
  const row = (who: string, x: Comparison) => ({ who, a1: x.a1, a2: x.a2, councils: x.councils })
  return {
    caption: `${c.name} against comparable councils`,
    columns: [
      { key: 'who', label: 'Area' },
      { key: 'a1', label: 'A1 days', numeric: true },
      { key: 'a2', label: 'A2 days', numeric: true },
      { key: 'councils', label: 'Councils averaged', numeric: true },
    ],
    rows: [
      { who: c.name, a1: c.indicators.A1.value, a2: c.indicators.A2.value, councils: 1 },
      ...(others
        ? [
            row(
              `${source === 'region' ? 'Other councils in the region' : 'Statistical neighbours'} (mean of councils)`,
              others.neighbours,
            ),
            row(`${c.region} (mean of other councils)`, others.region),
          ]
        : []),
      {
        who: 'England (all children)',
        a1: national.england.A1.value,
        a2: national.england.A2.value,
        councils: national.councils.length,
      },
    ],
  }
}
