import { createServer, ServerResponse, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ContentUnavailableError,
  contentUnavailableDigest,
  isOutage,
  noteFailure,
  noteSuccess,
  outageOngoing,
  outageWindowMs,
} from '@/lib/content/outage'
import { answerOutagesWith503, retryAfterSeconds } from '@/lib/server/outage-response'

/**
 * A real HTTP server whose responses use a patched copy of ServerResponse's methods, written
 * to the way Next.js writes a failed page: `writeHead` then `end`, a bare `end(body)`, chunks
 * through `write`, or a gzip body with its own headers.
 */
class PatchedResponse extends ServerResponse {}
let down = false
answerOutagesWith503(PatchedResponse.prototype, () => down)

const failedPage = '<!DOCTYPE html><html id="__next_error__"><body></body></html>'

let server: Server
let base: string
beforeAll(async () => {
  server = createServer({ ServerResponse: PatchedResponse }, (request, response) => {
    const how = new URL(request.url ?? '/', 'http://x').searchParams.get('how')
    const status = Number(new URL(request.url ?? '/', 'http://x').searchParams.get('status'))
    response.setHeader('X-Frame-Options', 'DENY')
    response.setHeader('Cache-Control', 's-maxage=31536000')
    if (how === 'writeHead') {
      response.writeHead(status, { 'Content-Type': 'text/html', 'X-Nextjs-Cache': 'MISS' })
      response.end(failedPage)
    } else if (how === 'chunks') {
      response.statusCode = status
      response.write('<!DOCTYPE html>')
      response.write('<html id="__next_error__">')
      response.end('</html>')
    } else if (how === 'gzip') {
      response.statusCode = status
      response.setHeader('Content-Encoding', 'gzip')
      response.end(gzipSync(failedPage))
    } else {
      response.statusCode = status
      response.setHeader('Content-Type', 'text/html')
      response.end(failedPage)
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

const ask = (path: string, init?: RequestInit) => fetch(`${base}${path}`, init)

describe('a failed page while the backend is down', () => {
  it.each(['writeHead', 'end', 'chunks', 'gzip'])(
    'written with %s answers 503, Retry-After and a page in the address’s language',
    async (how) => {
      down = true
      const response = await ask(`/fr/people/someone-new?how=${how}&status=500`, {
        headers: { accept: 'text/html' },
      })
      expect(response.status).toBe(503)
      expect(response.headers.get('retry-after')).toBe(String(retryAfterSeconds))
      expect(response.headers.get('cache-control')).toBe('no-store')
      expect(response.headers.get('content-encoding')).toBeNull()
      expect(response.headers.get('x-nextjs-cache')).toBeNull()
      // Headers that do not describe the body, such as the security headers, are kept.
      expect(response.headers.get('x-frame-options')).toBe('DENY')
      const body = await response.text()
      expect(body).toContain('<html lang="fr" dir="ltr">')
      expect(body).toContain('<h1>Cette page est momentanément indisponible</h1>')
      expect(body).toContain('<a href="/fr">')
      expect(body).not.toContain('__next_error__')
      expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(body))
    },
  )

  it('is right to left in Arabic, plain text for a feed reader, and empty for HEAD', async () => {
    down = true
    const arabic = await (await ask('/ar/events/x?status=500')).text()
    expect(arabic).toContain('<html lang="ar" dir="rtl">')
    const feed = await ask('/en/feeds/rss.xml?status=500', {
      headers: { accept: 'application/rss+xml' },
    })
    expect(feed.status).toBe(503)
    expect(feed.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(await feed.text()).toMatch(/^This page is temporarily unavailable\n/)
    const head = await ask('/en?status=500', { method: 'HEAD' })
    expect(head.status).toBe(503)
    expect(head.headers.get('retry-after')).toBe(String(retryAfterSeconds))
  })

  it('leaves every other response alone: a 500 without an outage, a 404 or a 200 during one', async () => {
    down = false
    const error = await ask('/en/x?status=500&how=writeHead')
    expect(error.status).toBe(500)
    expect(await error.text()).toBe(failedPage)
    down = true
    for (const status of [200, 404]) {
      const response = await ask(`/en/x?status=${status}&how=chunks`)
      expect(response.status).toBe(status)
      expect(response.headers.get('retry-after')).toBeNull()
      expect(await response.text()).toBe('<!DOCTYPE html><html id="__next_error__"></html>')
    }
  })
})

describe('the outage note', () => {
  it('lasts a minute after the last failed read, and a successful read ends it', () => {
    noteSuccess()
    expect(outageOngoing()).toBe(false)
    noteFailure(1_000)
    expect(outageOngoing(1_000 + outageWindowMs - 1)).toBe(true)
    expect(outageOngoing(1_000 + outageWindowMs)).toBe(false)
    noteFailure()
    noteSuccess()
    expect(outageOngoing()).toBe(false)
  })

  it('counts network errors, timeouts, 5xx and 429 as an outage, not a refused query', () => {
    expect(isOutage(new Error('connect ECONNREFUSED 127.0.0.1:1'))).toBe(true)
    expect(isOutage(Object.assign(new Error('Bad gateway'), { statusCode: 502 }))).toBe(true)
    expect(isOutage(Object.assign(new Error('Too many'), { statusCode: 429 }))).toBe(true)
    expect(isOutage(Object.assign(new Error('Query error'), { statusCode: 400 }))).toBe(false)
  })

  it('gives the error page a digest it can recognise', () => {
    const error = new ContentUnavailableError(new Error('down'))
    expect(error.digest).toBe(contentUnavailableDigest)
    expect(error.message).toContain('down')
  })
})
