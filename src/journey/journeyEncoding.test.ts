import { describe, it } from 'node:test'
import { expect } from 'expect'
import { ENGLISH_COUNCILS } from '../domain/englishCouncils.js'
import { synthesiseCouncil } from '../synth/nationalSynth.js'
import { loadHistories } from './councilHistories.js'
import { decodeJourneys, encodeJourneys, JOURNEY_ENCODING } from './journeyEncoding.js'

describe('journeys kept in the store', () => {
  it('decode to the journeys encoded, field for field and in the same order', () => {
    const council = ENGLISH_COUNCILS.find((c) => c.code === '850')!
    const options = { councils: [council], firstYear: 2006, lastYear: 2016, seed: 3, scale: 0.5, faultRate: 0 }
    const files = [...synthesiseCouncil(council, options)].map(([path, text]) => ({
      path,
      bytes: new TextEncoder().encode(text),
    }))
    const journeys = loadHistories(files, 'none').councils.get('850')!.journeys
    expect(journeys.length).toBeGreaterThan(100)
    // Every kind of value a field can hold is there: nulls, dates, booleans, a reversed decision.
    expect(journeys.some((j) => j.decisionReversed !== null)).toBe(true)
    expect(journeys.some((j) => j.ethnicMinority === null)).toBe(true)
    const decoded = decodeJourneys(encodeJourneys('850', journeys))!
    expect(decoded).toEqual(journeys)
    expect(decoded.map((j) => Object.keys(j))).toEqual(journeys.map((j) => Object.keys(j)))
  })

  it('are not read when encoded another way, or not an encoding at all', () => {
    const text = encodeJourneys('850', [])
    expect(decodeJourneys(text)).toEqual([])
    expect(decodeJourneys(text.replace(JOURNEY_ENCODING, 'journeys/0/child'))).toBeNull()
    expect(decodeJourneys('{"encoding"')).toBeNull()
    expect(decodeJourneys('[]')).toBeNull()
  })
})
