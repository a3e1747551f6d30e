import pino, { type DestinationStream, type Logger } from 'pino'

/**
 * Fields that may hold personal data, wherever they appear in a log object: redacted. Request lines carry the route
 * pattern (`/councils/:code/children/:child`), never the address, so a child's id is never in a log line by the URL
 * either; error messages are scrubbed of e-mail addresses and long numbers.
 */
const REDACT = [
  'email',
  '*.email',
  'password',
  '*.password',
  'token',
  '*.token',
  'child',
  '*.child',
  'dob',
  '*.dob',
  'postcode',
  '*.postcode',
  'name',
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
]

const EMAIL = /[^\s@"'<>()]+@[^\s@"'<>()]+\.[A-Za-z]{2,}/g
const LONG_NUMBER = /\b\d{6,}\b/g

/** An error as a log shows it: its kind, message and stack, with e-mails and long numbers (ids) taken out. */
export function scrubbedError(err: unknown): { type: string; message: string; stack?: string } {
  const e = err instanceof Error ? err : new Error(String(err))
  const scrub = (s: string) => s.replace(EMAIL, '[email]').replace(LONG_NUMBER, '[number]')
  return { type: e.name, message: scrub(e.message), ...(e.stack ? { stack: scrub(e.stack) } : {}) }
}

/** The service's structured logger: one JSON object a line, at LOG_LEVEL. */
export function serviceLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'adoption-scorecard' },
      redact: { paths: REDACT, censor: '[redacted]' },
      serializers: { err: scrubbedError },
    },
    destination,
  )
}
