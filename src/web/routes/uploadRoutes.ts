import type {} from '@fastify/multipart'
import type { FastifyInstance } from 'fastify'
import { councilByCode, ENGLISH_COUNCILS } from '../../domain/englishCouncils.js'
import type { SubmissionService } from '../../services/submissionService.js'
import { allows } from '../../access/policy.js'
import type { AuditLog } from '../../store/auditLog.js'
import { render } from '../setUpViews.js'
import { isCsrfToken } from '../setUpSessions.js'
import { downloadFormat, sendTable } from '../tableDownload.js'
import { govukTableParams } from '../tableModel.js'
import { editionName } from '../../ssda903/editions/edition.js'
import { FINDING_TABLES } from '../findingTables.js'
import { findingReport } from '../findingReport.js'
import { notFound } from './scorecardRoutes.js'

/** Loading a return: the form, the checks, the report and the confirmation. */
export function uploadRoutes(
  app: FastifyInstance,
  submissions: SubmissionService,
  audit: AuditLog,
  limits: { maxFiles: number; maxBytes: number },
): void {
  // Someone who may load returns for some council: a national analyst, or a council user for their own.
  const mayUpload = (request: { viewer: Parameters<typeof allows>[0] }) =>
    allows(request.viewer, 'upload', { council: request.viewer.council ?? undefined })
  const form = (values: Record<string, string>, fieldErrors: Record<string, { text: string }>) => ({
    title: 'Load a return',
    section: 'upload',
    values,
    fieldErrors,
    errors: Object.entries(fieldErrors).map(([field, e]) => ({ text: e.text, href: `#${field}` })),
  })

  app.get('/upload', async (request, reply) => {
    if (!mayUpload(request)) return signInFirst(reply)
    return render(reply, 'upload.njk', form({ council: request.viewer.council ?? '' }, {}))
  })

  app.post('/upload', { config: { csrfInFirstField: true } }, async (request, reply) => {
    if (!mayUpload(request)) return signInFirst(reply)
    const values: Record<string, string> = {}
    const files: { name: string; bytes: Uint8Array }[] = []
    const fieldErrors: Record<string, { text: string }> = {}
    let first = true
    try {
      for await (const part of request.parts({ limits: { files: limits.maxFiles, fileSize: limits.maxBytes } })) {
        // The form's token comes first, so nothing is read from a request that is not the form's.
        if (first) {
          first = false
          if (part.type !== 'field' || part.fieldname !== '_csrf' || !isCsrfToken(request, part.value)) {
            return render(reply.code(403), 'message.njk', {
              title: 'This form has expired',
              message: 'For your security the files were not read. Go back, reload the page and try again.',
            })
          }
          continue
        }
        if (part.type === 'file') {
          const bytes = await part.toBuffer()
          if (part.filename) files.push({ name: part.filename, bytes })
        } else if (typeof part.value === 'string') {
          values[part.fieldname] = part.value.trim().slice(0, 20)
        }
      }
    } catch {
      fieldErrors.files = {
        text: `Choose at most ${limits.maxFiles} files of at most ${Math.round(limits.maxBytes / 1024 / 1024)} MB each`,
      }
    }
    const council = values.council ?? ''
    const year = Number(values.year)
    if (!ENGLISH_COUNCILS.some((c) => c.code === council))
      fieldErrors.council = { text: 'Enter a DfE three-digit council code, for example 850' }
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      fieldErrors.year = { text: 'Enter the collection year as four digits, for example 2013' }
    if (files.length === 0 && !fieldErrors.files)
      fieldErrors.files = { text: 'Choose the CSV files or the XML export of the return' }
    if (Object.keys(fieldErrors).length > 0) return render(reply.code(400), 'upload.njk', form(values, fieldErrors))
    if (!allows(request.viewer, 'upload', { council })) {
      return render(reply.code(403), 'message.njk', {
        title: 'You cannot load returns for this council',
        message: 'You can load returns only for your own council.',
      })
    }
    const draft = await submissions.check(council, year, files, request.viewer.accountId ?? '')
    return reply.redirect(`/uploads/${draft.id}`, 303)
  })

  const ownDraft = async (request: { viewer: { accountId: string | null } }, id: string) => {
    const draft = await submissions.draft(id)
    return draft && draft.owner === (request.viewer.accountId ?? '') && request.viewer.accountId ? draft : undefined
  }

  app.get<{ Params: { id: string } }>('/uploads/:id', async (request, reply) => {
    const draft = await ownDraft(request, request.params.id)
    if (!draft) return notFound(reply, 'This check has expired or does not exist. Load the files again.')
    const report = findingReport(draft.findings)
    return render(reply, 'report.njk', {
      title: 'Checks on the return',
      section: 'upload',
      draft,
      council: councilByCode(draft.council),
      groups: report.groups.map((g) => ({ ...g, table: govukTableParams(g.table) })),
      errorList: report.errorList,
      fileNames: draft.fileNames.join(', '),
      summary: govukTableParams(report.summary),
      byChild: govukTableParams(report.byChild),
      childCount: report.childCount,
      changes: draft.changes,
      yearName: editionName(draft.year),
    })
  })

  app.get<{ Params: { id: string }; Querystring: { format?: string; table?: string } }>(
    '/uploads/:id/findings',
    async (request, reply) => {
      const draft = await ownDraft(request, request.params.id)
      const format = downloadFormat(request.query.format)
      const name = request.query.table ?? 'findings'
      const table = FINDING_TABLES.get(name)
      if (!draft || !format || !table) return notFound(reply)
      return sendTable(
        reply,
        table(draft.findings, `Checks on ${draft.council} ${draft.year}`),
        format,
        `${name}-${draft.council}-${draft.year}`,
      )
    },
  )

  app.post<{ Params: { id: string } }>('/uploads/:id/confirm', async (request, reply) => {
    const draft = await ownDraft(request, request.params.id)
    if (!draft) return notFound(reply, 'This check has expired or does not exist. Load the files again.')
    if (draft.errors > 0) return reply.redirect(`/uploads/${draft.id}`, 303)
    const submission = await submissions.confirm(draft.id)
    if (!submission) return notFound(reply)
    await audit.record(
      request.viewer.email ?? '',
      'upload',
      submission.council,
      `${submission.year} version ${submission.version}: ${submission.files.map((f) => f.name).join(', ')} (sha256 ` +
        `${submission.sha256.slice(0, 16)})`,
    )
    return reply.redirect(`/councils/${submission.council}?done=loaded`, 303)
  })
}

function signInFirst(reply: import('fastify').FastifyReply) {
  if (reply.request.viewer.role === 'public') return reply.redirect('/sign-in?next=/upload', 303)
  return render(reply.code(403), 'message.njk', {
    title: 'You cannot load returns',
    message: 'Loading returns is for council users and national analysts.',
  })
}
