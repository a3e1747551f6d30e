import path from 'node:path'

/** Everything the product reads from its environment, read once, with safe defaults. */
export interface Config {
  /** PostgreSQL connection string; when unset the embedded SQLite store is used. */
  databaseUrl: string | null
  /** Where the embedded SQLite store lives. */
  sqliteFile: string
  host: string
  port: number
  /** Shows the "Synthetic data" banner on every page. */
  syntheticBanner: boolean
  /** Largest upload accepted, per file and in all. */
  maxUploadBytes: number
  maxUploadFiles: number
  /** Session cookies marked Secure even when the request did not arrive over TLS (behind a proxy that ends TLS). */
  secureCookies: boolean
  /**
   * How many proxies in front to trust for X-Forwarded-For and -Proto (0: none). Only the addresses those proxies
   * added are believed: a client cannot name its own address to the sign-in limits or the audit log.
   */
  trustProxy: number
  /** pino's level: fatal, error, warn, info, debug, trace or silent. */
  logLevel: string
  /** The port of the Prometheus metrics, on its own listener (0: none). */
  metricsPort: number
  /** Where the metrics listener binds: loopback unless said, never the public site. */
  metricsHost: string
  /** How long a shutdown waits for requests, uploads and imports in flight. */
  shutdownTimeoutMs: number
  /** Debian's Chromium, for the PDF report. */
  chromiumPath: string
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.DATABASE_URL?.trim() || null,
    sqliteFile: env.SQLITE_FILE ?? path.resolve('data', 'adoption-scorecard.sqlite'),
    host: env.HOST ?? '127.0.0.1',
    port: portOr(env.PORT, 3000),
    syntheticBanner: env.SYNTHETIC_BANNER === 'true',
    maxUploadBytes: Number(env.MAX_UPLOAD_BYTES ?? 50 * 1024 * 1024),
    maxUploadFiles: Number(env.MAX_UPLOAD_FILES ?? 12),
    secureCookies: env.SECURE_COOKIES === 'true',
    trustProxy: proxyHops(env.TRUST_PROXY),
    logLevel: LOG_LEVELS.includes(env.LOG_LEVEL ?? '') ? env.LOG_LEVEL! : 'info',
    metricsPort: portOr(env.METRICS_PORT, 9464),
    metricsHost: env.METRICS_HOST ?? '127.0.0.1',
    shutdownTimeoutMs: Number(env.SHUTDOWN_TIMEOUT_MS ?? 25_000),
    chromiumPath: env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  }
}

/** TRUST_PROXY: a number of proxies, or "true" for one (the usual TLS-ending proxy); anything else none. */
function proxyHops(value: string | undefined): number {
  if (value === 'true') return 1
  const n = Number(value)
  return Number.isInteger(n) && n > 0 && n < 10 ? n : 0
}

function portOr(value: string | undefined, fallback: number): number {
  const n = Number(value ?? fallback)
  return Number.isInteger(n) && n >= 0 && n < 65536 ? n : fallback
}
