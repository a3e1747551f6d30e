/**
 * The benchmark's browser: signs in through the form as a person would, checks that a page is the page (a 200 with
 * its content, not a redirect to sign-in), loads pages with autocannon and sends the upload form.
 */
import autocannon from 'autocannon'

export interface Session {
  /** The session cookie, as a Cookie header. */
  cookie: string
  /** The session's CSRF token, for forms. */
  csrf: string
}

const hiddenCsrf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? ''

function cookieFrom(response: Response, name: string): string | null {
  for (const c of response.headers.getSetCookie()) {
    const m = new RegExp(`^${name}=([^;]*)`).exec(c)
    if (m) return m[1]!
  }
  return null
}

/** Signs in through the sign-in form (its CSRF cookie and token), then reads the session's token from a page. */
export async function signIn(base: string, email: string, password: string): Promise<Session> {
  const form = await fetch(`${base}/sign-in`)
  const anonymous = cookieFrom(form, 'adoption_csrf')
  const body = new URLSearchParams({ email, password, _csrf: hiddenCsrf(await form.text()), next: '/' })
  const r = await fetch(`${base}/sign-in`, {
    method: 'POST',
    headers: { cookie: `adoption_csrf=${anonymous}`, 'content-type': 'application/x-www-form-urlencoded' },
    body,
    redirect: 'manual',
  })
  const token = cookieFrom(r, 'adoption_session')
  if (!token) throw new Error(`sign-in failed for ${email}: ${r.status}`)
  const cookie = `adoption_session=${token}`
  const account = await fetch(`${base}/account`, { headers: { cookie } })
  return { cookie, csrf: hiddenCsrf(await account.text()) }
}

/**
 * Fetches a page once (which also warms whatever the server caches) and fails unless it is a 200 HTML page holding
 * `mustHold`: for a signed-in page, "Signed in as", so that a redirect or the public's view is never measured.
 */
export async function checkPage(url: string, cookie: string | null, mustHold: string): Promise<void> {
  const r = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: 'manual' })
  const text = await r.text()
  if (r.status !== 200 || !text.includes(mustHold)) {
    const found = text.includes(mustHold) ? 'found' : 'not found'
    throw new Error(`${url} is not the page to measure: ${r.status}, "${mustHold}" ${found}`)
  }
}

/** Asks for a page until it answers 200 (the server may not listen yet); the seconds from `since`. */
export async function firstOk(url: string, since: number, timeoutMs = 120_000): Promise<number> {
  for (;;) {
    try {
      const r = await fetch(url, { redirect: 'manual' })
      await r.arrayBuffer()
      if (r.status === 200) return (performance.now() - since) / 1000
    } catch {
      // not listening yet
    }
    if (performance.now() - since > timeoutMs) throw new Error(`${url}: no 200 within ${timeoutMs / 1000} s`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

export interface LoadResult {
  requests: number
  /** Connection errors and timeouts. */
  errors: number
  /** Answers outside 200-299 (a redirect counts). */
  non2xx: number
  perSecond: number
  /** Every response's latency in ms, sorted. */
  latencies: number[]
}

/** Loads one URL with autocannon; every response's latency is kept, so any percentile can be read exactly. */
export function load(url: string, cookie: string | null, connections: number, seconds: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = []
    const instance = autocannon(
      { url, connections, duration: seconds, headers: cookie ? { cookie } : {} },
      (err: Error | null, result: autocannon.Result) => {
        if (err) return reject(err)
        resolve({
          requests: result.requests.total,
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
          perSecond: result.requests.total / result.duration,
          latencies: latencies.sort((a, b) => a - b),
        })
      },
    )
    instance.on('response', (_client, _status, _bytes, time) => latencies.push(time))
  })
}

/** The latency below which `p` per cent of responses came (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

/** A multipart/form-data body as the upload form sends it: the CSRF token first, then the fields, then the files. */
export function uploadBody(
  csrf: string,
  fields: Record<string, string>,
  files: readonly { name: string; bytes: Uint8Array }[],
): { body: Buffer; contentType: string } {
  const boundary = '----adoption-scorecard-bench-boundary'
  const chunks: Buffer[] = []
  for (const [k, v] of Object.entries({ _csrf: csrf, ...fields })) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`))
  }
  for (const f of files) {
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\n`
    chunks.push(Buffer.from(`${head}Content-Type: text/csv\r\n\r\n`), Buffer.from(f.bytes), Buffer.from('\r\n'))
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`))
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` }
}

/** Sends the upload form; the draft's address on success (a 303 to /uploads/ID), else an error with the answer. */
export async function upload(base: string, session: Session, body: { body: Buffer; contentType: string }) {
  const r = await fetch(`${base}/upload`, {
    method: 'POST',
    headers: { cookie: session.cookie, 'content-type': body.contentType },
    body: new Uint8Array(body.body),
    redirect: 'manual',
  })
  const text = await r.text()
  const location = r.headers.get('location') ?? ''
  if (r.status !== 303 || !location.startsWith('/uploads/')) {
    throw new Error(`upload answered ${r.status} ${location}: ${text.replace(/\s+/g, ' ').slice(0, 300)}`)
  }
  return location
}
