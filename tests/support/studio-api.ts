import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * What the Studio asks a Sanity project for besides content, answered well enough for it
 * to start offline as a signed-in editor: the current user, their permissions, stored
 * preferences, feature flags, and a real-time listener that says "welcome" and stays open.
 * The Studio calls this from the browser with credentials, hence CORS.
 */
export const editorUser = {
  id: 'p-editor',
  name: 'Comms Editor',
  email: 'editor@example.org',
  role: 'editor',
  roles: [{ name: 'editor', title: 'Editor' }],
}

const grants = [
  { filter: '_id in path("**")', permissions: ['history', 'read', 'update', 'create'] },
]

export function withCors(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin
  if (!origin) return
  res.setHeader('access-control-allow-origin', origin)
  res.setHeader('access-control-allow-credentials', 'true')
  res.setHeader('access-control-allow-methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS')
  res.setHeader(
    'access-control-allow-headers',
    req.headers['access-control-request-headers'] ?? '*',
  )
}

/** Answers a Studio request; false when the path is not one it knows. */
export function answerStudio(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
  const path = url.pathname
  if (req.method === 'OPTIONS') {
    res.writeHead(204)
    res.end()
    return true
  }
  if (/\/data\/(listen|live\/events)\//.test(path)) {
    listen(req, res)
    return true
  }
  const json = (body: unknown) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
    return true
  }
  if (path.endsWith('/users/me')) return json(editorUser)
  if (path.endsWith('/acl')) return json(grants)
  if (path.includes('/keyvalue/')) return json([])
  if (/\/(features|datasets|user-applications)$/.test(path)) return json([])
  // A document's history: nothing recorded.
  if (path.includes('/data/history/')) {
    if (path.includes('/events/documents/')) return json({ events: {} })
    res.writeHead(200, { 'content-type': 'application/x-ndjson' })
    res.end()
    return true
  }
  if (/^\/v[^/]+\//.test(path)) return json({})
  return false
}

/**
 * A server-sent event stream that says "welcome" and ends a moment later, asking the
 * browser to reconnect soon. Real Sanity keeps listeners open over HTTP/2; over local
 * HTTP/1.1 a browser allows only six connections per host, fewer than the Studio's
 * listeners, so streams that stayed open would starve every other request.
 */
function listen(req: IncomingMessage, res: ServerResponse) {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' })
  res.write('retry: 2000\nevent: welcome\ndata: {"listenerName":"stand-in"}\n\n')
  const end = setTimeout(() => res.end(), 1_000)
  req.on('close', () => clearTimeout(end))
}
