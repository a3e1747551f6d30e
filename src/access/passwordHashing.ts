import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

/**
 * scrypt, memory-hard: N = 2^15, r = 8, p = 1 uses 32 MiB per hash (OWASP's minimum for scrypt is N = 2^17 with r = 8
 * at 128 MiB; 2^15 keeps sign-in under 100 ms on these machines).
 */
const N = 2 ** 15
const R = 8
const P = 1
const KEY_LENGTH = 32

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(
      password.normalize('NFKC'),
      salt,
      KEY_LENGTH,
      { ...options, maxmem: 128 * options.N! * options.r! * 2 },
      (err, key) => (err ? reject(err) : resolve(key)),
    ),
  )
}

/** "scrypt$N$r$p$salt$key", salt and key in base64. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, { N, r: R, p: P })
  return ['scrypt', N, R, P, salt.toString('base64'), key.toString('base64')].join('$')
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$')
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false
  const [n, r, p] = parts.slice(1, 4).map(Number)
  const salt = Buffer.from(parts[4]!, 'base64')
  const expected = Buffer.from(parts[5]!, 'base64')
  const key = await derive(password, salt, { N: n!, r: r!, p: p! })
  return key.length === expected.length && timingSafeEqual(key, expected)
}

/** A hash of nothing anyone can type, compared against when the email is unknown, so both cases take as long. */
const ZERO_SALT = Buffer.alloc(16).toString('base64')
const ZERO_KEY = Buffer.alloc(32).toString('base64')
export const UNUSABLE_HASH = `scrypt$${N}$${R}$${P}$${ZERO_SALT}$${ZERO_KEY}`
