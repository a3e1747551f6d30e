import { mkdtemp, readdir } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { expect } from 'expect'
import { ENGLISH_COUNCILS } from '../domain/englishCouncils.js'
import type { Finding } from '../domain/finding.js'
import { loadHistories, nationalJourneys } from '../journey/councilHistories.js'
import { scoreNation } from '../scorecard/nationalScorecard.js'
import type { ReturnFile } from '../ssda903/returnFiles.js'
import { main } from '../cli/main.js'
import { NOT_ROW_FAULTS, ruleFaults, SLIPS } from './faults.js'
import { RULES } from '../ssda903/rules/ruleBook.js'
import { synthesiseCouncil, XML_FILE, type SynthOptions } from './nationalSynth.js'

const pick = (codes: string[]) => codes.map((c) => ENGLISH_COUNCILS.find((x) => x.code === c)!)
const options = (over: Partial<SynthOptions> = {}): SynthOptions => ({
  councils: pick(['850', '856']),
  firstYear: 2006,
  lastYear: 2016,
  seed: 1,
  scale: 0.5,
  faultRate: 0,
  ...over,
})

const asFiles = (o: SynthOptions): ReturnFile[] =>
  o.councils.flatMap((c) =>
    [...synthesiseCouncil(c, o)].map(([path, text]) => ({ path, bytes: new TextEncoder().encode(text) })),
  )

async function cli(...argv: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const status = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) })
  return { status, out, err }
}

describe('scorecard synth', () => {
  it('writes the XML export with --format xml, which validates clean; refuses another format', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'synth-xml-'))
    const made = await cli(
      'synth',
      '--only',
      '850',
      '--years',
      '2016-2017',
      '--scale',
      '0.3',
      '--format',
      'xml',
      '--out',
      dir,
    )
    expect(made.status).toBe(0)
    expect((await readdir(dir, { recursive: true })).sort()).toEqual([
      '850',
      '850/2016',
      `850/2016/${XML_FILE}`,
      '850/2017',
      `850/2017/${XML_FILE}`,
    ])
    const checked = await cli('validate', '--data', dir, '--format', 'json')
    // Only the note that some periods of care began before the first return loaded.
    expect((JSON.parse(checked.out) as Finding[]).map((f) => f.rule)).toEqual(['AS038'])
    expect(checked.status).toBe(0)
    const refused = await cli('synth', '--only', '850', '--format', 'yaml', '--out', dir)
    expect(refused.status).toBe(2)
    expect(refused.err).toContain('--format must be csv or xml')
  })
})

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

  it('writes data with no validation errors, in the editions of 2005-06 to 2015-16 and 2018-19 to 2026-27', () => {
    for (const [firstYear, lastYear] of [
      [2006, 2016],
      [2019, 2027],
    ] as const) {
      const o = options({ councils: pick(['850', '856', '336']), firstYear, lastYear, scale: 0.4 })
      const { findings } = loadHistories(asFiles(o))
      // Every rule of the rule book, the Department's and this product's, as many as there are.
      expect(findings.filter((f) => f.severity === 'error')).toEqual([])
      // The only warnings: periods of care that began before the first return (AS038). An episode open at 31 March
      // 2014 whose foster placement the next return codes U1-U6 where the last coded it Q1/Q2 is the same fact.
      const warnings = findings.filter((f) => f.severity === 'warning')
      expect(warnings.filter((f) => f.rule !== 'AS038')).toEqual([])
    }
  })

  it('holds every kind of journey the scorecard must handle', () => {
    const h = loadHistories(asFiles(options({ scale: 1 })))
    const journeys = [...h.councils.values()].flatMap((c) => c.journeys)
    const outcomes = new Set(journeys.map((j) => j.outcome))
    expect(outcomes).toEqual(
      new Set(['adopted', 'special-guardianship', 'child-arrangements', 'returned-home', 'other-exit', 'looked-after']),
    )
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
    for (const f of SLIPS) expect([...rules]).toContain(f.rule)
    expect(rules).toContain('AS030') // a Header row given twice
  })

  it('writes a fault for every rule that can be a row of a return, each found by the rule meant to find it', () => {
    // One council over the years the faults' cases are for, small, so every fault lands in it.
    const faults = ruleFaults()
    const years = faults.map((f) => f.fault.year ?? 2013)
    const files = asFiles({
      councils: pick(['850']),
      firstYear: Math.min(...years) - 1,
      lastYear: Math.max(...years),
      seed: 3,
      scale: 0.05,
      faultRate: 0.001,
    })
    const { findings } = loadHistories(files)
    const missed = faults
      .map((f) => f.fault)
      .filter((fault) => {
        const prefix = new RegExp(`^850F\\d+`)
        const year = fault.year ?? 2013
        return !findings.some(
          (x) =>
            x.rule === fault.rule &&
            (x.child === '' || prefix.test(x.child) || !/^[A-Za-z0-9]+$/.test(x.child)) &&
            [year, year - 1].includes(Number(x.file.split('/')[1])),
        )
      })
      .map((f) => `${f.rule}: ${f.name}`)
    expect(missed).toEqual([])
    // Every rule is either written as a fault or about files and whole returns (tested by its cases instead).
    const covered = new Set(faults.map((f) => f.fault.rule))
    expect([...RULES.keys()].filter((id) => !covered.has(id) && !NOT_ROW_FAULTS.has(id))).toEqual([])
  })
})

describe('the bundled sample', () => {
  it('is what the generator writes today, so it stays as clean as the generator (regenerate it if not)', async () => {
    // sample/ was made by: scorecard synth --only 202,336,850,856,886,929 --years 2006-2016 --seed 1 --out sample
    const out = await mkdtemp(path.join(tmpdir(), 'sample-'))
    const argv = ['synth', '--only', '202,336,850,856,886,929', '--years', '2006-2016', '--seed', '1', '--out', out]
    expect((await cli(...argv)).status).toBe(0)
    const sample = path.resolve('sample')
    const files = (await readdir(sample, { recursive: true, withFileTypes: true })).filter((f) => f.isFile())
    const written = (await readdir(out, { recursive: true, withFileTypes: true })).filter((f) => f.isFile())
    expect(written.length).toBe(files.length)
    for (const f of files) {
      const relative = path.relative(sample, path.join(f.parentPath, f.name))
      expect({
        relative,
        same: readFileSync(path.join(out, relative)).equals(readFileSync(path.join(sample, relative))),
      }).toEqual({ relative, same: true })
    }
  })
})
