import type { CalendarDate } from '../../domain/calendarDate.js'
import type { AdoptionRecord, Episode, PlacementDecision } from '../../domain/returnRecords.js'
import type { CodeTag } from '../editions/codeHistory.js'
import type { UsedTable } from '../tableSpecs.js'
import { ALL_EDITIONS, dfeRule, type Rule } from './rule.js'
import { shown, type Report, type ReturnUnderCheck } from './returnUnderCheck.js'

/*
 * The Department's rules on AD1 (the adoption: DATE_INT, DATE_MATCH, FOSTER_CARE and the adopters) and PlacedAdoption
 * (decisions that a child should be placed for adoption, and their reversal), against each other and the episodes.
 * Wording, conditions and editions from docs/sources/dfe-rules.json. Dates are compared as dates; a comparison with a
 * blank or invalid date is false unless the rule says otherwise. Records hold a blank and an invalid date alike as
 * null: where a rule tests only whether a date is given, an invalid one counts as blank (115, 116 and 112 report it).
 */

/** PLACE: placed for adoption (A3-A6). The rules' own list: the edition's tag also holds A1/A2 up to 2009-10. */
const PLACED_FOR_ADOPTION = new Set(['A3', 'A4', 'A5', 'A6'])
/** REC: adopted (E11, E12). The rules' own list: the edition's tag also holds E1 up to 2009-10. */
const ADOPTED = new Set(['E11', 'E12'])
/** LS: short breaks (V3, V4). The rule's own list: the edition's tag also holds V1 up to 2009-10. */
const SHORT_BREAKS = new Set(['V3', 'V4'])

const placedForAdoption = (e: Episode): boolean => PLACED_FOR_ADOPTION.has(e.placement)
const adopted = (e: Episode): boolean => ADOPTED.has(e.reasonEnded)
const continues = (r: ReturnUnderCheck, e: Episode): boolean => r.edition.is('REC', e.reasonEnded, 'continues')
const startsPeriod = (r: ReturnUnderCheck, e: Episode): boolean =>
  r.edition.is('RNE', e.reasonNewEpisode, 'starts-period')
const adoptedInYear = (r: ReturnUnderCheck, e: Episode): boolean =>
  adopted(e) && e.end !== null && e.end >= r.start && e.end <= r.end

/** a after b, both dates. */
const isAfter = (a: CalendarDate | null, b: CalendarDate | null): boolean => a !== null && b !== null && a > b
const isBefore = (a: CalendarDate | null, b: CalendarDate | null): boolean => isAfter(b, a)

/** The return holds every one of the tables (a rule about something missing cannot tell without them). */
const holds = (r: ReturnUnderCheck, ...tables: UsedTable[]): boolean => tables.every((t) => r.tables.has(t))

/** Reports each record at most once, however many comparisons it fails. */
function once(report: Report): Report {
  const seen = new Set<object>()
  return (record, hit) => {
    if (seen.has(record)) return
    seen.add(record)
    report(record, hit)
  }
}

const last = <T>(list: readonly T[]): T | undefined => list[list.length - 1]

// --- AD1 -------------------------------------------------------------------------------------------------------

/** The six AD1 items about the adoption, by column, as the return shows them ('' when blank). */
const adoptionItems = (a: AdoptionRecord): [string, string][] => [
  ['DATE_INT', shown(a.decisionDate)],
  ['DATE_MATCH', shown(a.matchDate)],
  ['FOSTER_CARE', a.fosterCare],
  ['NB_ADOPTR', a.adopterCount],
  ['SEX_ADOPTR', a.adopterSex],
  ['LS_ADOPTR', a.adopterLegalStatus],
]
const blankItems = (a: AdoptionRecord): string[] => adoptionItems(a).flatMap(([c, v]) => (v === '' ? [c] : []))
const givenItems = (a: AdoptionRecord): [string, string][] => adoptionItems(a).filter(([, v]) => v !== '')

// --- PlacedAdoption ---------------------------------------------------------------------------------------------

/** A later decision (by DATE_PLACED) of the same child replaced this one: it is no longer the child's decision. */
const superseded = (d: PlacementDecision, all: readonly PlacementDecision[]): boolean =>
  all.some((o) => o !== d && isAfter(o.decisionDate, d.decisionDate))

/** The decision with the latest DATE_PLACED (the first in the file on a tie); blank or invalid dates come last. */
function latestDecision(decisions: readonly PlacementDecision[]): PlacementDecision | undefined {
  let best: PlacementDecision | undefined
  for (const d of decisions) {
    if (!best || isAfter(d.decisionDate, best.decisionDate) || (best.decisionDate === null && d.decisionDate !== null))
      best = d
  }
  return best
}

/** A child's decisions by DATE_PLACED, blank or invalid dates last, file order kept on ties. */
function byDecisionDate(decisions: readonly PlacementDecision[]): PlacementDecision[] {
  const key = (d: PlacementDecision) => d.decisionDate ?? '9999-99-99'
  return [...decisions].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
}

/** The decision's DATE_PLACED and DATE_PLACED_CEASED, by column. */
const decisionDates = (d: PlacementDecision): [string, CalendarDate | null][] => [
  ['DATE_PLACED', d.decisionDate],
  ['DATE_PLACED_CEASED', d.ceasedDate],
]

/** Where a decision's reversal is incomplete or given: the column to point at, the date first. */
const ceasedColumn = (d: PlacementDecision, missing: boolean): { column: string; value: string } =>
  (missing ? d.ceasedDate === null : d.ceasedDate !== null)
    ? { column: 'DATE_PLACED_CEASED', value: shown(d.ceasedDate) }
    : { column: 'REASON_PLACED_CEASED', value: d.reasonCeased }

const NO_DECISION = '(The child has no row in the PlacedAdoption table.)'

// --- Rules shared in shape ---------------------------------------------------------------------------------------

/** 514, 517-520, 524: a legal status of adopters that allows only some genders of adopters (blank SEX_ADOPTR fires). */
const adopterSexRule = (id: string, legalStatus: string, allowed: readonly string[], wording: string): Rule =>
  dfeRule({
    id,
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['AD1'],
    fields: ['LS_ADOPTR', 'SEX_ADOPTR'],
    wording,
    check(r, report) {
      for (const a of r.adoptions) {
        if (a.adopterLegalStatus === legalStatus && !allowed.includes(a.adopterSex)) {
          report(a, { column: 'SEX_ADOPTR', value: a.adopterSex, other: `LS_ADOPTR ${a.adopterLegalStatus}` })
        }
      }
    },
  })

/**
 * 553 (placement order) and 555 (freeing order): an episode under the order for a child with no decision to place;
 * and, while such an episode is open, the child's decision to place shown as reversed (a date or a reason). A reversed
 * decision that a later decision replaced is history, not the child's decision: it is left alone.
 */
function orderWithoutDecision(r: ReturnUnderCheck, report: Report, order: CodeTag): void {
  if (!holds(r, 'Episodes', 'PlacedAdoption')) return
  const flag = once(report)
  for (const e of r.episodes) {
    if (!r.edition.is('LS', e.legalStatus, order)) continue
    const decisions = r.decisionsOf(e.child)
    if (decisions.length === 0) {
      flag(e, { column: 'LS', value: e.legalStatus, detail: NO_DECISION })
      continue
    }
    if (e.end !== null) continue
    for (const d of decisions) {
      if ((d.ceasedDate !== null || d.reasonCeased !== '') && !superseded(d, decisions)) {
        flag(d, { ...ceasedColumn(d, false), other: `LS ${e.legalStatus}` })
      }
    }
  }
}

/**
 * 335: the child's last placement for adoption before the episode ending in adoption, in the same period of care
 * (walking back through episodes that ended X1). Not the first: a placement may break down and the next carers adopt.
 */
const ADOPTION_335 = new Set(['A1', 'A2', 'A3', 'A4', 'A5', 'A6'])
function lastAdoptivePlacement(r: ReturnUnderCheck, episodes: readonly Episode[], i: number): Episode | undefined {
  for (let j = i; j >= 0; j--) {
    const e = episodes[j]!
    if (j < i && !continues(r, e)) return undefined
    if (ADOPTION_335.has(e.placement)) return e
  }
  return undefined
}

export const DFE_ADOPTION_RULES: readonly Rule[] = [
  dfeRule({
    id: '117',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['Episodes', 'PlacedAdoption'],
    fields: ['DATE_PLACED_CEASED', 'DATE_PLACED', 'DEC', 'REC', 'DECOM'],
    wording:
      'Date of decision that a child should/should no longer be placed for adoption is beyond the current collection ' +
      'year or after the child ceased to be looked after.',
    check(r, report) {
      const flag = once(report)
      for (const d of r.decisions) {
        // The latest episode that did not end X1: its DEC is when the child ceased to be looked after.
        const latest = last(r.episodesOf(d.child).filter((e) => !continues(r, e)))
        for (const [column, date] of decisionDates(d)) {
          // The Department's wording bounds the dates by the collection year whatever the episodes; the validator
          // skips children without a qualifying episode. The episode is flagged only where its DEC was compared.
          const afterDec = latest !== undefined && isAfter(date, latest.end)
          if (afterDec) {
            flag(d, { column, value: shown(date), other: `DEC ${shown(latest.end)}` })
            flag(latest, { column: 'DEC', value: shown(latest.end), other: `${column} ${shown(date)}` })
          } else if (isAfter(date, r.end)) {
            flag(d, { column, value: shown(date), detail: `(The collection year ends ${shown(r.end)}.)` })
          }
        }
      }
    },
  }),
  dfeRule({
    id: '118',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['Episodes', 'PlacedAdoption'],
    fields: ['DATE_PLACED_CEASED', 'DECOM', 'LS'],
    wording:
      'Date of decision that a child should no longer be placed for adoption is before the current collection year ' +
      'or before the date the child started to be looked after.',
    check(r, report) {
      const flag = once(report)
      for (const d of r.decisions) {
        const earliest = r.episodesOf(d.child).find((e) => !SHORT_BREAKS.has(e.legalStatus))
        // As 117: the collection year bounds the date whatever the episodes (the validator skips such children).
        if (earliest !== undefined && isBefore(d.ceasedDate, earliest.start)) {
          flag(d, { column: 'DATE_PLACED_CEASED', value: shown(d.ceasedDate), other: `DECOM ${shown(earliest.start)}` })
          flag(earliest, {
            column: 'DECOM',
            value: shown(earliest.start),
            other: `DATE_PLACED_CEASED ${shown(d.ceasedDate)}`,
          })
        } else if (isBefore(d.ceasedDate, r.start)) {
          flag(d, {
            column: 'DATE_PLACED_CEASED',
            value: shown(d.ceasedDate),
            detail: `(The collection year starts ${shown(r.start)}.)`,
          })
        }
      }
    },
  }),
  dfeRule({
    id: '119',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['PlacedAdoption'],
    fields: ['REASON_PLACED_CEASED', 'DATE_PLACED_CEASED'],
    wording:
      'If the decision is made that a child should no longer be placed for adoption, then the date of this decision ' +
      'and the reason why this decision was made must be completed.',
    check(r, report) {
      for (const d of r.decisions) {
        if ((d.ceasedDate !== null) === (d.reasonCeased !== '')) continue
        const given = ceasedColumn(d, false)
        report(d, { ...ceasedColumn(d, true), other: `${given.column} ${given.value}` })
      }
    },
  }),
  dfeRule({
    id: '151',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['AD1'],
    fields: ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'],
    wording: 'All data items relating to a childs adoption must be coded or left blank.',
    check(r, report) {
      for (const a of r.adoptions) {
        const blank = blankItems(a)
        if (blank.length === 0 || blank.length === 6) continue
        report(a, { column: blank[0]!, value: '', detail: `(Blank: ${blank.join(', ')}.)` })
      }
    },
  }),
  dfeRule({
    id: '184',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['Header', 'PlacedAdoption'],
    fields: ['DATE_PLACED', 'DOB'],
    wording: 'Date of decision that a child should be placed for adoption is before the child was born.',
    check(r, report) {
      for (const d of r.decisions) {
        // "Before the child was born": the Header DOB (the validator reads the PlacedAdoption table's own DOB, and
        // fires when it is blank); with no DOB there is nothing to compare (102 reports a missing DOB).
        const birth = r.headerOf(d.child)?.birth ?? null
        if (isBefore(d.decisionDate, birth)) {
          report(d, { column: 'DATE_PLACED', value: shown(d.decisionDate), other: `Header DOB ${shown(birth)}` })
        }
      }
    },
  }),
  dfeRule({
    id: '331',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['AD1', 'Episodes'],
    fields: ['DATE_MATCH', 'DECOM', 'REC'],
    wording:
      'Date of matching child and adopter(s) should be the same as, or prior to, the date of placement of adoption.',
    check(r, report) {
      const flag = once(report)
      for (const e of r.episodes.filter(adopted)) {
        for (const a of r.adoptionsOf(e.child)) {
          if (!isAfter(a.matchDate, e.start)) continue
          flag(a, { column: 'DATE_MATCH', value: shown(a.matchDate), other: `DECOM ${shown(e.start)}` })
          flag(e, { column: 'DECOM', value: shown(e.start), other: `DATE_MATCH ${shown(a.matchDate)}` })
        }
      }
    },
  }),
  dfeRule({
    id: '333',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['AD1'],
    fields: ['DATE_INT'],
    wording: 'Date should be placed for adoption must be on or prior to the date of matching child with adopter(s).',
    check(r, report) {
      for (const a of r.adoptions) {
        if (a.matchDate === null || (a.decisionDate !== null && a.decisionDate <= a.matchDate)) continue
        report(a, { column: 'DATE_INT', value: shown(a.decisionDate), other: `DATE_MATCH ${shown(a.matchDate)}` })
      }
    },
  }),
  dfeRule({
    id: '334',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['Episodes', 'AD1'],
    fields: ['DATE_INT', 'DECOM', 'RNE'],
    wording:
      'Date child started to be looked after in latest period of care must be on or prior to the date should be ' +
      'placed for adoption. ',
    check(r, report) {
      const flag = once(report)
      for (const a of r.adoptions) {
        const start = last(r.episodesOf(a.child).filter((e) => startsPeriod(r, e)))
        if (start === undefined || !isBefore(a.decisionDate, start.start)) continue
        flag(a, { column: 'DATE_INT', value: shown(a.decisionDate), other: `DECOM ${shown(start.start)}` })
        flag(start, { column: 'DECOM', value: shown(start.start), other: `DATE_INT ${shown(a.decisionDate)}` })
      }
    },
  }),
  dfeRule({
    id: '335',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['Episodes', 'AD1'],
    fields: ['PLACE', 'FOSTER_CARE'],
    wording:
      'The current foster value (0) suggests that child is not adopted by current foster carer, but last placement ' +
      'is A2, A3, or A5. Or the current foster value (1) suggests that child is adopted by current foster carer, but ' +
      'last placement is A1, A4 or A6.',
    check(r, report) {
      const flag = once(report)
      // The rule's own lists, legacy codes kept: REC E1 (adopted, before E11/E12); A1/A2 (before A3-A6).
      const withFosterCarers = ['A2', 'A3', 'A5']
      for (const episodes of r.episodesByChild().values()) {
        episodes.forEach((e, i) => {
          if (!['E1', 'E11', 'E12'].includes(e.reasonEnded)) return
          const placement = lastAdoptivePlacement(r, episodes, i)
          if (placement === undefined) return
          const contrary = withFosterCarers.includes(placement.placement) ? '0' : '1'
          for (const a of r.adoptionsOf(e.child)) {
            // A blank FOSTER_CARE never fires (151 and 601 report it); an invalid code is 114's.
            if (a.fosterCare !== contrary) continue
            flag(placement, { column: 'PLACE', value: placement.placement, other: `FOSTER_CARE ${a.fosterCare}` })
            flag(a, { column: 'FOSTER_CARE', value: a.fosterCare, other: `PLACE ${placement.placement}` })
          }
        })
      }
    },
  }),
  dfeRule({
    id: '390',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['Episodes'],
    fields: ['PLACE', 'REC'],
    wording: 'Reason episode ceased is adopted but child has not been previously placed for adoption.',
    check(r, report) {
      for (const e of r.episodes) {
        if (adopted(e) && !placedForAdoption(e)) {
          report(e, { column: 'PLACE', value: e.placement, other: `REC ${e.reasonEnded}` })
        }
      }
    },
  }),
  dfeRule({
    id: '408',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['Episodes'],
    fields: ['PLACE', 'LS'],
    wording: 'Child is placed for adoption with a placement order, but no placement order has been recorded.',
    check(r, report) {
      for (const e of r.episodes) {
        if (
          r.edition.is('PLACE', e.placement, 'under-placement-order') &&
          !r.edition.is('LS', e.legalStatus, 'placement-order')
        ) {
          report(e, { column: 'LS', value: e.legalStatus, other: `PLACE ${e.placement}` })
        }
      }
    },
  }),
  dfeRule({
    id: '511',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['AD1'],
    fields: ['NB_ADOPTR', 'SEX_ADOPTR'],
    wording:
      'If reporting that the number of person(s) adopting the looked after child is two adopters then the code ' +
      'should only be MM, FF or MF. MM = the adopting couple are both males; FF = the adopting couple are both ' +
      'females; MF = The adopting couple are male and female.',
    check(r, report) {
      for (const a of r.adoptions) {
        if (a.adopterCount === '2' && ['M1', 'F1'].includes(a.adopterSex)) {
          report(a, { column: 'SEX_ADOPTR', value: a.adopterSex, other: `NB_ADOPTR ${a.adopterCount}` })
        }
      }
    },
  }),
  adopterSexRule(
    '514',
    'L0',
    ['M1', 'F1'],
    'Data entry on the legal status of adopters shows a single adopter but data entry for the numbers of adopters ' +
      'shows it as a couple.',
  ),
  adopterSexRule(
    '517',
    'L3',
    ['MF'],
    'If reporting legal status of adopters is L3 then the genders of adopters should be coded as MF. MF = the ' +
      'adopting couple are male and female.',
  ),
  adopterSexRule(
    '518',
    'L4',
    ['MM', 'FF'],
    'If reporting legal status of adopters is L4 then the genders of adopters should be coded as MM or FF. MM = the ' +
      'adopting couple are both males. FF = the adopting couple are both females.',
  ),
  adopterSexRule(
    '519',
    'L2',
    ['MM', 'FF', 'MF'],
    'Data entered on the legal status of adopters shows civil partnership couple, but data entered on genders of ' +
      'adopters does not show it as a couple.',
  ),
  adopterSexRule(
    '520',
    'L11',
    ['MF'],
    'Data entry on the legal status of adopters shows different gender married couple but data entry on genders of ' +
      'adopters shows it as a same gender couple.',
  ),
  dfeRule({
    id: '521',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['Episodes', 'AD1'],
    fields: ['PLACE', 'DECOM', 'DATE_INT'],
    wording:
      "Date of local authority's decision (LA) that adoption is in the best interests of the child (date should be " +
      'placed) must be on or prior to the date the child is placed for adoption.',
    check(r, report) {
      const flag = once(report)
      for (const e of r.episodes.filter(placedForAdoption)) {
        for (const a of r.adoptionsOf(e.child)) {
          if (!isAfter(a.decisionDate, e.start)) continue
          flag(e, { column: 'DECOM', value: shown(e.start), other: `DATE_INT ${shown(a.decisionDate)}` })
          flag(a, { column: 'DATE_INT', value: shown(a.decisionDate), other: `DECOM ${shown(e.start)}` })
        }
      }
    },
  }),
  dfeRule({
    id: '522',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['PlacedAdoption'],
    fields: ['DATE_PLACED', 'DATE_PLACED_CEASED'],
    wording:
      'Date of decision that the child should be placed for adoption must be on or before the date that a child ' +
      'should no longer be placed for adoption.',
    check(r, report) {
      for (const d of r.decisions) {
        if (isBefore(d.ceasedDate, d.decisionDate)) {
          report(d, {
            column: 'DATE_PLACED_CEASED',
            value: shown(d.ceasedDate),
            other: `DATE_PLACED ${shown(d.decisionDate)}`,
          })
        }
      }
    },
  }),
  dfeRule({
    id: '523',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['PlacedAdoption', 'AD1'],
    fields: ['DATE_PLACED', 'DATE_INT'],
    wording:
      'Date of decision that the child should be placed for adoption should be the same date as the decision that ' +
      'adoption is in the best interest (date should be placed).',
    check(r, report) {
      const flag = once(report)
      for (const d of r.decisions) {
        // The adoption's decision is the child's latest: an earlier decision, reversed and replaced, is not compared
        // (the validator compares every row).
        if (d.decisionDate === null || superseded(d, r.decisionsOf(d.child))) continue
        for (const a of r.adoptionsOf(d.child)) {
          if (a.decisionDate === null || a.decisionDate === d.decisionDate) continue
          flag(d, { column: 'DATE_PLACED', value: shown(d.decisionDate), other: `DATE_INT ${shown(a.decisionDate)}` })
          flag(a, { column: 'DATE_INT', value: shown(a.decisionDate), other: `DATE_PLACED ${shown(d.decisionDate)}` })
        }
      }
    },
  }),
  adopterSexRule(
    '524',
    'L12',
    ['MM', 'FF'],
    'If reporting legal status of adopters is L12 then the genders of adopters should be coded as MM or FF. MM = the ' +
      'adopting couple are both males. FF = the adopting couple are both females',
  ),
  dfeRule({
    id: '525',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['PlacedAdoption', 'AD1'],
    fields: ['DATE_PLACED_CEASED', 'DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'],
    wording:
      'A child for whom the decision to be placed for adoption has been reversed cannot be adopted during the ' +
      'year.',
    check(r, report) {
      const flag = once(report)
      for (const d of r.decisions) {
        // A reversed decision that a later decision replaced does not stop the adoption (the validator fires on it).
        if (d.ceasedDate === null || superseded(d, r.decisionsOf(d.child))) continue
        for (const a of r.adoptionsOf(d.child)) {
          const [item] = givenItems(a)
          if (item === undefined) continue
          flag(d, { column: 'DATE_PLACED_CEASED', value: shown(d.ceasedDate), other: `${item[0]} ${item[1]}` })
          flag(a, { column: item[0], value: item[1], other: `DATE_PLACED_CEASED ${shown(d.ceasedDate)}` })
        }
      }
    },
  }),
  dfeRule({
    id: '551',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['Episodes', 'PlacedAdoption'],
    fields: ['DATE_PLACED', 'PLACE'],
    wording:
      'Child has been placed for adoption but there is no date of the decision that the child should be placed for ' +
      'adoption.',
    check(r, report) {
      if (!holds(r, 'Episodes', 'PlacedAdoption')) return
      // Whether a decision exists; a blank or invalid DATE_PLACED on it is 115's and 563's to report.
      for (const e of r.episodes) {
        if (placedForAdoption(e) && r.decisionsOf(e.child).length === 0) {
          report(e, { column: 'PLACE', value: e.placement, detail: NO_DECISION })
        }
      }
    },
  }),
  dfeRule({
    id: '552',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['Episodes', 'PlacedAdoption'],
    fields: ['DATE_PLACED', 'DECOM'],
    wording:
      'Date of Decision to place a child for adoption should be on or prior to the date that the child was placed ' +
      'for adoption.',
    check(r, report) {
      for (const [child, episodes] of r.episodesByChild()) {
        const placement = episodes.find(placedForAdoption)
        const decision = latestDecision(r.decisionsOf(child))
        if (placement === undefined || decision === undefined || !isBefore(placement.start, decision.decisionDate)) {
          continue
        }
        report(placement, {
          column: 'DECOM',
          value: shown(placement.start),
          other: `DATE_PLACED ${shown(decision.decisionDate)}`,
        })
        report(decision, {
          column: 'DATE_PLACED',
          value: shown(decision.decisionDate),
          other: `DECOM ${shown(placement.start)}`,
        })
      }
    },
  }),
  dfeRule({
    id: '553',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['Episodes', 'PlacedAdoption'],
    fields: ['CHILD', 'DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'],
    wording:
      'Placement order has been granted but there is no date of decision that the child should be placed for ' +
      'adoption.',
    check: (r, report) => orderWithoutDecision(r, report, 'placement-order'),
  }),
  dfeRule({
    id: '554',
    // A query: the Department's message itself warns of false positives.
    severity: 'warning',
    editions: ALL_EDITIONS,
    tables: ['Episodes', 'PlacedAdoption'],
    fields: ['DATE_PLACED', 'DECOM', 'LS'],
    wording:
      'Date of decision that the child should be placed for adoption should be on or prior to the date that the ' +
      'placement order was granted. [NOTE: This rule may result in false positives or false negatives if relevant ' +
      'episodes are in previous years; please check carefully!]',
    check(r, report) {
      const flag = once(report)
      for (const [child, episodes] of r.episodesByChild()) {
        const order = episodes.find((e) => r.edition.is('LS', e.legalStatus, 'placement-order'))
        if (order === undefined) continue
        for (const d of r.decisionsOf(child)) {
          if (!isAfter(d.decisionDate, order.start)) continue
          flag(order, { column: 'DECOM', value: shown(order.start), other: `DATE_PLACED ${shown(d.decisionDate)}` })
          flag(d, { column: 'DATE_PLACED', value: shown(d.decisionDate), other: `DECOM ${shown(order.start)}` })
        }
      }
    },
  }),
  dfeRule({
    id: '555',
    severity: 'error',
    // Deleted from 2024-25: freeing orders (D1) are no longer collected.
    editions: { from: 2007, to: 2024 },
    tables: ['Episodes', 'PlacedAdoption'],
    fields: ['CHILD', 'DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'],
    wording:
      'Freeing order has been granted but there is no date of decision that the child should be placed for ' +
      'adoption.',
    check: (r, report) => orderWithoutDecision(r, report, 'freeing-order'),
  }),
  dfeRule({
    id: '556',
    severity: 'error',
    editions: { from: 2007, to: 2024 },
    tables: ['Episodes', 'PlacedAdoption'],
    fields: ['DATE_PLACED', 'DECOM'],
    wording:
      'Date of decision that the child should be placed for adoption should be on or prior to the date that the ' +
      'freeing order was granted.',
    check(r, report) {
      for (const e of r.episodes) {
        if (!r.edition.is('LS', e.legalStatus, 'freeing-order')) continue
        const later = r.decisionsOf(e.child).find((d) => isAfter(d.decisionDate, e.start))
        if (later)
          report(e, { column: 'DECOM', value: shown(e.start), other: `DATE_PLACED ${shown(later.decisionDate)}` })
      }
    },
  }),
  dfeRule({
    id: '557',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['Episodes', 'PlacedAdoption'],
    fields: ['DATE_PLACED_CEASED', 'REASON_PLACED_CEASED', 'PLACE', 'LS', 'REC'],
    wording:
      'Child for whom the decision was made that they should be placed for adoption has left care but was not ' +
      'adopted and information on the decision that they should no longer be placed for adoption items has not been ' +
      'completed.',
    check(r, report) {
      if (!holds(r, 'Episodes', 'PlacedAdoption')) return
      const flag = once(report)
      // Freeing orders (D1) count up to 2023-24; from 2024-25 placement orders (E1) only.
      const orders: CodeTag = r.year <= 2024 ? 'court-authority-to-place' : 'placement-order'
      for (const e of r.episodes) {
        if (!placedForAdoption(e) && !r.edition.is('LS', e.legalStatus, orders)) continue
        if (e.reasonEnded === '' || continues(r, e) || adopted(e)) continue
        const decisions = r.decisionsOf(e.child)
        if (decisions.length === 0) {
          flag(e, { column: 'REC', value: e.reasonEnded, detail: NO_DECISION })
          continue
        }
        // The decision in force when the child left care: the latest made by DEC (the validator takes every row of
        // the child, so a later decision in a new period of care would fire on this episode).
        const made = decisions.filter((d) => !isAfter(d.decisionDate, e.end))
        const incomplete = made.filter((d) => !superseded(d, made) && (d.ceasedDate === null || d.reasonCeased === ''))
        if (incomplete.length === 0) continue
        flag(e, { column: 'REC', value: e.reasonEnded })
        for (const d of incomplete) flag(d, { ...ceasedColumn(d, true), other: `REC ${e.reasonEnded}` })
      }
    },
  }),
  dfeRule({
    id: '558',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['Episodes', 'PlacedAdoption'],
    fields: ['DATE_PLACED_CEASED', 'REC'],
    wording:
      'If a child has been adopted, then the decision to place them for adoption has not been disrupted and the date ' +
      'of the decision that a child should no longer be placed for adoption should be left blank.',
    check(r, report) {
      // The Department's wording: the latest episode ends in adoption, more than one DATE_PLACED_CEASED, and the
      // latest decision's is not blank (the validator takes any E11/E12 episode and needs every row ceased).
      for (const [child, episodes] of r.episodesByChild()) {
        const latest = last(episodes)!
        const decisions = r.decisionsOf(child)
        if (!adopted(latest) || decisions.filter((d) => d.ceasedDate !== null).length <= 1) continue
        const decision = latestDecision(decisions)!
        if (decision.ceasedDate === null) continue
        report(latest, {
          column: 'REC',
          value: latest.reasonEnded,
          other: `DATE_PLACED_CEASED ${shown(decision.ceasedDate)}`,
        })
        report(decision, {
          column: 'DATE_PLACED_CEASED',
          value: shown(decision.ceasedDate),
          other: `REC ${latest.reasonEnded}`,
        })
      }
    },
  }),
  dfeRule({
    id: '563',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['PlacedAdoption'],
    fields: ['DATE_PLACED', 'REASON_PLACED_CEASED', 'DATE_PLACED_CEASED'],
    wording:
      'The child should no longer be placed for adoption but the date of the decision that the child should be ' +
      'placed for adoption is blank',
    check(r, report) {
      for (const d of r.decisions) {
        if (d.ceasedDate !== null && d.reasonCeased !== '' && d.decisionDate === null) {
          report(d, { column: 'DATE_PLACED', value: '', other: `DATE_PLACED_CEASED ${shown(d.ceasedDate)}` })
        }
      }
    },
  }),
  dfeRule({
    id: '579',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['PlacedAdoption'],
    fields: ['DATE_PLACED', 'DATE_PLACED_CEASED'],
    wording:
      'A new decision that the child should be placed for adoption this year cannot start when the previous ' +
      'decision is still open. Decisions to place the child for adoption should also not overlap. The date of any ' +
      'new decision to place the child for adoption must not be before the date placed ceased of previous decisions.',
    check(r, report) {
      for (const child of new Set(r.decisions.map((d) => d.child))) {
        const ordered = byDecisionDate(r.decisionsOf(child))
        for (let i = 1; i < ordered.length; i++) {
          const [previous, next] = [ordered[i - 1]!, ordered[i]!]
          const hit = { column: 'DATE_PLACED', value: shown(next.decisionDate) }
          if (previous.ceasedDate === null) {
            const detail = '(The previous decision is still open.)'
            report(next, { ...hit, other: `DATE_PLACED ${shown(previous.decisionDate)}`, detail })
          } else if (isBefore(next.decisionDate, previous.ceasedDate)) {
            report(next, { ...hit, other: `DATE_PLACED_CEASED ${shown(previous.ceasedDate)}` })
          }
        }
      }
    },
  }),
  dfeRule({
    id: '582',
    // A query: "In most circumstances we expect ...".
    severity: 'warning',
    // "Apply for 2023 onwards": from the 2022-23 collection.
    editions: { from: 2023, to: null },
    tables: ['Episodes', 'AD1'],
    fields: ['DEC', 'DATE_MATCH'],
    wording:
      'Child is showing as ceasing to be looked after due to adoption, but the date of adoption is the same as the ' +
      'date reported for being matched with adopters. In most circumstances we expect the date the child is matched ' +
      'with adopters to be before the date of adoption.',
    check(r, report) {
      for (const e of r.episodes.filter(adopted)) {
        if (e.end !== null && r.adoptionsOf(e.child).some((a) => a.matchDate === e.end)) {
          report(e, { column: 'DEC', value: shown(e.end), other: `DATE_MATCH ${shown(e.end)}` })
        }
      }
    },
  }),
  dfeRule({
    id: '583',
    // A query: "Check that both dates are required".
    severity: 'warning',
    editions: { from: 2023, to: null },
    tables: ['PlacedAdoption'],
    fields: ['DATE_PLACED', 'DATE_PLACED_CEASED'],
    wording:
      'More than one date the child should be placed for adoption has been reported, but an earlier decision has not ' +
      'been revoked. Check that both dates are required and add in the date the earlier decision was revoked. Note ' +
      'this may be in a previous year.',
    check(r, report) {
      for (const d of r.decisions) {
        // The latest decision by date (the validator sorts DD/MM/YYYY as text).
        const latest = latestDecision(r.decisionsOf(d.child))
        if (d === latest || d.ceasedDate !== null) continue
        report(d, { column: 'DATE_PLACED_CEASED', value: '', other: `DATE_PLACED ${shown(latest!.decisionDate)}` })
      }
    },
  }),
  dfeRule({
    id: '601',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['Episodes', 'AD1'],
    fields: ['REC', 'DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'],
    wording:
      'The additional fields relating to adoption have not been completed although the episode data shows that the ' +
      'child was adopted during the year.',
    check(r, report) {
      if (!holds(r, 'Episodes', 'AD1')) return
      const flag = once(report)
      for (const e of r.episodes) {
        if (!adoptedInYear(r, e)) continue
        const adoptions = r.adoptionsOf(e.child)
        // A child adopted in the year with no AD1 row has not completed the fields either (the validator's inner
        // join leaves it out).
        if (adoptions.length === 0)
          flag(e, { column: 'REC', value: e.reasonEnded, detail: '(The child has no row in AD1.)' })
        for (const a of adoptions) {
          const blank = blankItems(a)
          if (blank.length === 0) continue
          flag(a, {
            column: blank[0]!,
            value: '',
            other: `REC ${e.reasonEnded}`,
            detail: `(Blank: ${blank.join(', ')}.)`,
          })
          flag(e, { column: 'REC', value: e.reasonEnded })
        }
      }
    },
  }),
  dfeRule({
    id: '602',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['Episodes', 'AD1'],
    fields: ['CHILD'],
    wording: 'The episode data submitted for this child does not show that he/she was adopted during the year.',
    check(r, report) {
      if (!holds(r, 'Episodes', 'AD1')) return
      for (const a of r.adoptions) {
        if (givenItems(a).length === 0 || r.episodesOf(a.child).some((e) => adoptedInYear(r, e))) continue
        report(a, { column: 'CHILD', value: a.child })
      }
    },
  }),
  dfeRule({
    id: '1003',
    severity: 'error',
    editions: ALL_EDITIONS,
    tables: ['Episodes', 'PlacedAdoption'],
    fields: ['DATE_PLACED', 'DECOM', 'RNE'],
    wording:
      "Date of LA's decision that a child should be placed for adoption is before the child started to be looked " +
      'after.',
    check(r, report) {
      const flag = once(report)
      for (const d of r.decisions) {
        const first = r.episodesOf(d.child).find((e) => startsPeriod(r, e))
        if (first === undefined || !isBefore(d.decisionDate, first.start)) continue
        flag(d, { column: 'DATE_PLACED', value: shown(d.decisionDate), other: `DECOM ${shown(first.start)}` })
        flag(first, { column: 'DECOM', value: shown(first.start), other: `DATE_PLACED ${shown(d.decisionDate)}` })
      }
    },
  }),
]
