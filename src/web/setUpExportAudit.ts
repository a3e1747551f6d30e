import type { FastifyInstance } from 'fastify'
import type { AuditLog } from '../store/auditLog.js'
import { childReference } from '../access/childReference.js'

/** Every download (CSV or XLSX) by a signed-in user is an export, and goes in the audit log. */
export function setUpExportAudit(app: FastifyInstance, audit: AuditLog): void {
  app.addHook('onResponse', async (request, reply) => {
    if (request.method !== 'GET' || reply.statusCode !== 200 || request.viewer?.role === 'public') return
    const format = /[?&]format=(csv|xlsx)\b/.exec(request.url)?.[1]
    if (!format) return
    // The route's pattern and its parameters, a child named by pseudonym: never the raw address, which holds ids.
    const params = { ...(request.params as Record<string, string>) }
    const council = params.code ?? null
    if (params.child !== undefined) params.child = childReference(council ?? '', params.child)
    const table = (request.query as { table?: unknown }).table
    const what = [
      request.routeOptions.url ?? '',
      ...Object.entries(params).map(([k, v]) => `${k}=${v}`),
      ...(typeof table === 'string' ? [`table=${table.slice(0, 40)}`] : []),
    ].join(' ')
    await audit.record(request.viewer.email ?? '', 'export', council, `${format}: ${what}`)
  })
}
