/**
 * Password rules after the NCSC's password guidance: a minimum length, a
 * deny-list of common and guessable passwords, no composition rules, no expiry,
 * and long passphrases welcome.
 */
export const MINIMUM_LENGTH = 12
export const MAXIMUM_LENGTH = 256

/** The most common passwords of public breach lists, and this service's own obvious words. */
const DENY_LIST = new Set([
  '123456789012', '1234567890123', 'qwertyuiopas', 'password1234', 'passwordpassword', 'password123!', 'iloveyou1234',
  'qwerty123456', '111111111111', '000000000000', 'abcdefghijkl', 'abc123abc123', 'letmein12345', 'welcome12345',
  'administrator', 'changeme1234', 'adoption1234', 'scorecard123', 'adoptionscorecard', 'childrenservices',
  'qwertyqwerty', 'football1234', 'monkey123456', 'sunshine1234', 'princess1234', 'trustno1trustno1',
])

export function passwordProblem(password: string, email: string): string | null {
  if (password.length < MINIMUM_LENGTH) return `Password must be at least ${MINIMUM_LENGTH} characters long. A few words together make a good one.`
  if (password.length > MAXIMUM_LENGTH) return `Password must be at most ${MAXIMUM_LENGTH} characters long.`
  const lower = password.toLowerCase()
  if (DENY_LIST.has(lower)) return 'That password is too common. Choose another.'
  if (/^(.)\1+$/.test(password)) return 'That password repeats one character. Choose another.'
  const local = email.split('@')[0]?.toLowerCase() ?? ''
  if (local.length >= 4 && lower.includes(local)) return 'Password must not contain your email address.'
  return null
}
