/** Where shutdown says what it does: the service's logger, or the command line. */
export interface ShutdownLog {
  info(obj: object, msg: string): void
  warn(obj: object, msg: string): void
}

/**
 * Graceful shutdown on SIGTERM and SIGINT: stop taking work, let what is in flight finish within `timeoutMs` (`close`),
 * then exit 0; past the time limit, exit 1. A second signal exits at once. Returns a function that removes the
 * handlers.
 */
export function onShutdown(
  logger: ShutdownLog,
  timeoutMs: number,
  close: () => Promise<void>,
  exit: (code: number) => void = (code) => process.exit(code),
): () => void {
  let stopping = false
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: stopping at once')
      exit(1)
      return
    }
    stopping = true
    logger.info({ signal, timeoutMs }, 'shutting down: finishing work in flight')
    let timer: NodeJS.Timeout | undefined
    const limit = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs)
    })
    void Promise.race([close().then(() => 'closed' as const), limit]).then(
      (how) => {
        clearTimeout(timer)
        if (how === 'timeout') logger.warn({ timeoutMs }, 'work still in flight at the time limit: stopped')
        else logger.info({}, 'stopped')
        exit(how === 'timeout' ? 1 : 0)
      },
      (e: unknown) => {
        clearTimeout(timer)
        logger.warn({ err: e }, 'shutdown failed')
        exit(1)
      },
    )
  }
  process.on('SIGTERM', handler)
  process.on('SIGINT', handler)
  return () => {
    process.off('SIGTERM', handler)
    process.off('SIGINT', handler)
  }
}
