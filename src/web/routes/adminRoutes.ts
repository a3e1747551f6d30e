import type { FastifyInstance } from 'fastify'
import { allows, ROLE_NAMES } from '../../access/policy.js'
import type { AccountService } from '../../services/accountService.js'
import type { AuditLog } from '../../store/auditLog.js'
import { render } from '../setUpViews.js'
import { downloadFormat, sendTable } from '../tableDownload.js'
import { govukTableParams, type TableModel } from '../tableModel.js'
import { notFound } from './scorecardRoutes.js'

/** The administrator's pages: the audit log (search only, never edit) and the accounts. */
export function adminRoutes(app: FastifyInstance, audit: AuditLog, accounts: AccountService): void {
  app.get<{
    Querystring: { actor?: string; action?: string; council?: string; from?: string; to?: string; format?: string }
  }>('/admin/audit', async (request, reply) => {
    if (!allows(request.viewer, 'view-audit')) return notFound(reply)
    const q = request.query
    const clean = (v: unknown, pattern: RegExp) => (typeof v === 'string' && pattern.test(v) ? v : undefined)
    const filter = {
      actor: clean(q.actor, /^[^<>]{1,320}$/),
      action: clean(q.action, /^[a-z-]{1,40}$/),
      council: clean(q.council, /^\d{3}$/),
      from: clean(q.from, /^\d{4}-\d{2}-\d{2}$/),
      to: clean(q.to, /^\d{4}-\d{2}-\d{2}$/),
    }
    const events = await audit.search(filter)
    const table: TableModel = {
      caption:
        `Audit log: ${events.length} ` +
        `event${events.length === 1 ? '' : 's'}${events.length === 500 ? ' (the latest 500)' : ''}`,
      columns: [
        { key: 'at', label: 'When' },
        { key: 'actor', label: 'Who' },
        { key: 'action', label: 'What' },
        { key: 'council', label: 'Council' },
        { key: 'detail', label: 'Detail' },
      ],
      rows: events.map((e) => ({ at: e.at, actor: e.actor, action: e.action, council: e.council, detail: e.detail })),
    }
    const format = downloadFormat(q.format)
    if (format) return sendTable(reply, table, format, 'audit-log')
    return render(reply, 'audit.njk', {
      title: 'Audit log',
      section: 'admin',
      values: filter,
      table: govukTableParams(table),
      query: new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][]).toString(),
    })
  })

  app.get('/admin/accounts', async (request, reply) => {
    if (!allows(request.viewer, 'manage-accounts')) return notFound(reply)
    const list = await accounts.list()
    const table: TableModel = {
      caption: `${list.length} account${list.length === 1 ? '' : 's'}`,
      columns: [
        { key: 'email', label: 'Email' },
        { key: 'role', label: 'Role' },
        { key: 'council', label: 'Council' },
        { key: 'created', label: 'Created' },
        { key: 'status', label: 'Status' },
      ],
      rows: list.map((a) => ({
        email: a.email,
        role: ROLE_NAMES[a.role],
        council: a.council,
        created: a.createdAt.slice(0, 10),
        status: a.disabled ? 'Disabled' : 'Active',
      })),
      links: list.map((a) => ({ email: `/admin/accounts/${a.id}` })),
    }
    return render(reply, 'accounts.njk', { title: 'Accounts', section: 'admin', table: govukTableParams(table) })
  })
}
