import { expect } from 'expect'
import { after, before, describe, it } from 'node:test'
import { openStore, type Store } from './database.js'
import { AccountRepository } from './accountRepository.js'
import { AuditLog } from './auditLog.js'
import { PublicationRepository } from './publicationRepository.js'
import { ReviewRepository } from './reviewRepository.js'

/** The repositories beyond submissions, on both stores: the audit log's append-only triggers differ by dialect. */
for (const target of [{ name: 'SQLite', url: null }, { name: 'PostgreSQL', url: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test' }]) {
  describe(`accounts, publication, reviews and the audit log on ${target.name}`, () => {
    let store: Store
    const suffix = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`
    before(async () => {
      store = await openStore({ databaseUrl: target.url, sqliteFile: ':memory:' })
    })
    after(async () => store.close())

    it('refuses to change or delete audit events', async () => {
      const audit = new AuditLog(store)
      await audit.record(`tester-${suffix}`, 'sign-in', '850', 'from test')
      const [event] = await audit.search({ actor: `tester-${suffix}` })
      expect(event).toMatchObject({ action: 'sign-in', council: '850' })
      await expect(store.db.updateTable('audit_event').set({ detail: 'changed' }).where('id', '=', event!.id).execute()).rejects.toThrow(/append-only/)
      await expect(store.db.deleteFrom('audit_event').where('id', '=', event!.id).execute()).rejects.toThrow(/append-only/)
      expect((await audit.search({ actor: `tester-${suffix}` }))[0]!.detail).toBe('from test')
    })

    it('keeps accounts and their sessions, and ends them all together', async () => {
      const accounts = new AccountRepository(store)
      const a = await accounts.create({ email: `User-${suffix}@Example.org`, role: 'council-user', council: '850', passwordHash: 'x', createdAt: '2026-11-22T00:00:00Z' })
      expect(a.email).toBe(`user-${suffix}@example.org`)
      await accounts.addSession({ tokenHash: `h1-${suffix}`, accountId: a.id, csrfToken: 'c', createdAt: 't', lastSeenAt: 't' })
      await accounts.addSession({ tokenHash: `h2-${suffix}`, accountId: a.id, csrfToken: 'c', createdAt: 't', lastSeenAt: 't' })
      await accounts.endAllSessions(a.id)
      expect(await accounts.session(`h1-${suffix}`)).toBeNull()
      await expect(accounts.create({ email: `x-${suffix}@example.org`, role: 'council-user', council: null, passwordHash: 'x', createdAt: 't' })).rejects.toThrow()
    })

    it('publishes a period once, and records review steps with the case', async () => {
      const period = `p-${suffix}`
      const publications = new PublicationRepository(store)
      expect(await publications.publish(period, 'me', 't')).toBe(true)
      expect(await publications.publish(period, 'me', 't')).toBe(false)
      const reviews = new ReviewRepository(store)
      const c = await reviews.open('850', period, 'me', '2026-11-22T00:00:00Z')
      await reviews.step(c.id, { event: 'record-initial-discussion', data: { date: '2026-11-22' }, by: 'me', at: '2026-11-22T01:00:00Z' }, { state: 'stage-1-outcome', outcome: null })
      expect((await reviews.find(c.id))!.state).toBe('stage-1-outcome')
      expect((await reviews.steps(c.id)).map((s) => s.event)).toEqual(['opened', 'record-initial-discussion'])
    })
  })
}
