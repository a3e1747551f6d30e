import { expect } from 'expect'
import { describe, it } from 'node:test'
import { distributionChart } from './scorecardCharts.js'

describe('the days-per-child chart', () => {
  it('labels the threshold line and counts children in whole numbers', async () => {
    // Three children: 100, 130 and 700 days; threshold 608. The tallest bar holds 2 children, so a scale that split
    // children would tick at 0.5 and 1.5.
    const svg = await distributionChart('A1', [100, 130, 700], 608)
    expect(svg).toContain('Threshold 608 days')
    const ticks = [...svg.matchAll(/<text[^>]*>([\d.]+)<\/text>/g)].map((m) => m[1]!)
    expect(ticks.length).toBeGreaterThan(0)
    expect(ticks.filter((t) => t.includes('.'))).toEqual([])
  })
})
