import { expect } from 'expect'
import { after, before, describe, it } from 'node:test'
import { freshPostgresDatabase } from '../../test/support/freshPostgres.js'
import { openStore, type Store } from './database.js'
import { AccountRepository } from './accountRepository.js'
import { AuditLog } from './auditLog.js'
import { PublicationRepository } from './publicationRepository.js'
import { ReviewRepository } from './reviewRepository.js'

/** The repositories beyond submissions, on both stores: the audit log's append-only triggers differ by dialect. */
for (const target of [
  { name: 'SQLite', postgres: false },
  { name: 'PostgreSQL', postgres: true },
]) {
  describe(`accounts, publication, reviews and the audit log on ${target.name}`, () => {
    let store: Store
    let fresh: { url: string; drop: () => Promise<void> } | null = null
    const suffix = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`
    before(async () => {
      fresh = target.postgres ? await freshPostgresDatabase('parity') : null
      store = await openStore({ databaseUrl: fresh?.url ?? null, sqliteFile: ':memory:' })
    })
    after(async () => {
      await store.close()
      await fresh?.drop()
    })

    it('refuses to change or delete audit events', async () => {
      const audit = new AuditLog(store)
      await audit.record(`tester-${suffix}`, 'sign-in', '850', 'from test')
      const [event] = await audit.search({ actor: `tester-${suffix}` })
      expect(event).toMatchObject({ action: 'sign-in', council: '850' })
      await expect(
        store.db.updateTable('audit_event').set({ detail: 'changed' }).where('id', '=', event!.id).execute(),
      ).rejects.toThrow(/append-only/)
      await expect(store.db.deleteFrom('audit_event').where('id', '=', event!.id).execute()).rejects.toThrow(
        /append-only/,
      )
      expect((await audit.search({ actor: `tester-${suffix}` }))[0]!.detail).toBe('from test')
    })

    it('keeps accounts and their sessions, and ends them all together', async () => {
      const accounts = new AccountRepository(store)
      const a = await accounts.create({
        email: `User-${suffix}@Example.org`,
        role: 'council-user',
        council: '850',
        passwordHash: 'x',
        createdAt: '2026-11-22T00:00:00Z',
      })
      expect(a.email).toBe(`user-${suffix}@example.org`)
      await accounts.addSession({
        tokenHash: `h1-${suffix}`,
        accountId: a.id,
        csrfToken: 'c',
        createdAt: 't',
        lastSeenAt: 't',
      })
      await accounts.addSession({
        tokenHash: `h2-${suffix}`,
        accountId: a.id,
        csrfToken: 'c',
        createdAt: 't',
        lastSeenAt: 't',
      })
      await accounts.endAllSessions(a.id)
      expect(await accounts.session(`h1-${suffix}`)).toBeNull()
      await expect(
        accounts.create({
          email: `x-${suffix}@example.org`,
          role: 'council-user',
          council: null,
          passwordHash: 'x',
          createdAt: 't',
        }),
      ).rejects.toThrow()
    })

    it('publishes a period once, keeps each revision, and records review steps with the case', async () => {
      const period = `p-${suffix}`
      const publications = new PublicationRepository(store)
      expect(await publications.publish(period, 'me', 't1', '{"v":1}')).toBe(true)
      expect(await publications.publish(period, 'me', 't1', '{"v":"again"}')).toBe(false)
      expect(await publications.revise(period, 'you', 't2', 'Hampshire reloaded 2012-13', '{"v":2}')).toBe(2)
      expect(await publications.revise(`not-${period}`, 'you', 't2', '', '{}')).toBeNull()
      expect((await publications.version(period))!.content).toBe('{"v":2}')
      expect((await publications.version(period, 1))!.content).toBe('{"v":1}')
      expect((await publications.versions(period)).map((v) => [v.version, v.publishedBy, v.note])).toEqual([
        [1, 'me', ''],
        [2, 'you', 'Hampshire reloaded 2012-13'],
      ])
      const reviews = new ReviewRepository(store)
      const c = await reviews.open('850', period, 'me', '2026-11-22T00:00:00Z')
      await reviews.step(
        c.id,
        { event: 'record-initial-discussion', data: { date: '2026-11-22' }, by: 'me', at: '2026-11-22T01:00:00Z' },
        { state: 'stage-1-outcome', outcome: null },
      )
      expect((await reviews.find(c.id))!.state).toBe('stage-1-outcome')
      expect((await reviews.steps(c.id)).map((s) => s.event)).toEqual(['opened', 'record-initial-discussion'])
    })
  })
}
