import core from '@zxcvbn-ts/core'
import common from '@zxcvbn-ts/language-common'
import en from '@zxcvbn-ts/language-en'

/**
 * Password rules after the NCSC's password guidance: a minimum length, no composition rules, no expiry, long
 * passphrases welcome, and a check against what attackers try first. That check is zxcvbn (the maintained TypeScript
 * port, @zxcvbn-ts): its dictionaries hold the most common passwords of public breach lists and common words and
 * names, and it sees repeats ("123412341234"), sequences ("abcdefghijkl"), keyboard walks and dates. A password must
 * score at least 3 of 4 ("safely unguessable: moderate protection from offline slow-hash scenario").
 */
export const MINIMUM_LENGTH = 12
export const MAXIMUM_LENGTH = 256
export const MINIMUM_SCORE = 3

/** Words of this service that a password must not lean on. */
const SERVICE_WORDS = ['adoption', 'scorecard', 'children', 'council', 'ssda903', 'looked after']

/** Built on first use: ranking the dictionaries takes a sixth of a second, which start-up need not wait for. */
let checker: InstanceType<typeof core.ZxcvbnFactory> | null = null
const theChecker = () =>
  (checker ??= new core.ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  }))

export function passwordProblem(password: string, email: string): string | null {
  if (password.length < MINIMUM_LENGTH)
    return `Password must be at least ${MINIMUM_LENGTH} characters long. A few words together make a good one.`
  if (password.length > MAXIMUM_LENGTH) return `Password must be at most ${MAXIMUM_LENGTH} characters long.`
  const local = email.split('@')[0]?.toLowerCase() ?? ''
  if (local.length >= 4 && password.toLowerCase().includes(local))
    return 'Password must not contain your email address.'
  const result = theChecker().check(password, [...SERVICE_WORDS, local, email])
  if (result.score < MINIMUM_SCORE) {
    const why = result.feedback.warning ? `${result.feedback.warning} ` : ''
    return `${why}That password is too easy to guess. Choose another: a few unrelated words together make a good one.`
  }
  return null
}
