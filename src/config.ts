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
  /** Trust X-Forwarded-* from a proxy in front (to know a request came over TLS, for HSTS and Secure cookies). */
  trustProxy: boolean
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000)
  return {
    databaseUrl: env.DATABASE_URL?.trim() || null,
    sqliteFile: env.SQLITE_FILE ?? path.resolve('data', 'adoption-scorecard.sqlite'),
    host: env.HOST ?? '127.0.0.1',
    port: Number.isInteger(port) && port >= 0 && port < 65536 ? port : 3000,
    syntheticBanner: env.SYNTHETIC_BANNER === 'true',
    maxUploadBytes: Number(env.MAX_UPLOAD_BYTES ?? 50 * 1024 * 1024),
    maxUploadFiles: Number(env.MAX_UPLOAD_FILES ?? 12),
    secureCookies: env.SECURE_COOKIES === 'true',
    trustProxy: env.TRUST_PROXY === 'true',
  }
}
