import { expect } from 'expect'
import { after, before, describe, it } from 'node:test'
import { allows, type Viewer as PolicyViewer } from '../src/access/policy.js'
import { DOWNLOADS } from '../src/web/tableDownload.js'
import { onTheJourney } from '../src/pipeline/journeyFlags.js'
import { ACCOUNTS, buildTestApp, type Session, type TestApp, type Who } from './support/webApp.js'

/**
 * Every GET route the application registers, as every role, in every download format of every table it offers:
 * generated from the route list, so a new route cannot skip the policy. What must hold whatever the route:
 * - no server error, whatever the table name (`__proto__` included);
 * - no child id of a council reaches anyone who may not see that council's children;
 * - a download is never open to someone the page itself is closed to;
 * - nothing about an unpublished period of a council reaches anyone but its users, analysts and advisers.
 * 2011-14 is published; 2010-13 is not.
 */
let t: TestApp
const sessions = {} as Record<Who, Session>
let child: string
let placedChild: string

before(async () => {
  t = await buildTestApp()
  for (const who of Object.keys(ACCOUNTS) as Who[]) sessions[who] = await t.signIn(who)
  await sessions.analyst.post('/periods/2011-14/publish')
  child = (await t.scorecards.childrenBehind('850', '2010-13'))[0]!.child
  // A child placed for adoption at the data's end: the court stage routes answer only for one.
  placedChild = onTheJourney(await t.scorecards.journeys('850'), '2014-03-31').find(
    (j) => j.placedForAdoption !== null && j.placedForAdoption <= '2014-03-31',
  )!.child
  await sessions.hampshire.post(`/councils/850/tracker/${placedChild}`, { annexATeam: 'Locality Team 2' })
})
after(async () => t.app.close())

type Viewer = Who | 'public'
const VIEWERS: Viewer[] = ['public', 'analyst', 'adviser', 'admin', 'hampshire', 'leicester']
const get = (v: Viewer, url: string) => (v === 'public' ? t.app.inject({ method: 'GET', url }) : sessions[v].get(url))
const policyViewer = (v: Viewer): PolicyViewer => ({
  role: v === 'public' ? 'public' : ACCOUNTS[v].role,
  council: v === 'public' ? null : (ACCOUNTS[v].council ?? null),
  email: null,
  accountId: null,
})

/** Every way of filling a route's parameters that the test data gives meaning to. */
function fill(url: string): string[] {
  let urls = [url.replace(/\(\^([^)]*)\$\)/g, '($1)')]
  const params: [RegExp, () => string[]][] = [
    [/:code/, () => ['850']],
    [/:period/, () => ['2011-14', '2010-13']],
    [/:child/, () => [child, placedChild]],
    [/:id/, () => ['no-such-id']],
    [/:table\(([^)]*)\)/, () => []],
  ]
  for (const [pattern, values] of params) {
    urls = urls.flatMap((u) => {
      const m = pattern.exec(u)
      if (!m) return [u]
      const options = m[1] !== undefined ? m[1].split('|') : values()
      return options.map((v) => u.replace(m[0], encodeURIComponent(v)))
    })
  }
  return urls
}

const CHILD_ID = /850\d{6}/
const SKIP = [/^\/(assets|stylesheets|javascripts|public)\b/, /\*/]

describe('every route, as every role, in every format of every table', () => {
  it('holds the policy', async () => {
    const routes = t.app.routeList.filter((r) => r.method === 'GET' && !SKIP.some((s) => s.test(r.url)))
    expect(routes.length).toBeGreaterThan(25)
    let requests = 0
    for (const route of routes) {
      const tables = [...(DOWNLOADS.get(route.url) ?? []), '__proto__', 'constructor']
      for (const url of fill(route.url)) {
        const sep = url.includes('?') ? '&' : '?'
        const downloads = ['csv', 'xlsx'].flatMap((f) => [
          `${url}${sep}format=${f}`,
          ...tables.map((n) => `${url}${sep}format=${f}&table=${n}`),
        ])
        // A route that only serves downloads (a council page's tables, a child's journey) belongs to the page above.
        const downloadOnly = (await Promise.all(VIEWERS.map((x) => get(x, url)))).every((r) => r.statusCode !== 200)
        for (const v of VIEWERS) {
          if (url.endsWith('report.pdf') && v !== 'public' && v !== 'leicester' && v !== 'admin') continue
          const page = await get(v, url)
          requests++
          const parent = downloadOnly ? await get(v, url.replace(/\/[^/]*$/, '')) : page
          const who = policyViewer(v)
          const mayCouncilChildren = allows(who, 'view-children', { council: '850' })
          const mayUnpublished = allows(who, 'view-scorecards', { published: false, council: '850' })
          const check = (u: string, r: { statusCode: number; body: string }) => {
            expect({ u, v, status: r.statusCode < 500 }).toEqual({ u, v, status: true })
            if (!mayCouncilChildren) expect({ u, v, childId: CHILD_ID.exec(r.body)?.[0] }).toEqual({ u, v })
            if (!mayUnpublished && u.includes('/850/') && u.includes('2010-13')) {
              expect({ u, v, ok: r.statusCode === 200 }).toEqual({ u, v, ok: false })
            }
          }
          check(url, page)
          for (const d of url.endsWith('.pdf') || url.startsWith('/api/') ? [] : downloads) {
            const r = await get(v, d)
            requests++
            check(d, r)
            // A download is never open to someone the page is closed to.
            if (parent.statusCode !== 200) expect({ d, v, open: r.statusCode === 200 }).toEqual({ d, v, open: false })
          }
        }
      }
    }
    expect(requests).toBeGreaterThan(1000)
  })

  it('tells the adviser the cost of delay is not theirs to download (it lists children)', async () => {
    for (const format of ['csv', 'xlsx']) {
      expect((await get('adviser', `/councils/850/forecast?table=cost&format=${format}`)).statusCode).toBe(404)
      expect((await get('hampshire', `/councils/850/forecast?table=cost&format=${format}`)).statusCode).toBe(200)
    }
  })
})
