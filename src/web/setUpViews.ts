import path from 'node:path'
import view from '@fastify/view'
import type { FastifyInstance, FastifyReply } from 'fastify'
import nunjucks from 'nunjucks'
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

/** Renders a page. */
export function render(reply: FastifyReply, template: string, context: Record<string, unknown>) {
  return reply.type('text/html; charset=utf-8').view(template, context)
}
