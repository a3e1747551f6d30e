import path from 'node:path'
import view from '@fastify/view'
import type { FastifyInstance, FastifyReply } from 'fastify'
import nunjucks from 'nunjucks'
import { allows, PUBLIC } from '../access/policy.js'
import { displayDate } from './displayDate.js'
import { projectRoot } from './projectPaths.js'

/** Nunjucks with the GOV.UK Frontend templates, autoescaping everything. */
export async function setUpViews(app: FastifyInstance, options: { syntheticBanner: boolean }): Promise<void> {
  const root = projectRoot()
  await app.register(view, {
    engine: { nunjucks },
    templates: [path.join(root, 'src/web/views'), path.join(root, 'node_modules/govuk-frontend/dist')],
    options: {
      autoescape: true,
      onConfigure: (env: nunjucks.Environment) => {
        env.addGlobal('syntheticBanner', options.syntheticBanner)
        env.addFilter('displayDate', (v: unknown) => (typeof v === 'string' ? displayDate(v) : v))
      },
    },
  })
}

/** Renders a page, with who is signed in and the CSRF token for its forms. */
/**
 * What a page says after a change it was redirected from (`?done=`): a fixed message for each, never the query's own
 * text.
 */
const DONE: Record<string, string> = {
  published: 'Published: anyone can now read these scorecards, with small numbers suppressed.',
  revised: 'The revision is published, with its note, beside the earlier versions.',
  loaded: 'The return is loaded: the scorecards include it now.',
}

function doneMessage(query: unknown): string | null {
  const done = (query as { done?: unknown } | undefined)?.done
  return typeof done === 'string' && Object.hasOwn(DONE, done) ? DONE[done]! : null
}

export function render(reply: FastifyReply, template: string, context: Record<string, unknown>) {
  const request = reply.request
  const viewer = request.viewer ?? PUBLIC
  const own = { council: viewer.council ?? undefined }
  const section = context.section
  const navigationItems = [
    { href: '/', text: 'Scorecards', active: section === 'scorecards' },
    ...(allows(viewer, 'upload', own)
      ? [{ href: '/upload', text: 'Load a return', active: section === 'upload' }]
      : []),
    ...(allows(viewer, 'view-reviews', own)
      ? [{ href: '/reviews', text: 'Reviews', active: section === 'reviews' }]
      : []),
    { href: '/methodology', text: 'Methodology', active: section === 'methodology' },
    ...(allows(viewer, 'view-audit')
      ? [
          { href: '/admin/audit', text: 'Audit log', active: section === 'admin' },
          { href: '/admin/accounts', text: 'Accounts' },
        ]
      : []),
  ]
  return reply.type('text/html; charset=utf-8').view(template, {
    ...context,
    navigationItems,
    viewer: request.viewer,
    signedIn: viewer.role !== 'public',
    canUpload: allows(viewer, 'upload', own),
    csrfToken: request.csrfToken,
    done: doneMessage(request.query),
  })
}
