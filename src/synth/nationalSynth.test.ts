import { describe, it } from 'node:test'
import { expect } from 'expect'
import { ENGLISH_COUNCILS } from '../domain/englishCouncils.js'
import { loadHistories, nationalJourneys } from '../journey/councilHistories.js'
import { scoreNation } from '../scorecard/nationalScorecard.js'
import type { ReturnFile } from '../ssda903/returnFiles.js'
import { FAULTS } from './faults.js'
import { synthesiseCouncil, type SynthOptions } from './nationalSynth.js'

const pick = (codes: string[]) => codes.map((c) => ENGLISH_COUNCILS.find((x) => x.code === c)!)
const options = (over: Partial<SynthOptions> = {}): SynthOptions =>
  ({ councils: pick(['850', '856']), firstYear: 2006, lastYear: 2016, seed: 1, scale: 0.5, faultRate: 0, ...over })

const asFiles = (o: SynthOptions): ReturnFile[] =>
  o.councils.flatMap((c) => [...synthesiseCouncil(c, o)].map(([path, text]) => ({ path, bytes: new TextEncoder().encode(text) })))

describe('synthetic national data', () => {
  it('gives the same bytes for the same seed, and different bytes for another', () => {
    const a = synthesiseCouncil(pick(['850'])[0]!, options())
    const b = synthesiseCouncil(pick(['850'])[0]!, options())
    const c = synthesiseCouncil(pick(['850'])[0]!, options({ seed: 2 }))
    expect([...a]).toEqual([...b])
    expect([...a.values()].join()).not.toEqual([...c.values()].join())
    expect([...a.keys()]).toContain('850/2006/episodes.csv')
    expect([...a.keys()]).toContain('850/2016/placed_adoption.csv')
  })

  it('writes data with no validation errors', () => {
    const { findings } = loadHistories(asFiles(options()))
    expect(findings.filter((f) => f.severity === 'error')).toEqual([])
    // The only warnings: periods of care that began before the first return.
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(['AS038']))
  })

  it('holds every kind of journey the scorecard must handle', () => {
    const h = loadHistories(asFiles(options({ scale: 1 })))
    const journeys = [...h.councils.values()].flatMap((c) => c.journeys)
    const outcomes = new Set(journeys.map((j) => j.outcome))
    expect(outcomes).toEqual(new Set(['adopted', 'special-guardianship', 'child-arrangements', 'returned-home', 'other-exit', 'looked-after']))
    expect(journeys.some((j) => j.byFosterCarers && j.movedInWithAdopters! < j.placedForAdoption!)).toBe(true)
    expect(journeys.some((j) => j.decisionReversed !== null)).toBe(true)
    expect(journeys.some((j) => j.outcome === 'adopted' && j.placementOrder === null)).toBe(true) // placed with consent
    expect(journeys.some((j) => j.match !== null && j.placementOrder !== null && j.match < j.placementOrder)).toBe(true)
    const ethnicities = new Set(journeys.map((j) => j.ethnicity))
    expect(ethnicities.size).toBeGreaterThan(8)
  })

  it('varies enough between councils that some meet each threshold and some miss it', () => {
    const o = options({ councils: ENGLISH_COUNCILS.slice(0, 40), scale: 0.6, firstYear: 2008, lastYear: 2012 })
    const national = scoreNation(nationalJourneys(loadHistories(asFiles(o))), '2009-12')
    const a1 = national.councils.map((c) => c.indicators.A1.meets)
    const a2 = national.councils.map((c) => c.indicators.A2.meets)
    expect(a1).toContain(true)
    expect(a1).toContain(false)
    expect(a2).toContain(true)
    expect(a2).toContain(false)
  })

  it('injects faults that the validator finds, each under its rule', () => {
    const { findings } = loadHistories(asFiles(options({ faultRate: 0.02 })))
    const rules = new Set(findings.map((f) => f.rule))
    for (const f of FAULTS) expect([...rules]).toContain(f.rule)
    expect(rules).toContain('AS030')
    expect(rules).toContain('AS043')
  })
})
