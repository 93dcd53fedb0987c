import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { SanityDocument } from '@/lib/content/local'
import { answerQuery } from '../fixtures/content-lake'
import { applyMutations, mutationsBody, snapshot } from './mutations'
import { answerStudio, withCors } from './studio-api'

/**
 * A stand-in for the Content Lake's query, document and mutate endpoints, for tests that
 * run the real @sanity/client offline. Queries are answered by the query endpoint's stand-in
 * (tests/fixtures/content-lake.ts) over the in-memory documents, every caller counting as
 * signed in; mutations change those documents. Point a client at it with
 * `apiHost: lake.url, useProjectHostname: false`. With `studio: true` it also answers what
 * the Studio asks a project for (see studio-api.ts).
 */
export type ContentLake = {
  url: string
  documents: Map<string, SanityDocument>
  requests: { method: string; path: string; body?: unknown }[]
  close: () => Promise<void>
}

export type LakeOptions = { port?: number; studio?: boolean }

const route = /^\/v?([\d-]+|1|X)\/data\/(query|mutate|doc)\/([\w-]+)(?:\/([^/]+))?$/

export async function startContentLake(
  initial: readonly SanityDocument[],
  options: LakeOptions = {},
): Promise<ContentLake> {
  const documents = new Map(initial.map((doc) => [doc._id, doc]))
  const requests: ContentLake['requests'] = []
  let inFlight = 0
  const server = createServer((req, res) => {
    inFlight += 1
    res.on('close', () => (inFlight -= 1))
    if (options.studio) withCors(req, res)
    handle(req, res, documents, requests, options).catch((error: unknown) => {
      send(res, 500, { error: { description: String(error) } })
    })
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  const address = server.address()
  const bound = typeof address === 'object' && address !== null ? address.port : options.port
  return {
    url: `http://127.0.0.1:${bound}`,
    documents,
    requests,
    close: async () => {
      // Requests still being answered finish first (a reset one surfaces as an unhandled
      // ECONNRESET in the client that sent it); long-lived ones are cut after a second.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeIdleConnections()
      const deadline = Date.now() + 1000
      while (inFlight > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      server.closeAllConnections()
      await closed
    },
  }
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  documents: Map<string, SanityDocument>,
  requests: ContentLake['requests'],
  options: LakeOptions,
) {
  const url = new URL(req.url ?? '/', 'http://stand-in')
  if (options.studio && req.method === 'OPTIONS') return answerStudio(req, res, url)
  const raw = req.method === 'POST' ? await readBody(req) : undefined
  const body: unknown = raw ? JSON.parse(raw) : undefined
  requests.push({ method: req.method ?? 'GET', path: `${url.pathname}${url.search}`, body })
  const match = route.exec(url.pathname)
  if (!match) {
    if (options.studio && answerStudio(req, res, url)) return
    return send(res, 404, { error: { description: `No such endpoint: ${url.pathname}` } })
  }
  const [, , endpoint, , ids = ''] = match
  if (endpoint === 'doc') {
    // GET /data/doc/{dataset}/{id,id,...}: documents by id, as stored (no perspective)
    const wanted = decodeURIComponent(ids).split(',').filter(Boolean)
    const found = wanted.flatMap((id) => documents.get(id) ?? [])
    const omitted = wanted
      .filter((id) => !documents.has(id))
      .map((id) => ({ id, reason: 'existence' }))
    return send(res, 200, { documents: found, omitted })
  }
  if (endpoint === 'mutate') {
    const parsed = mutationsBody.safeParse(body)
    if (!parsed.success) return send(res, 400, { error: { description: 'Malformed mutations' } })
    const results = await applyMutations(documents, parsed.data.mutations)
    return send(res, 200, { transactionId: randomUUID(), results })
  }
  const reply = await answerQuery(
    { method: req.method ?? 'GET', url, authorization: req.headers.authorization, body },
    { data: () => snapshot(documents) },
  )
  send(res, reply.status, reply.body)
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

export function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}
