import fc from 'fast-check'
import { describe, it } from 'node:test'
import { expect } from 'expect'
import { ENGLISH_COUNCILS } from '../src/domain/englishCouncils.js'
import { loadHistories, nationalJourneys } from '../src/journey/councilHistories.js'
import { scoreNation } from '../src/scorecard/nationalScorecard.js'
import type { ReturnFile } from '../src/ssda903/returnFiles.js'
import { synthesiseCouncil } from '../src/synth/nationalSynth.js'
import { adoptionStory, storyFiles } from './support/scenario.js'

const councils = ['850', '856', '201'].map((c) => ENGLISH_COUNCILS.find((x) => x.code === c)!)

function syntheticFiles(seed: number): ReturnFile[] {
  const files: ReturnFile[] = []
  for (const council of councils) {
    const texts = synthesiseCouncil(council, {
      councils,
      firstYear: 2009,
      lastYear: 2014,
      seed,
      scale: 0.25,
      faultRate: 0,
    })
    for (const [path, text] of texts) files.push({ path, bytes: new TextEncoder().encode(text) })
  }
  return files
}

const score = (files: ReturnFile[], period = '2010-13') => scoreNation(nationalJourneys(loadHistories(files)), period)
const values = (n: ReturnType<typeof score>) =>
  n.councils.map((c) => ({
    code: c.code,
    A1: [c.indicators.A1.value, c.indicators.A1.children, c.indicators.A1.rank],
    A1a: [c.indicators.A1_adjusted.value, c.indicators.A1_adjusted.children],
    A2: [c.indicators.A2.value, c.indicators.A2.children, c.indicators.A2.rank],
    A3: [c.indicators.A3.count, c.indicators.A3.children],
  }))

function shuffleRows(bytes: Uint8Array, seed: number): Uint8Array {
  const [head, ...rows] = new TextDecoder().decode(bytes).trimEnd().split('\n')
  let s = seed
  const rand = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[rows[i], rows[j]] = [rows[j]!, rows[i]!]
  }
  return new TextEncoder().encode([head, ...rows].join('\n') + '\n')
}

describe('scorecard properties on synthetic data', () => {
  const seeds = fc.integer({ min: 1, max: 1_000_000 })

  it('does not depend on the order of the files (stitching included)', () => {
    fc.assert(
      fc.property(seeds, fc.integer(), (seed, shuffleSeed) => {
        const files = syntheticFiles(seed)
        const shuffled = [...files]
          .map((f) => ({ f, k: Math.sin(shuffleSeed + files.indexOf(f)) }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.f)
        const a = loadHistories(files)
        const b = loadHistories(shuffled)
        expect(b.findings).toEqual(a.findings)
        expect(values(scoreNation(nationalJourneys(b), '2010-13'))).toEqual(
          values(scoreNation(nationalJourneys(a), '2010-13')),
        )
      }),
      { numRuns: 4 },
    )
  })

  it('does not depend on the order of rows within files', () => {
    fc.assert(
      fc.property(seeds, fc.integer({ min: 1 }), (seed, rowSeed) => {
        const files = syntheticFiles(seed)
        const shuffled = files.map((f, i) => ({ path: f.path, bytes: shuffleRows(f.bytes, rowSeed + i) }))
        expect(values(score(shuffled))).toEqual(values(score(files)))
      }),
      { numRuns: 4 },
    )
  })

  it('is unchanged by a child adopted after the period', () => {
    fc.assert(
      fc.property(seeds, fc.integer({ min: 0, max: 300 }), (seed, offset) => {
        const files = syntheticFiles(seed)
        const d = (base: string, days: number) =>
          new Date(Date.parse(base) + days * 86_400_000).toISOString().slice(0, 10)
        const late = adoptionStory('LATE1', {
          entered: d('2012-01-01', offset),
          order: d('2012-06-01', offset),
          match: d('2012-10-01', offset),
          placed: d('2012-11-01', offset),
          adopted: d('2013-04-01', offset),
        })
        // The child's rows are added to Hampshire's own returns.
        const extra = new Map(
          storyFiles('850', [late], 2009, 2014).map((f) => [f.path, new TextDecoder().decode(f.bytes)]),
        )
        const merged = files.map((f) => {
          const more = extra.get(f.path)
          if (!more) return f
          const rows = more.trimEnd().split('\n').slice(1).join('\n')
          return rows
            ? { path: f.path, bytes: new TextEncoder().encode(new TextDecoder().decode(f.bytes) + rows + '\n') }
            : f
        })
        expect(values(score(merged))).toEqual(values(score(files)))
        expect(values(score(merged, '2011-14'))).not.toEqual(values(score(files, '2011-14')))
      }),
      { numRuns: 3 },
    )
  })

  it('makes England A1 the child-weighted mean of council A1s', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const n = score(syntheticFiles(seed))
        const weighted = n.councils.reduce((s, c) => s + (c.indicators.A1.mean ?? 0) * c.indicators.A1.children!, 0)
        const children = n.councils.reduce((s, c) => s + c.indicators.A1.children!, 0)
        expect(n.england.A1.children).toBe(children)
        expect(n.england.A1.mean!).toBeCloseTo(weighted / children, 9)
      }),
      { numRuns: 4 },
    )
  })
})
