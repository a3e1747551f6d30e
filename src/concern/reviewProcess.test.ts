import { expect } from 'expect'
import { describe, it } from 'node:test'
import { applyEvent, EVENTS, REQUIRED_FIELDS, STATES, TRANSITIONS, type ReviewEvent } from './reviewProcess.js'

const complete = (event: ReviewEvent): Record<string, string> =>
  Object.fromEntries(
    REQUIRED_FIELDS[event].map((f) => [
      f.name,
      f.name === 'date' ? '2013-02-05' : f.name === 'intervention' ? 'improvement-notice' : 'text',
    ]),
  )

describe('the review process state machine', () => {
  // Worked out from seed 002: six allowed transitions out of 5 states x 6 events = 30 pairs.
  const allowed = new Map([
    ['initial-discussion/record-initial-discussion', 'stage-1-outcome'],
    ['stage-1-outcome/close-no-further-action', 'closed'],
    ['stage-1-outcome/refer-to-diagnostic', 'diagnostic'],
    ['diagnostic/record-diagnostic', 'decision'],
    ['decision/decide-no-further-action', 'closed'],
    ['decision/decide-intervention', 'closed'],
  ])

  for (const state of STATES) {
    for (const event of EVENTS) {
      const key = `${state}/${event}`
      it(`${key}: ${allowed.has(key) ? `allowed, to ${allowed.get(key)}` : 'refused'}`, () => {
        const r = applyEvent(state, event, complete(event))
        if (allowed.has(key)) expect(r).toMatchObject({ ok: true, to: allowed.get(key) })
        else expect(r.ok).toBe(false)
      })
    }
  }

  it('has exactly the allowed transitions', () => {
    expect(TRANSITIONS).toHaveLength(allowed.size)
  })

  it('refuses a step with a field missing or malformed, saying which', () => {
    const r = applyEvent('initial-discussion', 'record-initial-discussion', {
      ...complete('record-initial-discussion'),
      date: '5 Feb',
      attendees: ' ',
    })
    expect(r).toEqual({
      ok: false,
      errors: [
        { field: 'date', message: 'Enter the date as YYYY-MM-DD' },
        { field: 'attendees', message: 'Enter who attended' },
      ],
    })
    expect(applyEvent('decision', 'decide-intervention', { intervention: 'closure', support: 'x' }).ok).toBe(false)
  })

  it('gives each way of closing its outcome', () => {
    expect(applyEvent('stage-1-outcome', 'close-no-further-action', complete('close-no-further-action'))).toMatchObject(
      { outcome: 'No further action (stage 1), sector support offered' },
    )
    expect(applyEvent('decision', 'decide-intervention', complete('decide-intervention'))).toMatchObject({
      outcome: 'Improvement notice recommended',
    })
  })
})
