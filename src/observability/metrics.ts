import { createServer, type Server } from 'node:http'
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'
import type { ServiceEvents } from '../services/serviceEvents.js'

/** What the metrics read from the running service when Prometheus scrapes them. */
export interface MetricSources {
  dataVersion(): number
  councilsLoaded(): Promise<number>
  submissionsLoaded(): Promise<number>
  pdfQueue(): { running: number; waiting: number }
}

/**
 * The service's Prometheus metrics (prom-client): request durations by route pattern and status, the data version,
 * councils and submissions loaded, returns loaded and their findings, sign-in failures and refusals, the PDF queue,
 * and Node's own. Served on their own listener, never on the public site.
 */
export class ServiceMetrics implements ServiceEvents {
  readonly registry = new Registry()
  readonly requestDuration: Histogram<'route' | 'method' | 'status'>
  private readonly signInFailures: Counter
  private readonly signInRefusals: Counter
  private readonly returns: Counter
  private readonly findings: Counter<'severity'>

  constructor(sources: MetricSources) {
    const registers = [this.registry]
    collectDefaultMetrics({ register: this.registry })
    this.requestDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time to answer a request, by route pattern, method and status.',
      labelNames: ['route', 'method', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
      registers,
    })
    this.signInFailures = new Counter({ name: 'sign_in_failures_total', help: 'Failed sign-ins.', registers })
    this.signInRefusals = new Counter({
      name: 'sign_in_throttled_total',
      help: 'Sign-ins refused for too many failures.',
      registers,
    })
    this.returns = new Counter({ name: 'returns_loaded_total', help: 'Returns loaded into the store.', registers })
    this.findings = new Counter({
      name: 'return_findings_total',
      help: 'Findings of the returns loaded, by severity.',
      labelNames: ['severity'],
      registers,
    })
    new Gauge({
      name: 'data_version',
      help: 'The version of the data this server has loaded.',
      registers,
      collect() {
        this.set(sources.dataVersion())
      },
    })
    new Gauge({
      name: 'councils_loaded',
      help: 'Councils with a return loaded.',
      registers,
      async collect() {
        this.set(await sources.councilsLoaded())
      },
    })
    new Gauge({
      name: 'submissions_loaded',
      help: 'Current submissions (one per council and year).',
      registers,
      async collect() {
        this.set(await sources.submissionsLoaded())
      },
    })
    new Gauge({
      name: 'pdf_reports_in_progress',
      help: 'PDF reports printing (state=running) or waiting (state=waiting).',
      labelNames: ['state'],
      registers,
      collect() {
        const q = sources.pdfQueue()
        this.set({ state: 'running' }, q.running)
        this.set({ state: 'waiting' }, q.waiting)
      },
    })
  }

  signInFailed(): void {
    this.signInFailures.inc()
  }
  signInThrottled(): void {
    this.signInRefusals.inc()
  }
  returnLoaded(findings: { errors: number; warnings: number }): void {
    this.returns.inc()
    this.findings.inc({ severity: 'error' }, findings.errors)
    this.findings.inc({ severity: 'warning' }, findings.warnings)
  }

  async text(): Promise<string> {
    return this.registry.metrics()
  }

  /** Serves GET /metrics on its own listener. */
  async listen(host: string, port: number): Promise<Server> {
    const server = createServer((req, res) => {
      if (req.method !== 'GET' || req.url !== '/metrics') {
        res.writeHead(404).end()
        return
      }
      this.text().then(
        (body) => res.writeHead(200, { 'Content-Type': this.registry.contentType }).end(body),
        () => res.writeHead(500).end(),
      )
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, host, () => resolve())
    })
    return server
  }
}
