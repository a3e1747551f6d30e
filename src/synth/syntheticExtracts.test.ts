import { expect } from 'expect'
import { describe, it } from 'node:test'
import { councilByCode } from '../domain/englishCouncils.js'
import { loadHistories } from '../journey/councilHistories.js'
import { checkExtract, councilJourneysAt } from '../journey/pipelineData.js'
import { tracker } from '../pipeline/tracker.js'
import { synthesiseCouncil, type SynthOptions } from './nationalSynth.js'

const files = (options: SynthOptions) =>
  [...synthesiseCouncil(councilByCode('850'), options)].map(([path, text]) => ({
    path,
    bytes: new TextEncoder().encode(text),
  }))
const OPTIONS: SynthOptions = {
  councils: [councilByCode('850')],
  firstYear: 2012,
  lastYear: 2014,
  seed: 3,
  scale: 0.3,
  faultRate: 0,
  extractsOn: ['2013-11-30', '2014-08-15'],
}

describe('synthetic in-year extracts', () => {
  for (const format of ['csv', 'xml'] as const) {
    it(`are written beside the annual returns (${format}), clean, and set the pipeline's "now"`, () => {
      const all = files({ ...OPTIONS, format })
      const august = all.filter((f) => f.path.startsWith('850/2014-08-15/'))
      expect(august.length).toBe(format === 'csv' ? 4 : 1)
      const checked = checkExtract(
        '850',
        '2014-08-15',
        august.map((f) => ({ name: f.path.split('/').pop()!, bytes: f.bytes })),
      )
      expect(checked.findings.filter((f) => f.severity === 'error')).toEqual([])
      const data = councilJourneysAt(all, '850')!
      expect([data.asAt, data.source, data.extracts]).toEqual(['2014-08-15', 'in-year extract', OPTIONS.extractsOn])
      // The tracker's orders made this year are the adoptions from 1 April to 15 August 2014 in the extract.
      const t = tracker(data.journeys, [], data.asAt)
      expect(t.ordersMade.every((o) => o.date >= '2014-04-01' && o.date <= '2014-08-15')).toBe(true)
      // The scorecard reads the annual returns only: the extracts change nothing in it.
      const annual = all.filter((f) => /^850\/\d{4}\//.test(f.path))
      expect(loadHistories(all)).toEqual(loadHistories(annual))
    })
  }
})
