import type { ChildrenWaiting } from '../pipeline/childrenWaiting.js'
import type { TableModel } from './tableModel.js'

/**
 * The children on the journey with their flags: on the pipeline page (each child linking to its journey) and on the
 * check page (no links: there, nothing leaves the browser).
 */
export function childrenWaitingTable(data: ChildrenWaiting, linkTo?: (child: string) => string): TableModel {
  return {
    caption: `Children on the journey at ${data.asAt}: ${data.children.length}`,
    columns: [
      { key: 'child', label: 'Child' },
      { key: 'stage', label: 'Stage now' },
      { key: 'inCare', label: 'Days in care', numeric: true },
      { key: 'decision', label: 'Days since decision', numeric: true },
      { key: 'order', label: 'Days since placement order', numeric: true },
      { key: 'match', label: 'Days since match', numeric: true },
      { key: 'flags', label: 'Flags' },
    ],
    rows: data.children.map((c) => ({
      child: c.child,
      stage: c.stage,
      inCare: c.daysInCare,
      decision: c.daysSinceDecision,
      order: c.daysSinceOrder,
      match: c.daysSinceMatch,
      flags: c.flags.map((f) => f.reason).join('; ') || null,
    })),
    ...(linkTo ? { links: data.children.map((c) => ({ child: linkTo(c.child) })) } : {}),
  }
}
