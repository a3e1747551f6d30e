import { expect } from 'expect'
import fc from 'fast-check'
import { describe, it } from 'node:test'
import { loadHistories, nationalJourneys } from '../src/journey/councilHistories.js'
import { DEFAULT_DISCLOSURE, publicScorecard } from '../src/scorecard/disclosureControl.js'
import { scoreNation } from '../src/scorecard/nationalScorecard.js'
import { syntheticReturns } from './support/webApp.js'

const CODES = ['850', '856', '336', '201', '420', '857', '202', '886', '929', '821']

describe('public output (property)', () => {
  it('never shows a figure resting on too few children, and none can be worked out from the totals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.constantFrom(0.05, 0.1, 0.2), (seed, scale) => {
        const files = syntheticReturns(CODES, 2008, 2013, scale, seed)
        const national = scoreNation(nationalJourneys(loadHistories(files)), '2010-13')
        const shown = publicScorecard(national, null)
        const rules = DEFAULT_DISCLOSURE
        for (const c of shown.councils) {
          const full = national.councils.find((x) => x.code === c.code)!
          for (const key of ['A1', 'A1_adjusted', 'A2'] as const) {
            const i = c.indicators[key]
            if (i.value !== null) expect(full.indicators[key].children).toBeGreaterThanOrEqual(rules.minimumChildren)
            if (i.suppressed) expect([i.value, i.children, i.mean, i.rank]).toEqual([null, null, null, null])
          }
          expect(c.indicators.A1.suppressed ?? false).toBe(c.indicators.A1_adjusted.suppressed ?? false)
          if (c.indicators.A3.percent !== null) {
            expect(full.indicators.A3.count!).toBeGreaterThanOrEqual(rules.minimumNumerator)
            expect(full.indicators.A3.children!).toBeGreaterThanOrEqual(rules.minimumDenominator)
          }
          if (c.indicators.A1.suppressed) expect(c.indicators.A3.suppressed).toBe(true)
          expect(c.context).toBeUndefined()
        }
        // Subtraction from England: with the England total and every shown figure, the hidden ones are known only
        // together. So each group hides none, or at least three councils (or every council with data, if fewer).
        for (const [key, size] of [
          ['A1', (c: (typeof national.councils)[number]) => c.indicators.A1.children ?? 0],
          ['A2', (c: (typeof national.councils)[number]) => c.indicators.A2.children ?? 0],
        ] as const) {
          const withData = national.councils.filter((c) => size(c) > 0).length
          const hidden = shown.councils.filter((c) => c.indicators[key].suppressed).length
          expect(hidden === 0 || hidden >= Math.min(rules.minimumSuppressed, withData)).toBe(true)
          // England's children are the sum of every council's: what is shown leaves the hidden ones' sum only.
          const shownSum = shown.councils.reduce((s, c) => s + (c.indicators[key].children ?? 0), 0)
          expect(national.england[key].children! - shownSum).toBe(
            national.councils
              .filter((c) => shown.councils.find((x) => x.code === c.code)!.indicators[key].suppressed)
              .reduce((s, c) => s + size(c), 0),
          )
        }
        // England's figures are shown, but its "previous" and trend only from a published previous period (none here).
        expect(shown.england.A1).toEqual({ ...national.england.A1, previous: null, trend: null })
        expect(JSON.stringify(shown)).not.toContain('"context"')
      }),
      { numRuns: 6 },
    )
  })
})
