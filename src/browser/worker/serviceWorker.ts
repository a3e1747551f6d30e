/**
 * The check page's service worker, so that a data officer can check returns with the network off once the page has
 * loaded. It only ever fetches this service's own page and files (GET, no body); it never sees the chosen files, which
 * go from the page to the check worker inside the browser.
 *
 * - /check itself: the network first (a fresh page when online), else the copy kept at install: the public page, no
 *   one's name on it.
 * - The check's scripts, GOV.UK Frontend's styles and script, and this service's own: kept at install, served from the
 *   cache. Fonts and images: kept the first time they are fetched.
 * The cache is named by a hash of the files (set by the build), so a new release replaces it whole.
 */
declare const self: ServiceWorkerGlobalScope
declare const CHECK_ASSETS_VERSION: string

const CACHE = `check-${CHECK_ASSETS_VERSION}`
const PAGE = '/check'
const PRECACHE = [
  '/static/check/checkPage.js',
  '/static/check/checkWorker.js',
  '/stylesheets/govuk-frontend.min.css',
  '/static/app.css',
  '/javascripts/init.js',
  '/static/init.js',
  '/javascripts/govuk-frontend.min.js',
]
const STATIC = /^\/(static|stylesheets|javascripts|assets)\//

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE)
      // The page as the public sees it: a signed-in visitor's name and token are not kept.
      const page = await fetch(PAGE, { credentials: 'omit' })
      if (!page.ok) throw new Error(`${PAGE} answered ${page.status}`)
      await cache.put(PAGE, page)
      await cache.addAll(PRECACHE)
      await self.skipWaiting()
    })(),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith('check-') && name !== CACHE) await caches.delete(name)
      await self.clients.claim()
    })(),
  )
})

/** A cached response as a plain one: a response that followed a redirect cannot answer a navigation. */
const plain = async (response: Response) =>
  response.redirected
    ? new Response(await response.blob(), { status: response.status, headers: response.headers })
    : response

async function page(request: Request): Promise<Response> {
  try {
    return await fetch(request)
  } catch {
    const kept = await caches.match(PAGE, { cacheName: CACHE })
    if (kept) return plain(kept)
    throw new Error('offline, and the page was not kept')
  }
}

async function asset(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE)
  const kept = await cache.match(request, { ignoreSearch: true })
  if (kept) return plain(kept)
  const response = await fetch(request)
  if (response.ok) await cache.put(request, response.clone())
  return response
}

self.addEventListener('fetch', (event) => {
  const request = event.request
  const url = new URL(request.url)
  if (request.method !== 'GET' || url.origin !== self.location.origin) return
  if (url.pathname === PAGE && request.mode === 'navigate') event.respondWith(page(request))
  else if (STATIC.test(url.pathname)) event.respondWith(asset(request))
})
