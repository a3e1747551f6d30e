import pg from 'pg'
import { CHANGE_CHANNEL, type DataChangeRepository } from '../store/dataChanges.js'

export interface WatchOptions {
  /** PostgreSQL: listen for notifications as well as polling. */
  databaseUrl: string | null
  /** How often to ask the store for its data version. */
  pollMs: number
  onError?: (e: unknown) => void
}

/**
 * Keeps a server up to date with the store: on PostgreSQL it LISTENs for the notification every change sends at commit
 * (so other servers and command-line runs show within moments), and on any store it polls the data version, which is
 * one cheap query. `onChange` is called when the version has moved.
 */
export function watchDataChanges(
  changes: DataChangeRepository,
  onChange: () => Promise<void>,
  options: WatchOptions,
): { stop(): Promise<void> } {
  let last = -1
  let stopped = false
  const check = async () => {
    if (stopped) return
    try {
      const version = await changes.version()
      if (version !== last) {
        last = version
        await onChange()
      }
    } catch (e) {
      options.onError?.(e)
    }
  }
  const timer = setInterval(() => void check(), options.pollMs)
  timer.unref()
  let client: pg.Client | null = null
  if (options.databaseUrl) {
    client = new pg.Client({ connectionString: options.databaseUrl })
    client.on('notification', () => void check())
    client.on('error', (e) => options.onError?.(e))
    client
      .connect()
      .then(() => client!.query(`LISTEN ${CHANGE_CHANNEL}`))
      .catch((e: unknown) => options.onError?.(e))
  }
  return {
    async stop() {
      stopped = true
      clearInterval(timer)
      await client?.end().catch(() => undefined)
    },
  }
}
