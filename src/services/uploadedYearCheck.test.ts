import { expect } from 'expect'
import { describe, it } from 'node:test'
import { ENGLISH_COUNCILS } from '../domain/englishCouncils.js'
import { synthesiseCouncil } from '../synth/nationalSynth.js'
import { readUploadedYear, readUploadedYearApart, type UploadedYear } from './uploadedYearCheck.js'

/** Leicester's returns 2009-2013 with one row in fifty given a realistic fault, as files. */
function leicester(): { path: string; bytes: Uint8Array }[] {
  const council = ENGLISH_COUNCILS.find((c) => c.code === '856')!
  const files = synthesiseCouncil(council, {
    councils: [council],
    firstYear: 2009,
    lastYear: 2013,
    seed: 3,
    scale: 0.3,
    faultRate: 0.02,
  })
  return [...files].map(([path, text]) => ({ path, bytes: new TextEncoder().encode(text) }))
}

describe('checking an uploaded year', () => {
  const files = leicester()
  const input: UploadedYear = {
    council: '856',
    year: 2012,
    uploaded: files.filter((f) => f.path.startsWith('856/2012/')),
    others: files.filter((f) => !f.path.startsWith('856/2012/')),
    before: files.filter((f) => f.path.startsWith('856/2012/')),
  }

  it('finds the same in a worker thread as in this one', async () => {
    const here = readUploadedYear(input)
    const apart = await readUploadedYearApart(input, 0)
    expect(apart).toEqual(here)
    // The faults injected are found, in the year uploaded and elsewhere; the same return stored changes nothing.
    expect(here.findings.length).toBeGreaterThan(0)
    expect(here.findings.every((f) => f.file.startsWith('856/2012'))).toBe(true)
    expect(here.elsewhere.every((f) => !f.file.startsWith('856/2012'))).toBe(true)
    expect(here.rows).toBeGreaterThan(0)
    expect(here.children.length).toBeGreaterThan(0)
    expect(here.changes).not.toBeNull()
  })

  it('says why when the worker cannot read the upload', async () => {
    const broken = {
      ...input,
      uploaded: [{ path: '856/2012/x.csv', bytes: { byteLength: 1 } as unknown as Uint8Array }],
    }
    await expect(readUploadedYearApart(broken, 0)).rejects.toThrow()
  })
})
