import { ageInYears } from '../domain/calendarDate.js'
import { byChild } from '../domain/periodOfCare.js'
import type { CouncilRecords } from '../domain/returnRecords.js'
import { ADOPTED } from './codeLists.js'
import type { FindingLog } from './findingLog.js'

/** Checks that link the tables of one council's return for one year. */
export function checkReturn(records: CouncilRecords, log: FindingLog): void {
  const header = new Map(records.children.map((c) => [c.child, c]))
  const episodes = byChild(records.episodes)
  const adoptions = new Set(records.adoptions.map((a) => a.child))
  const hasEpisodes = records.episodes.length > 0

  for (const [child, list] of episodes) {
    const first = list[0]!
    const record = header.get(child)
    if (!record) {
      if (records.children.length > 0) log.report('AS040', first.source.file, first.source.row, 'CHILD', child)
      continue
    }
    for (const e of list) {
      if (record.birth && e.start < record.birth) {
        log.report('AS042', e.source.file, e.source.row, 'DECOM', e.start, `(DOB ${record.birth} in ${record.source.file} line ${record.source.row}.)`)
      }
      if (record.birth && e.reasonNewEpisode === 'S' && ageInYears(record.birth, e.start) >= 18) {
        log.report('AS055', e.source.file, e.source.row, 'DECOM', e.start)
      }
    }
    if (records.adoptions.length > 0 || hasEpisodes) {
      for (const e of list) {
        if (ADOPTED.has(e.reasonEnded) && !adoptions.has(child)) {
          log.report('AS043', e.source.file, e.source.row, 'REC', e.reasonEnded)
        }
      }
    }
  }
  if (hasEpisodes) {
    for (const c of records.children) {
      if (!episodes.has(c.child)) log.report('AS041', c.source.file, c.source.row, 'CHILD', c.child)
    }
    for (const a of records.adoptions) {
      const list = episodes.get(a.child) ?? []
      if (!list.some((e) => ADOPTED.has(e.reasonEnded))) log.report('AS044', a.source.file, a.source.row, 'CHILD', a.child)
    }
  }
}
