import { expect } from 'expect'
import fc from 'fast-check'
import { describe, it } from 'node:test'
import { PUBLIC, type Viewer } from '../src/access/policy.js'
import { readReturns } from '../src/ssda903/returnFiles.js'
import { buildTestApp, syntheticReturns } from './support/webApp.js'

/**
 * No differencing, whatever is published and whoever reloads: everything the public sees, and everything a council
 * user sees about other councils and England, comes from what was published, so a reload by another council (one
 * adoption taken out of its return) moves none of it; and inside one output, a hidden figure is never alone (the
 * disclosure property test covers that, and the comparable-council means use shown figures only). Every page, table
 * and API answer takes its figures from ScorecardService.nationalFor and englandContextFor (the route-by-role test
 * holds every route to the same policy), so these are what is checked.
 */
const PERIODS = ['2009-12', '2010-13', '2011-14']
const HAMPSHIRE: Viewer = { role: 'council-user', council: '850', email: null, accountId: null }

describe('differencing across reloads (property)', () => {
  it('moves nothing the public or another council sees when a council reloads a return', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(PERIODS, { minLength: 1 }),
        fc.constantFrom('856', '336'),
        fc.nat(),
        async (published, reloader, pick) => {
          const t = await buildTestApp(syntheticReturns(['850', '856', '336'], 2008, 2014, 0.3, 11))
          for (const p of published) await t.scorecards.publish(p, 'analyst', '2026-11-22T12:00:00Z')
          const seen = async () =>
            JSON.stringify(
              await Promise.all(
                PERIODS.map(async (p) => ({
                  public: published.includes(p) ? await t.scorecards.nationalFor(PUBLIC, p) : null,
                  others: (await t.scorecards.nationalFor(HAMPSHIRE, p, '850')).councils.filter(
                    (c) => c.code !== '850',
                  ),
                  england: (await t.scorecards.nationalFor(HAMPSHIRE, p, '850')).england,
                  englandContext: await t.scorecards.englandContextFor(HAMPSHIRE, p),
                })),
              ),
            )
          const before = await seen()
          // The reloader takes one adopted child out of its 2012-13 return (the AD1 row and the adoption episode go).
          const files = (await t.repository.currentFiles(reloader)).filter((f) =>
            f.path.startsWith(`${reloader}/2013/`),
          )
          const adopted = readReturns(files).returns.get(reloader)![0]!.records.adoptions
          const child = adopted[pick % adopted.length]!.child
          const without = files.map((f) => ({
            name: f.path.split('/')[2]!,
            bytes: new TextEncoder().encode(
              new TextDecoder()
                .decode(f.bytes)
                .split('\n')
                .filter((line) => !line.startsWith(`${child},`))
                .join('\n'),
            ),
          }))
          await t.repository.add({
            council: reloader,
            year: 2013,
            files: without,
            rowCount: 0,
            warningCount: 0,
            receivedAt: '2026-11-22T13:00:00Z',
          })
          await t.scorecards.reload(reloader)
          // The live figures did move (the test would prove nothing otherwise) ...
          expect(await t.scorecards.changedSincePublication('2011-14')).toBe(published.includes('2011-14'))
          // ... but nothing the public or Hampshire sees about others.
          expect(await seen()).toBe(before)
          await t.app.close()
        },
      ),
      { numRuns: 4 },
    )
  })
})
