import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { checkFormChoices } from '../../check/checkForm.js'
import { browserBuildDir } from '../projectPaths.js'
import { contentSecurityPolicy } from '../setUpSecurityHeaders.js'
import { render } from '../setUpViews.js'

/**
 * Checking a return on one's own computer: a public page whose checks run in the browser (src/browser), so that no
 * child's record leaves the council. The server sends the page and the scripts, and never sees the files.
 */
export function checkRoutes(app: FastifyInstance): void {
  const choices = checkFormChoices()
  const policy = contentSecurityPolicy({ blobWorker: true })
  app.get('/check', async (_request, reply) =>
    render(reply.header('Content-Security-Policy', policy), 'check.njk', {
      title: 'Check a return on your own computer',
      section: 'check',
      ...choices,
    }),
  )

  // At /check/..., allowed to control /check itself, so that the page works offline once loaded.
  let serviceWorker: Buffer | null = null
  app.get('/check/service-worker.js', async (_request, reply) => {
    const file = path.join(browserBuildDir(), 'service-worker.js')
    if (!serviceWorker && existsSync(file)) serviceWorker = readFileSync(file)
    if (!serviceWorker) return reply.code(404).type('text/plain; charset=utf-8').send('Not built: run npm run build')
    return reply
      .type('text/javascript; charset=utf-8')
      .header('Service-Worker-Allowed', '/check')
      .header('Cache-Control', 'no-cache')
      .send(serviceWorker)
  })
}
