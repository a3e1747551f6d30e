import type { ChildOnJourney } from '../pipeline/journeyFlags.js'
import type { Tracker } from '../pipeline/tracker.js'
import type { TableModel } from './tableModel.js'

/** The tracker's four lists, in the order the page shows them. */
export const TRACKER_LISTS = [
  'orders-made',
  'awaiting-court',
  'action-needed',
  'awaiting-application',
  'children',
] as const
export type TrackerList = (typeof TRACKER_LISTS)[number]

/**
 * The tracker's lists as tables, in the shape councils already keep (seed 004, appendix 6): the page and its CSV and
 * XLSX downloads show the same rows. Each child links where `linkTo` says (its court stages, or its journey).
 */
export function trackerTables(
  t: Tracker,
  children: readonly (ChildOnJourney & { courtStage: string | null })[],
  linkTo: (child: string) => string,
): Map<TrackerList, TableModel> {
  const links = (rows: { child: string }[]) => rows.map((r) => ({ child: linkTo(r.child) }))
  return new Map<TrackerList, TableModel>([
    [
      'orders-made',
      {
        caption: `Adoption orders made this year: ${t.ordersMade.length}`,
        columns: [
          { key: 'date', label: 'Date adoption order made' },
          { key: 'child', label: 'Child' },
          { key: 'source', label: 'Recorded in' },
        ],
        rows: t.ordersMade.map((o) => ({
          date: o.date,
          child: o.child,
          source: o.source === 'return' ? 'The return' : 'The council’s court stages',
        })),
        links: links(t.ordersMade),
      },
    ],
    [
      'awaiting-court',
      {
        caption: `Applications lodged and awaiting a court date: ${t.awaitingCourt.length}`,
        columns: [
          { key: 'child', label: 'Child' },
          { key: 'placed', label: 'Placed for adoption' },
          { key: 'lodged', label: 'Application lodged' },
          { key: 'hearing', label: 'Next hearing' },
        ],
        rows: t.awaitingCourt.map((a) => ({
          child: a.child,
          placed: a.placed,
          lodged: a.lodged,
          hearing: a.nextHearing ?? 'Not yet known',
        })),
        links: links(t.awaitingCourt),
      },
    ],
    [
      'action-needed',
      {
        caption: `Decisions to apply for the adoption order, action needed: ${t.actionNeeded.length}`,
        columns: [
          { key: 'child', label: 'Child' },
          { key: 'placed', label: 'Placed for adoption' },
          { key: 'recommendation', label: 'Recommendation to apply' },
          { key: 'action', label: 'Action needed' },
          { key: 'owedBy', label: 'Awaited from' },
        ],
        rows: t.actionNeeded.map((a) => ({
          child: a.child,
          placed: a.placed,
          recommendation: a.recommendation,
          action: a.action,
          owedBy: a.owedBy,
        })),
        links: links(t.actionNeeded),
      },
    ],
    [
      'awaiting-application',
      {
        caption: `Placed for adoption, application to be made in due course: ${t.awaitingApplication.length}`,
        columns: [
          { key: 'child', label: 'Child' },
          { key: 'placed', label: 'Placed for adoption' },
          { key: 'days', label: 'Days placed', numeric: true },
        ],
        rows: t.awaitingApplication.map((a) => ({ child: a.child, placed: a.placed, days: a.daysPlaced })),
        links: links(t.awaitingApplication),
      },
    ],
    [
      'children',
      {
        caption: `Every child on the adoption journey: ${children.length}`,
        columns: [
          { key: 'child', label: 'Child' },
          { key: 'stage', label: 'Stage in the return' },
          { key: 'court', label: 'Court stage recorded by the council' },
          { key: 'entered', label: 'Entered care' },
          { key: 'inCare', label: 'Days in care', numeric: true },
          { key: 'flags', label: 'Flags' },
        ],
        rows: children.map((c) => ({
          child: c.child,
          stage: c.stage,
          court: c.courtStage,
          entered: c.enteredCare,
          inCare: c.daysInCare,
          flags: c.flags.map((f) => f.reason).join('; ') || null,
        })),
        links: children.map((c) => ({ child: linkTo(c.child) })),
      },
    ],
  ])
}
