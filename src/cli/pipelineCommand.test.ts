import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { before, describe, it } from 'node:test'
import { expect } from 'expect'
import { ANNUAL, AUGUST, NOVEMBER } from '../../test/support/extractFixtures.js'
import { episode, tableCsv } from '../../test/support/returnFixtures.js'
import { main } from './main.js'

async function run(...argv: string[]) {
  let out = ''
  let err = ''
  const status = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) })
  return { status, out, err }
}

let dir: string
before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'scorecard-pipeline-'))
  for (const f of [...ANNUAL, ...AUGUST, ...NOVEMBER]) {
    await mkdir(path.join(dir, path.dirname(f.path)), { recursive: true })
    await writeFile(path.join(dir, f.path), f.bytes)
  }
})

describe('scorecard pipeline', () => {
  it('prints the children on the journey at the newest extract as JSON', async () => {
    // Worked by hand in src/journey/pipelineData.test.ts: C1 placed 1 Jul 2013, 471 days in care on 15 Aug; C4
    // decision to place 10 Jul, 106 days (in care from 1 May: 31 + 30 + 31 + 14). The return holds a match only for
    // adopted children (AD1), so C1's is not known: placement order 1 Nov 2012, 30 + 31 + 31 + 28 + 31 + 30 + 31 + 30
    // + 31 + 14 = 287 days, over 2011-14's A2 threshold of 182. Decision 1 Sep 2012: 287 + 30 + 31 = 348 days.
    const r = await run('pipeline', '--data', dir, '--council', '850', '--format', 'json')
    expect(r.status).toBe(0)
    const json = JSON.parse(r.out) as Record<string, unknown>
    expect(json).toMatchObject({
      council: '850',
      asAt: '2013-08-15',
      source: 'in-year extract',
      extracts: ['2012-11-30', '2013-08-15'],
    })
    expect(json.children).toEqual([
      {
        child: 'C1',
        stage: 'placed for adoption',
        enteredCare: '2012-05-01',
        daysInCare: 471,
        daysSinceDecision: 348,
        daysSinceOrder: 287,
        daysSinceMatch: null,
        daysSincePlaced: 45,
        // Placed 45 days ago with no match date: matched, the date comes with the adoption (not a wait for a match).
        flags: [
          {
            key: 'no-match-date',
            reason:
              'Placed for adoption: no match date recorded yet (the return records it with the adoption), so A2 ' +
              'is not known',
          },
        ],
      },
      {
        child: 'C4',
        stage: 'decision to place',
        enteredCare: '2013-05-01',
        daysInCare: 106,
        daysSinceDecision: 36,
        daysSinceOrder: null,
        daysSinceMatch: null,
        daysSincePlaced: null,
        flags: [],
      },
    ])
  })

  it('prints text and CSV, and the pipeline as it stood on an earlier date', async () => {
    const text = await run('pipeline', '--data', dir, '--council', '850', '--as-at', '2013-05-01')
    expect(text.out.split('\n')[0]).toBe(
      'Hampshire (850): 2 children on the adoption journey at 2013-03-31 (annual return)',
    )
    const csv = await run('pipeline', '--data', dir, '--council', '850', '--format', 'csv')
    expect(csv.out.split('\n').slice(0, 2)).toEqual([
      'child,stage,entered_care,days_in_care,days_since_decision,days_since_order,days_since_match,' +
        'days_since_placed,flags',
      'C1,placed for adoption,2012-05-01,471,348,287,,45,"Placed for adoption: no match date recorded yet (the ' +
        'return records it with the adoption), so A2 is not known"',
    ])
  })

  it('is checked by "scorecard validate", each extract to its own day', async () => {
    // Clean: only the warning that an extract read alone starts after the children entered care.
    const clean = await run('validate', '--data', dir, '--format', 'json')
    expect(clean.status).toBe(0)
    expect((JSON.parse(clean.out) as { rule: string }[]).map((f) => f.rule)).toEqual(['AS038'])
    const bad = await mkdtemp(path.join(tmpdir(), 'scorecard-pipeline-bad-'))
    await mkdir(path.join(bad, '850', '2013-08-01'), { recursive: true })
    // An episode starting 1 September 2013 in an extract taken on 1 August 2013.
    await writeFile(
      path.join(bad, '850', '2013-08-01', 'episodes.csv'),
      tableCsv('Episodes', [episode('C4', '01/09/2013', 'S', 'C2', 'Q2')]),
    )
    const r = await run('validate', '--data', bad, '--format', 'json')
    expect(r.status).toBe(1)
    const errors = (JSON.parse(r.out) as { severity: string; file: string; column: string }[]).filter(
      (f) => f.severity === 'error',
    )
    expect(errors.some((f) => f.file === '850/2013-08-01/episodes.csv' && f.column === 'DECOM')).toBe(true)
  })

  it('names what is wrong with its arguments', async () => {
    expect((await run('pipeline', '--data', dir, '--council', 'HA')).err).toContain('--council must be a three-digit')
    expect((await run('pipeline', '--data', dir, '--council', '850', '--as-at', '2013-02-30')).err).toContain(
      '--as-at must be a date written YYYY-MM-DD',
    )
    const none = await run('pipeline', '--data', dir, '--council', '856')
    expect(none.status).not.toBe(0)
    expect(none.err).toContain('council 856 has no returns in')
  })
})
