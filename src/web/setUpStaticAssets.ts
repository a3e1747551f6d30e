import { existsSync } from 'node:fs'
import path from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { browserBuildDir, projectRoot } from './projectPaths.js'

/** GOV.UK Frontend's fonts, images, CSS and JavaScript, and this service's own small files. */
export async function setUpStaticAssets(app: FastifyInstance): Promise<void> {
  const root = projectRoot()
  const govuk = path.join(root, 'node_modules/govuk-frontend/dist/govuk')
  await app.register(fastifyStatic, {
    root: path.join(govuk, 'assets'),
    prefix: '/assets/',
    decorateReply: false,
    maxAge: '1d',
  })
  await app.register(fastifyStatic, {
    root: govuk,
    prefix: '/stylesheets/',
    decorateReply: false,
    allowedPath: (p) => p === '/govuk-frontend.min.css' || p === '/govuk-frontend.min.css.map',
  })
  await app.register(fastifyStatic, {
    root: govuk,
    prefix: '/javascripts/',
    decorateReply: false,
    allowedPath: (p) => p === '/govuk-frontend.min.js' || p === '/govuk-frontend.min.js.map',
  })
  await app.register(fastifyStatic, {
    root: path.join(root, 'src/web/public'),
    prefix: '/static/',
    decorateReply: false,
  })
  // The check page's scripts, built by `npm run build` (scripts/buildBrowser.ts); absent after tsc alone.
  const browser = browserBuildDir()
  if (existsSync(browser)) {
    await app.register(fastifyStatic, { root: browser, prefix: '/static/check/', decorateReply: false })
  }
  app.get('/stylesheets/app.css', (_req, reply) => reply.redirect('/static/app.css', 301))
  app.get('/javascripts/init.js', (_req, reply) => reply.redirect('/static/init.js', 301))
}
