import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { RULES } from '../src/ssda903/ruleCatalogue.js'
import { EDITIONS } from '../src/scorecard/methodology.js'

const methodology = readFileSync(new URL('../docs/methodology.md', import.meta.url), 'utf8')

describe('docs/methodology.md', () => {
  it('lists every validation rule', () => {
    for (const id of RULES.keys()) expect(methodology, id).toContain(`| ${id} |`)
  })

  it('lists every edition and defines every source key the table cites', () => {
    for (const e of EDITIONS) {
      expect(methodology).toContain(`| ${e.period} | ${e.a1Days} (${e.a1Months} months) | ${e.a2Days} (${e.a2Months} months) | ${e.a3Months} months |`)
      for (const s of e.sources) expect(methodology, s).toContain(`| ${s} |`)
    }
  })

  it('points at code that exists', () => {
    for (const [, file] of methodology.matchAll(/\]\(\.\.\/(src\/[^)]+)\)/g)) expect(existsSync(new URL(`../${file}`, import.meta.url)), file).toBe(true)
  })
})
