import { expect } from 'expect'
import fc from 'fast-check'
import { describe, it } from 'node:test'
import { gunzipSync } from 'node:zlib'
import { gzipWithToken, packParts } from './gzipWithToken.js'

describe('a kept page gzipped with the asker’s token', () => {
  it('unpacks to the page with that token in every place, for any page and token (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.uint8Array({ maxLength: 70_000 })), { minLength: 1, maxLength: 5 }),
        fc.string({ maxLength: 70 }),
        (pieces, token) => {
          const parts = pieces.map((p) => Buffer.from(p))
          const page = Buffer.concat(parts.flatMap((p, i) => (i === 0 ? [p] : [Buffer.from(token), p])))
          expect(gunzipSync(gzipWithToken(parts, packParts(parts), token)).equals(page)).toBe(true)
        },
      ),
      { numRuns: 60 },
    )
  })

  it('is much smaller than the page (a repetitive 200 KB page)', () => {
    const parts = [Buffer.from('<tr><td>Hampshire</td></tr>'.repeat(4000)), Buffer.from('<p>end</p>'.repeat(3000))]
    const packed = gzipWithToken(parts, packParts(parts), 'aBcD1234aBcD1234aBcD1234aBcD1234')
    expect(packed.length).toBeLessThan(10_000)
  })
})
