import type { FastifyInstance } from 'fastify'

/**
 * Who may keep a copy of a response: anything for a signed-in user, anything that sets a cookie, and anything but a
 * plain success is kept by nobody; published pages the public sees may be kept for five minutes (a publication shows
 * within that). Set up after the sessions, so the cookies a response sets are known.
 */
export function setUpCacheControl(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.hasHeader('cache-control')) return payload
    const shared =
      (request.method === 'GET' || request.method === 'HEAD') &&
      reply.statusCode === 200 &&
      request.viewer?.role === 'public' &&
      !reply.hasHeader('set-cookie')
    reply.header('Cache-Control', shared ? 'public, max-age=300' : 'no-store')
    return payload
  })
}
