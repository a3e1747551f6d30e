import { expect } from 'expect'
import { describe, it } from 'node:test'
import { allows, PUBLIC, type Action, type Viewer } from './policy.js'

const viewer = (role: Viewer['role'], council: string | null = null): Viewer => ({
  role,
  council,
  email: 'x@example.org',
  accountId: 'a',
})
const analyst = viewer('national-analyst')
const adviser = viewer('improvement-adviser')
const admin = viewer('administrator')
const hampshire = viewer('council-user', '850')

describe('the access policy', () => {
  // Expected answers, worked out from the issue: [action, target, analyst, adviser, admin, Hampshire user, public].
  const matrix: [Action, { council?: string; published?: boolean }, boolean, boolean, boolean, boolean, boolean][] = [
    ['view-scorecards', { published: true }, true, true, true, true, true],
    ['view-scorecards', { published: false }, true, true, false, false, false],
    ['view-scorecards', { published: false, council: '850' }, true, true, false, true, false],
    ['view-scorecards', { published: false, council: '856' }, true, true, false, false, false],
    ['view-unsuppressed', { council: '850' }, true, true, false, true, false],
    ['view-unsuppressed', { council: '856' }, true, true, false, false, false],
    ['view-unsuppressed', {}, true, true, false, false, false],
    ['view-children', { council: '850' }, true, false, false, true, false],
    ['view-children', { council: '856' }, true, false, false, false, false],
    ['upload', { council: '850' }, true, false, false, true, false],
    ['upload', { council: '856' }, true, false, false, false, false],
    ['publish', {}, true, false, false, false, false],
    ['view-audit', {}, false, false, true, false, false],
    ['manage-accounts', {}, false, false, true, false, false],
    ['run-reviews', {}, true, false, false, false, false],
    ['view-reviews', { council: '850' }, true, true, false, true, false],
    ['view-reviews', { council: '856' }, true, true, false, false, false],
    ['edit-plan', { council: '850' }, true, false, false, true, false],
    ['edit-plan', { council: '856' }, true, false, false, false, false],
    ['write-commentary', { council: '850' }, true, false, false, true, false],
    ['write-commentary', { council: '856' }, true, false, false, false, false],
    ['record-court-stages', { council: '850' }, false, false, false, true, false],
    ['record-court-stages', { council: '856' }, false, false, false, false, false],
  ]
  for (const [action, target, ...expected] of matrix) {
    it(`${action} ${JSON.stringify(target)}`, () => {
      expect([analyst, adviser, admin, hampshire, PUBLIC].map((v) => allows(v, action, target))).toEqual(expected)
    })
  }
})
