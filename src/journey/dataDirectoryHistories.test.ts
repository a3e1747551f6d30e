import { describe, it } from 'node:test'
import { expect } from 'expect'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ENGLISH_COUNCILS } from '../domain/englishCouncils.js'
import { readDataDirectory } from '../ssda903/dataDirectory.js'
import { writeSynthetic } from '../synth/nationalSynth.js'
import { loadHistories } from './councilHistories.js'
import { loadDataDirectory } from './dataDirectoryHistories.js'

describe('reading a data directory council by council', () => {
  it('gives the same journeys and findings on worker threads as on one thread, and as reading it whole', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'threads-'))
    const councils = ENGLISH_COUNCILS.filter((c) => ['850', '856', '336', '201'].includes(c.code))
    await writeSynthetic(dir, { councils, firstYear: 2010, lastYear: 2013, seed: 5, scale: 0.3, faultRate: 0.02 })
    writeFileSync(path.join(dir, 'notes.txt'), 'not a return') // AS012
    const whole = loadHistories(await readDataDirectory(dir))
    expect(whole.findings.some((f) => f.rule === 'AS012')).toBe(true)
    expect(whole.findings.filter((f) => f.severity === 'error').length).toBeGreaterThan(10)
    const oneThread = await loadDataDirectory(dir, { threads: 1 })
    const threads = await loadDataDirectory(dir, { threads: 3 })
    expect(oneThread).toEqual(whole)
    expect(threads).toEqual(whole)
    // Reading only for journeys gives the same journeys, and none of the rule book's findings.
    const journeysOnly = await loadDataDirectory(dir, { threads: 2, checks: 'none' })
    expect(journeysOnly.councils).toEqual(whole.councils)
    expect(journeysOnly.rows).toBe(whole.rows)
    expect(journeysOnly.findings.length).toBeLessThan(whole.findings.length)
    const department = (rule: string) => /^\d/.test(rule)
    expect(whole.findings.filter((f) => department(f.rule)).length).toBeGreaterThan(0)
    expect(journeysOnly.findings.filter((f) => department(f.rule))).toEqual([])
  })
})
