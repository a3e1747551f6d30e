import type { FastifyInstance } from 'fastify'
import type { AuditLog } from '../store/auditLog.js'

/** Every download (CSV or XLSX) by a signed-in user is an export, and goes in the audit log. */
export function setUpExportAudit(app: FastifyInstance, audit: AuditLog): void {
  app.addHook('onResponse', async (request, reply) => {
    if (request.method !== 'GET' || reply.statusCode !== 200 || request.viewer?.role === 'public') return
    const format = /[?&]format=(csv|xlsx)\b/.exec(request.url)?.[1]
    if (!format) return
    const council = /^\/councils\/(\d{3})\//.exec(request.url)?.[1] ?? null
    await audit.record(request.viewer.email ?? '', 'export', council, `${format}: ${request.url.slice(0, 300)}`)
  })
}
