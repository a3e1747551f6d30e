/**
 * The benchmark's child processes: command-line runs, timed and with their peak memory, and web servers, each
 * remembered so that every one is ended when the benchmark ends, however it ends.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const HERE = path.dirname(fileURLToPath(import.meta.url))
/** The command line, `scorecard`, as built. */
export const CLI = path.join(HERE, '../src/cli/main.js')
const PEAK = path.join(HERE, 'peakMemory.js')
const ROOT = path.join(HERE, '../..')

/** Every child still running: ended by `endAll`. */
const running = new Set<ChildProcess>()

export interface CliRun {
  seconds: number
  /** Peak resident memory of the whole process (every thread, native memory too). */
  peakMb: number
  status: number | null
  stdout: string
  stderr: string
}

/** Runs `scorecard ARGS` with the environment given (added to ours), timing it and reading its peak memory. */
export function runCli(args: string[], env: NodeJS.ProcessEnv, input?: string): Promise<CliRun> {
  return runNode(CLI, args, env, input)
}

/** Runs a Node script (as built) with the environment given (added to ours), timing it and reading its peak memory. */
export function runNode(script: string, args: string[], env: NodeJS.ProcessEnv, input?: string): Promise<CliRun> {
  const usageDir = mkdtempSync(path.join(tmpdir(), 'bench-usage-'))
  const usage = path.join(usageDir, 'usage.json')
  const start = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', PEAK, script, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env, BENCH_USAGE_FILE: usage },
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    running.add(child)
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (d: Buffer) => out.push(d))
    child.stderr.on('data', (d: Buffer) => err.push(d))
    child.stdin.end(input ?? '')
    child.on('error', reject)
    child.on('close', (status) => {
      running.delete(child)
      const seconds = (performance.now() - start) / 1000
      const recorded = existsSync(usage) ? (JSON.parse(readFileSync(usage, 'utf8')) as { peakBytes: number }) : null
      const peakBytes = recorded?.peakBytes ?? 0
      rmSync(usageDir, { recursive: true, force: true })
      const run = { seconds, peakMb: peakBytes / 2 ** 20, status, stdout: String(Buffer.concat(out)) }
      resolve({ ...run, stderr: String(Buffer.concat(err)) })
    })
  })
}

/** Runs `scorecard ARGS` and fails with its own words when it fails. */
export async function mustRunCli(args: string[], env: NodeJS.ProcessEnv, input?: string): Promise<CliRun> {
  return mustSucceed(`scorecard ${args.join(' ')}`, await runCli(args, env, input))
}

/** The run, or an error with the end of what it wrote to standard error. */
export function mustSucceed(what: string, run: CliRun): CliRun {
  if (run.status !== 0) throw new Error(`${what} failed (${run.status}): ${run.stderr.slice(-2000)}`)
  return run
}

/** A port nobody listens on now (the operating system's choice). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

export interface ServerProcess {
  pid: number
  url: string
  /** When it was spawned (performance.now()). */
  spawnedAt: number
  /** The end of what it wrote to standard error, for a failure's explanation. */
  stderrTail: () => string
  stop: () => Promise<void>
}

/** Spawns `scorecard start` on a port of our choosing, so that it can be asked for pages from the moment it listens. */
export async function startServerProcess(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const port = await freePort()
  const spawnedAt = performance.now()
  const child = spawn(process.execPath, [CLI, 'start'], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...env,
      HOST: '127.0.0.1',
      PORT: String(port),
      METRICS_PORT: '0',
      LOG_LEVEL: 'error',
      SHUTDOWN_TIMEOUT_MS: '5000',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  running.add(child)
  let tail = ''
  child.stderr.on('data', (d: Buffer) => (tail = (tail + String(d)).slice(-4000)))
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  void exited.then(() => running.delete(child))
  return {
    pid: child.pid!,
    url: `http://127.0.0.1:${port}`,
    spawnedAt,
    stderrTail: () => tail,
    stop: () => end(child, exited),
  }
}

/** Asks a child to stop (SIGTERM, as a service manager would) and kills it if it has not within 10 s. */
async function end(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
  await exited
  clearTimeout(timer)
}

/** Ends every child still running, at once. */
export function endAll(): void {
  for (const child of running) child.kill('SIGKILL')
  running.clear()
}

/** A process's resident memory now and at its peak (VmRSS, VmHWM), in MB. */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN)
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 }
}
