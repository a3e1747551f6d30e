import { mkdtemp, mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { before, describe, it } from 'node:test'
import { expect } from 'expect'
import { cleanReturn, returnFiles } from '../../test/support/returnFixtures.js'
import { main } from './main.js'

async function run(...argv: string[]) {
  let out = ''
  let err = ''
  const status = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) })
  return { status, out, err }
}

let clean: string
let broken: string

before(async () => {
  const write = async (dir: string, files: ReturnType<typeof returnFiles>) => {
    for (const f of files) {
      await mkdir(path.join(dir, path.dirname(f.path)), { recursive: true })
      await writeFile(path.join(dir, f.path), f.bytes)
    }
  }
  clean = await mkdtemp(path.join(tmpdir(), 'scorecard-clean-'))
  await write(clean, returnFiles('850', 2013, cleanReturn()))
  broken = await mkdtemp(path.join(tmpdir(), 'scorecard-broken-'))
  const t = cleanReturn()
  t.Episodes[3]!.PLACE = 'A9'
  await write(broken, returnFiles('850', 2013, t))
})

describe('scorecard validate', () => {
  it('exits 0 and prints an empty JSON array for clean data', async () => {
    const r = await run('validate', '--data', clean, '--format', 'json')
    expect(r.status).toBe(0)
    expect(JSON.parse(r.out)).toEqual([])
  })

  it('exits 1 with findings carrying exactly the contract fields', async () => {
    const r = await run('validate', '--data', broken, '--format', 'json')
    expect(r.status).toBe(1)
    const findings = JSON.parse(r.out)
    expect(findings[0]).toEqual({
      rule: '146',
      severity: 'error',
      file: '850/2013/episodes.csv',
      row: 5,
      child: 'B',
      column: 'PLACE',
      value: 'A9',
      other: '',
      message: 'Placement type code is not a valid code.',
    })
    expect(Object.keys(findings[0])).toEqual([
      'rule',
      'severity',
      'file',
      'row',
      'child',
      'column',
      'value',
      'other',
      'message',
    ])
  })

  it('prints readable text by default', async () => {
    const r = await run('validate', '--data', broken)
    expect(r.out).toContain('ERROR 146 850/2013/episodes.csv:5 PLACE child B (value "A9")')
    expect(r.out).toContain('By rule:\n  146    error        1  Placement type code is not a valid code.')
  })

  it('groups findings by child, and writes the child-level report as CSV', async () => {
    const text = await run('validate', '--data', broken, '--by-child')
    expect(text.out).toContain('Child B\n  ERROR 146 850/2013/episodes.csv:5 PLACE child B (value "A9")')
    const csv = await run('validate', '--data', broken, '--by-child', '--format', 'csv')
    expect(csv.out.split('\n').slice(0, 2)).toEqual([
      'child,rule,severity,count,where,message',
      'B,146,error,1,850/2013/episodes.csv:5,Placement type code is not a valid code.',
    ])
  })

  it('exits 2 for bad arguments, with no stack trace', async () => {
    for (const argv of [
      ['validate'],
      ['validate', '--data', '/no/such/dir'],
      ['validate', '--data', clean, '--format', 'xml'],
      ['validate', '--data', clean, '--format', 'yaml'],
      ['frobnicate'],
    ]) {
      const r = await run(...argv)
      expect({ argv, status: r.status }).toEqual({ argv, status: 2 })
      expect(r.err).not.toMatch(/\n\s+at /)
    }
  })
})

describe('scorecard rules', () => {
  it('lists every rule with number, severity, editions, tables, fields and wording', async () => {
    const r = await run('rules', '--format', 'json')
    expect(r.status).toBe(0)
    const rules = JSON.parse(r.out)
    expect(rules.find((x: { rule: string }) => x.rule === '146')).toEqual({
      rule: '146',
      origin: 'Department',
      severity: 'error',
      editions: '2005-06 onwards',
      tables: 'Episodes',
      fields: 'PLACE',
      wording: 'Placement type code is not a valid code.',
    })
    expect(rules.find((x: { rule: string }) => x.rule === 'AS072').origin).toBe('adoption-scorecard')
    const text = await run('rules')
    expect(text.out).toContain('\n146    error   2005-06 onwards      Placement type code is not a valid code.\n')
  })
})

describe('scorecard score', () => {
  it('prints the JSON contract', async () => {
    const r = await run('score', '--data', clean, '--period', '2010-13', '--format', 'json')
    expect(r.status).toBe(0)
    const json = JSON.parse(r.out)
    expect(json.period).toBe('2010-13')
    expect(json.thresholds).toEqual({ A1: 608, A2: 213 })
    expect(Object.keys(json.england)).toEqual(expect.arrayContaining(['A1', 'A2', 'A3']))
    const c = json.councils[0]
    expect(c).toMatchObject({ code: '850', name: 'Hampshire' })
    // Child A: entered 1 Apr 2012, placed 1 Oct 2012 = 183 days; order 1 Aug -> match 15 Sep 2012 = 45 days.
    expect(c.indicators.A1).toEqual({
      value: 183,
      mean: 183,
      children: 1,
      threshold: 608,
      meets: true,
      distance: -425,
      previous: null,
      trend: null,
      rank: 1,
      quartile: 1,
      slowestTenth: true,
    })
    expect(c.indicators.A2).toMatchObject({ value: 45, children: 1, threshold: 213, meets: true, distance: -168 })
    expect(c.indicators.A3).toEqual({ months: 20, count: 1, children: 1, percent: 100, previous: null })
    expect(Object.keys(c.indicators.A1_adjusted)).toEqual(Object.keys(c.indicators.A1))
  })

  it('prints one CSV row per council and indicator', async () => {
    const r = await run('score', '--data', clean, '--period', '2010-13', '--council', '850', '--format', 'csv')
    const lines = r.out.trim().split('\n')
    expect(lines).toHaveLength(9)
    expect(lines[0]).toMatch(/^period,code,name,indicator,value,mean,children,threshold,meets,distance,previous/)
    expect(lines[1]).toMatch(/^2010-13,850,Hampshire,A1,183,183,1,608,true,-425,/)
    // Then England's rows: with one council in the data, England's A1 is Hampshire's one child, 183 days.
    expect(lines[5]).toMatch(/^2010-13,E92000001,England,A1,183,183,1,608,true,-425,/)
  })

  it('prints a table a person can read by default: each council met or missed, then England', async () => {
    const r = await run('score', '--data', clean, '--period', '2010-13')
    expect(r.status).toBe(0)
    const lines = r.out.split('\n')
    expect(lines[0]).toBe(
      'Adoption scorecard 2010-13: thresholds A1 608 days, A2 213 days; A3 counts children who waited less than 20 ' +
        'months',
    )
    // Child A: A1 183 days (met), A2 45 days (met), A3 100% (waited less than 20 months).
    expect(lines[3]!.split(/\s{2,}/)).toEqual(['850', 'Hampshire', '183', 'met', '183', '45', 'met', '100'])
    expect(lines[4]!.trim().split(/\s{2,}/)).toEqual(['England', '183', 'met', '183', '45', 'met', '100'])
    expect(r.out).toContain('Councils meeting both thresholds 1, one 0, neither 0')
  })

  it('exits 2 for a bad period or council code, 3 for data that cannot be scored', async () => {
    expect((await run('score', '--data', clean, '--period', '2010-14')).status).toBe(2)
    expect((await run('score', '--data', clean, '--period', '1999-02')).status).toBe(2)
    expect((await run('score', '--data', clean, '--period', '2010-13', '--council', 'Hampshire')).status).toBe(2)
    const missing = await run('score', '--data', clean, '--period', '2010-13', '--council', '856')
    expect(missing.status).toBe(3)
    expect(missing.err).toContain('council 856 has no returns')
    // Files, but none of them a return: nothing to score.
    const stray = await mkdtemp(path.join(tmpdir(), 'scorecard-stray-'))
    await writeFile(path.join(stray, 'notes.txt'), 'not a return\n')
    const none = await run('score', '--data', stray, '--period', '2010-13')
    expect(none.status).toBe(3)
    expect(none.err).toContain('holds no SSDA903 returns')
  })

  it('refuses an empty directory alike in validate and score: exit 2, saying what it should hold', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'scorecard-empty-'))
    for (const argv of [
      ['validate', '--data', empty],
      ['score', '--data', empty, '--period', '2010-13'],
    ]) {
      const r = await run(...argv)
      expect(r.status).toBe(2)
      expect(r.err).toContain(`${empty} holds no files: a data directory holds a folder for each council`)
      expect(r.out).not.toContain('No problems')
    }
  })
})
