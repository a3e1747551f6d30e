import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { expect } from 'expect'
import { RULES } from '../src/ssda903/rules/ruleBook.js'
import { EDITIONS } from '../src/scorecard/methodology.js'
import { refreshed } from '../scripts/refreshDocs.js'

// Tests run from the repository root (npm test).
const methodology = readFileSync(path.resolve('docs/methodology.md'), 'utf8')

describe('docs/methodology.md', () => {
  it('lists every validation rule, and the editions table and rule list are the code’s (npm run docs)', () => {
    expect([...RULES.keys()].filter((id) => !methodology.includes(`| ${id} |`))).toEqual([])
    expect(refreshed(methodology)).toBe(methodology)
  })

  it('lists every edition and defines every source key the table cites', () => {
    for (const e of EDITIONS) {
      expect(methodology).toContain(
        `| ${e.period} | ${e.a1Days} (${e.a1Months} months) | ${e.a2Days} (${e.a2Months} months) | ${e.a3Months} ` +
          `months |`,
      )
      expect(e.sources.filter((s) => !methodology.includes(`| ${s} |`))).toEqual([])
    }
  })

  it('points at code that exists', () => {
    const files = [...methodology.matchAll(/\]\(\.\.\/(src\/[^)]+)\)/g)].map((m) => m[1]!)
    expect(files.length).toBeGreaterThan(5)
    expect(files.filter((f) => !existsSync(path.resolve(f)))).toEqual([])
  })
})
