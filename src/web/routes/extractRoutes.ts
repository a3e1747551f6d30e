import type {} from '@fastify/multipart'
import type { FastifyInstance } from 'fastify'
import { allows } from '../../access/policy.js'
import { councilByCode } from '../../domain/englishCouncils.js'
import type { Finding } from '../../domain/finding.js'
import { readTypedDate } from '../../pipeline/courtStageForm.js'
import { safeFileName } from '../../ssda903/returnFiles.js'
import type { ScorecardService } from '../../services/scorecardService.js'
import type { TrackerService } from '../../services/trackerService.js'
import type { ExtractRepository } from '../../store/extractRepository.js'
import { render } from '../setUpViews.js'
import { isCsrfToken } from '../setUpSessions.js'
import { forbidden } from './childRoutes.js'
import { notFound } from './scorecardRoutes.js'

/** The findings an extract's page lists: the errors first, at most this many. */
const SHOWN_FINDINGS = 20

/**
 * Loading an in-year extract for a council: the same SSDA903 tables (CSV or the XML export) as a council's system
 * exports them on any day. Those who may load the council's returns may load its extracts; an extract with an error is
 * not stored. The tracker's "now" is the newest extract after the latest annual return.
 */
export function extractRoutes(
  app: FastifyInstance,
  trackers: TrackerService,
  extracts: ExtractRepository,
  scorecards: ScorecardService,
  limits: { maxFiles: number; maxBytes: number },
): void {
  const page = async (
    code: string,
    values: Record<string, string>,
    fieldErrors: Record<string, { text: string }>,
    findings: Finding[] = [],
  ) => ({
    title: 'Load an in-year extract',
    section: 'scorecards',
    council: councilByCode(code),
    values,
    fieldErrors,
    errors: Object.entries(fieldErrors).map(([field, e]) => ({ text: e.text, href: `#${field}` })),
    findings: [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity !== 'error')]
      .slice(0, SHOWN_FINDINGS)
      .map((f) => [
        { text: f.file },
        { text: String(f.row) },
        { text: f.column },
        { text: f.value },
        { text: `${f.rule} (${f.severity})` },
        { text: f.message },
      ]),
    findingCount: findings.length,
    stored: await extracts.list(code),
  })

  app.get<{ Params: { code: string } }>('/councils/:code/extracts', async (request, reply) => {
    const { code } = request.params
    if (!allows(request.viewer, 'upload', { council: code })) return forbidden(reply)
    if (!(await scorecards.hasCouncil(code))) return notFound(reply)
    return render(reply, 'extracts.njk', await page(code, {}, {}))
  })

  app.post('/councils/:code/extracts', { config: { csrfInFirstField: true } }, async (request, reply) => {
    const { code } = request.params as { code: string }
    if (!allows(request.viewer, 'upload', { council: code })) return notFound(reply)
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
          if (part.filename) files.push({ name: safeFileName(part.filename, files.length), bytes })
        } else if (typeof part.value === 'string') {
          values[part.fieldname] = part.value.trim().slice(0, 20)
        }
      }
    } catch {
      fieldErrors.files = {
        text: `Choose at most ${limits.maxFiles} files of at most ${Math.round(limits.maxBytes / 1024 / 1024)} MB each`,
      }
    }
    const takenOn = readTypedDate(values.takenOn ?? '')
    const today = new Date().toISOString().slice(0, 10)
    if (takenOn === null) fieldErrors.takenOn = { text: 'Enter the day the extract was taken, for example, 15/08/2014' }
    else if (takenOn > today) fieldErrors.takenOn = { text: 'The day the extract was taken must not be in the future' }
    if (files.length === 0 && !fieldErrors.files)
      fieldErrors.files = { text: 'Choose the CSV files or the XML export of the extract' }
    if (Object.keys(fieldErrors).length > 0)
      return render(reply.code(400), 'extracts.njk', await page(code, values, fieldErrors))
    const result = await trackers.loadExtract(code, takenOn!, files, request.viewer.email ?? '')
    if (result.stored) return reply.redirect(`/councils/${code}/tracker`, 303)
    const errors = result.findings.filter((f) => f.severity === 'error').length
    return render(
      reply.code(400),
      'extracts.njk',
      await page(
        code,
        values,
        {
          files: {
            text:
              errors > 0
                ? `The extract has ${errors} error${errors === 1 ? '' : 's'}: correct them and load it again. ` +
                  'Nothing was stored.'
                : 'The files hold no SSDA903 tables. Nothing was stored.',
          },
        },
        result.findings,
      ),
    )
  })
}
