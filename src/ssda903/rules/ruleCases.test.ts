import { describe, it } from 'node:test'
import { expect } from 'expect'
import { expectedAndActual, ruleFindings, type RuleCase } from '../../../test/support/ruleCases.js'
import { ALL_RULE_CASES } from './allRuleCases.js'
import { RULES } from './ruleBook.js'
import { FIRST_COLLECTION_YEAR, LAST_COLLECTION_YEAR } from './rule.js'
import { readReturns } from '../returnFiles.js'
import { cleanReturn, returnFiles } from '../../../test/support/returnFixtures.js'

const CASES: readonly RuleCase[] = ALL_RULE_CASES

describe('the clean return', () => {
  it('has no findings at all, in every edition from 2005-06 to 2026-27', () => {
    for (let year = FIRST_COLLECTION_YEAR; year <= LAST_COLLECTION_YEAR; year++) {
      const findings = readReturns(returnFiles('850', year, cleanReturn(year))).findings
      expect({ year, findings: findings.map((f) => `${f.rule} ${f.file}:${f.row} ${f.column}`) }).toEqual({
        year,
        findings: [],
      })
    }
  })
})

describe('every rule, case by case', () => {
  it('has a case where it fires and a case where it does not', () => {
    const fires = new Set(CASES.filter((c) => c.fires.length > 0).map((c) => c.rule))
    const holds = new Set(CASES.filter((c) => c.fires.length === 0).map((c) => c.rule))
    // AS074 compares an upload with other councils' stored returns: test/webRoutes.test.ts checks it.
    const elsewhere = new Set(['AS074'])
    const missing = [...RULES.keys()].filter(
      (id) => !elsewhere.has(id) && (!fires.has(id) || (!holds.has(id) && !id.startsWith('AS0'))),
    )
    expect(missing).toEqual([])
  })

  for (const [id, rule] of RULES) {
    const cases = CASES.filter((c) => c.rule === id)
    if (cases.length === 0) continue
    describe(`${id}: ${rule.wording.slice(0, 70)}`, () => {
      for (const c of cases) {
        it(c.name, () => {
          const { expected, actual } = expectedAndActual(c)
          expect(actual).toEqual(expected)
          for (const f of ruleFindings(c)) {
            expect(f.severity).toBe(rule.severityIn(c.year ?? 2013))
            expect(f.message.startsWith(rule.message)).toBe(true)
          }
        })
      }
    })
  }
})
