import { describe, it } from 'node:test'
import { expect } from 'expect'
import { passwordProblem } from './passwordRules.js'

describe('password rules', () => {
  it('refuses common, repeated, sequential and service passwords, and takes passphrases', () => {
    const refused = ['123412341234', 'qwertyuiop123', 'passwordpassword', 'aaaaaaaaaaaaaa', 'scorecard2026!']
    for (const p of refused)
      expect({ p, problem: passwordProblem(p, 'jo@x.gov.uk') }).toMatchObject({
        p,
        problem: expect.stringMatching(/too easy to guess/),
      })
    expect(passwordProblem('correct horse battery staple', 'jo@x.gov.uk')).toBeNull()
    expect(passwordProblem('tiny', 'jo@x.gov.uk')).toMatch(/at least 12/)
    expect(passwordProblem('joanna.smith is my name', 'joanna.smith@x.gov.uk')).toMatch(/email address/)
  })
})
