import { expect } from 'expect'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { openStore } from '../store/database.js'
import { AccountRepository } from '../store/accountRepository.js'
import { AuditLog } from '../store/auditLog.js'
import { CommandError } from './exitCodes.js'
import { userAddCommand, userDisableCommand } from './serverCommands.js'

describe('scorecard user add / disable', () => {
  it('creates the first administrator from the command line, with no default password, audited', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'users-')), 'store.sqlite')
    process.env.SQLITE_FILE = file
    const err: string[] = []
    const io = { out: () => {}, err: (t: string) => void err.push(t) }
    expect(
      await userAddCommand({ email: 'Admin@Example.org', role: 'administrator' }, io, 'a long enough passphrase'),
    ).toBe(0)
    expect(err.join('')).toContain('created admin@example.org (administrator)')
    await expect(
      userAddCommand({ email: 'x@example.org', role: 'superuser' }, io, 'a long enough passphrase'),
    ).rejects.toThrow(CommandError)
    await expect(
      userAddCommand({ email: 'y@example.org', role: 'council-user' }, io, 'a long enough passphrase'),
    ).rejects.toThrow(/needs a council: the DfE three-digit code/)
    // A three-digit code that is no council is named as such.
    await expect(
      userAddCommand({ email: 'y@example.org', role: 'council-user', council: '999' }, io, 'a long enough passphrase'),
    ).rejects.toThrow(/999 is not the code of an English council/)
    await expect(userAddCommand({ email: 'z@example.org', role: 'improvement-adviser' }, io, 'short')).rejects.toThrow(
      /at least 12 characters/,
    )
    // A breached favourite, a repeat, a sequence and the service's own words are refused.
    for (const weak of ['password1234', '123412341234', 'abcdefghijklmnop', 'adoptionscorecard'])
      await expect(userAddCommand({ email: 'w@example.org', role: 'improvement-adviser' }, io, weak)).rejects.toThrow(
        /too easy to guess/,
      )
    expect(await userDisableCommand({ email: 'admin@example.org' }, io)).toBe(0)
    const store = await openStore({ databaseUrl: null, sqliteFile: file })
    expect(await new AccountRepository(store).byEmail('admin@example.org')).toMatchObject({
      role: 'administrator',
      disabled: true,
    })
    expect((await new AuditLog(store).search({})).map((e) => [e.actor, e.action])).toEqual([
      ['command line', 'account-disabled'],
      ['command line', 'account-created'],
    ])
    await store.close()
    delete process.env.SQLITE_FILE
  })
})
