import { after, before, describe, it } from 'node:test'
import { expect } from 'expect'
import { openStore, type Store } from '../store/database.js'
import { SignInFailureRepository } from '../store/signInFailureRepository.js'
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_CLIENT, SignInThrottle } from './signInThrottle.js'

let store: Store
let clock = 1_000_000_000_000
before(async () => {
  store = await openStore({ databaseUrl: null, sqliteFile: ':memory:' })
})
after(async () => store.close())

/** Two servers on one store, one clock. */
const servers = () => [0, 1].map(() => new SignInThrottle(new SignInFailureRepository(store), () => clock))

describe('the sign-in throttle', () => {
  it('counts failures against two servers as one limit per account', async () => {
    const [a, b] = servers()
    const keys = (n: number) => ['email:one@x.gov.uk', `client:10.0.0.${n}`]
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await (i % 2 ? a! : b!).fail(keys(i))
    expect(await a!.blockedFor(keys(99))).toBe(15)
    expect(await b!.blockedFor(keys(99))).toBe(15)
    clock += 15 * 60_000 + 1
    expect(await b!.blockedFor(keys(99))).toBe(0)
  })

  it('does not forgive a client guessing across accounts when it signs in to its own', async () => {
    const [a] = servers()
    for (let i = 0; i < MAX_FAILURES_PER_CLIENT; i++) await a!.fail([`email:user${i}@x.gov.uk`, 'client:10.9.9.9'])
    await a!.succeed('email:mine@x.gov.uk')
    expect(await a!.blockedFor(['email:mine@x.gov.uk', 'client:10.9.9.9'])).toBeGreaterThan(0)
    // The account's own count does go on success.
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await a!.fail(['email:two@x.gov.uk', `client:10.1.1.${i}`])
    await a!.succeed('email:two@x.gov.uk')
    expect(await a!.blockedFor(['email:two@x.gov.uk', 'client:10.1.1.200'])).toBe(0)
  })
})
