import { Agent, request as httpRequest } from 'node:http'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { expect, test } from '@playwright/test'
import { treeMemory } from '../../scripts/bench/lib/process-tree'
import { e2e } from './env'
import { previewLink, published } from './preview-helpers'

/**
 * Anonymous hostile traffic against the API routes of the production server: huge chunked
 * uploads, odd redirect targets, cross-site requests and stale webhooks. The server's memory
 * is read from /proc for the whole `next start` process tree (global-setup.ts gives its pid).
 */
const megabyte = 1024 * 1024

type Upload = { status: number; ms: number; body: string }

/**
 * POSTs `total` bytes with chunked transfer encoding (no Content-Length), as fast as the
 * socket takes them, and resolves as soon as the answer's status and body arrive.
 */
function chunkedUpload(path: string, total: number, headers: Record<string, string> = {}) {
  return new Promise<Upload>((resolve, reject) => {
    const started = performance.now()
    // A connection of its own (one left in the middle of a chunked body cannot be reused),
    // kept alive as browsers and curl do. A client that sends `Connection: close` has its
    // socket closed right after the answer with its upload unread, and may then see a reset
    // before it reads the 413: Node.js closes without lingering.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 })
    const req = httpRequest(`${e2e.baseURL}${path}`, {
      agent,
      method: 'POST',
      headers: { 'transfer-encoding': 'chunked', ...headers },
    })
    let answered = false
    req.on('response', (res) => {
      answered = true
      const parts: Buffer[] = []
      res.on('data', (part: Buffer) => parts.push(part))
      res.on('end', () => {
        resolve({
          status: res.statusCode ?? 0,
          ms: performance.now() - started,
          body: Buffer.concat(parts).toString(),
        })
        req.destroy()
        agent.destroy()
      })
    })
    // Once answered, the rest of the upload is dropped; a reset after that is expected.
    req.on('error', (error) => (answered ? undefined : reject(error)))
    const chunk = Buffer.alloc(64 * 1024, 'a')
    let sent = 0
    const write = () => {
      while (!answered && sent < total) {
        sent += chunk.length
        if (!req.write(chunk)) return void req.once('drain', write)
      }
      if (!answered) req.end()
    }
    write()
  })
}

/** Resident memory of the server's process tree, sampled while `work` runs: start and peak. */
async function serverMemoryDuring<T>(work: () => Promise<T>) {
  const pid = Number(process.env.E2E_SERVER_PID)
  expect(pid, 'E2E_SERVER_PID (set by global-setup.ts)').toBeGreaterThan(0)
  const before = treeMemory(pid).total
  let peak = before
  const timer = setInterval(() => (peak = Math.max(peak, treeMemory(pid).total)), 20)
  try {
    const result = await work()
    peak = Math.max(peak, treeMemory(pid).total)
    return { result, grewBy: peak - before }
  } finally {
    clearInterval(timer)
  }
}

async function freshSignature(body = '{}') {
  return encodeSignatureHeader(body, Date.now(), e2e.revalidateSecret)
}

test.describe('a 50 MB chunked body', () => {
  const routes: [string, () => Promise<Record<string, string>>][] = [
    ['/api/revalidate', async () => ({ [SIGNATURE_HEADER_NAME]: await freshSignature() })],
    ['/api/preview/links', async () => ({ 'content-type': 'application/json' })],
    ['/api/preview/exit', async () => ({ 'content-type': 'application/x-www-form-urlencoded' })],
  ]

  for (const [path, headers] of routes) {
    for (const cookie of [undefined, '__prerender_bypass=anything']) {
      test(`${path}${cookie ? ' with a draft-mode cookie' : ''} gets 413 within a second, memory flat`, async () => {
        // Warm the route first, so compiling and loading it is not counted as the upload's.
        await chunkedUpload(path, 2 * megabyte, await headers())
        const { result, grewBy } = await serverMemoryDuring(async () =>
          chunkedUpload(path, 50 * megabyte, {
            ...(await headers()),
            ...(cookie ? { cookie } : {}),
          }),
        )
        expect(result.status, result.body).toBe(413)
        expect(result.ms).toBeLessThan(1000)
        expect(grewBy / megabyte, 'MB the server grew by').toBeLessThan(20)
      })
    }
  }

  test('a signed webhook of ordinary size still goes through', async ({ request }) => {
    const body = JSON.stringify({ _id: 'drafts.hostile-api', _type: 'event' })
    const response = await request.post('/api/revalidate', {
      headers: { [SIGNATURE_HEADER_NAME]: await freshSignature(body) },
      data: Buffer.from(body),
    })
    expect(response.status()).toBe(200)
    expect(await response.json()).toMatchObject({ revalidated: [] })
  })
})

test.describe('the webhook refuses stale and future signatures', () => {
  const body = JSON.stringify({ _id: 'event-x', _type: 'event' })
  for (const [what, at, message] of [
    ['replayed two hours later', Date.now() - 2 * 3_600_000, /older than 1800 s/],
    ['dated in the year 2286', 9_999_999_999_999, /in the future/],
  ] as const) {
    test(what, async ({ request }) => {
      const response = await request.post('/api/revalidate', {
        headers: {
          [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, at, e2e.revalidateSecret),
        },
        data: Buffer.from(body),
      })
      expect(response.status()).toBe(401)
      expect((await response.json()).message).toMatch(message)
    })
  }
})

test.describe('leaving draft mode with an odd redirect', () => {
  for (const [raw, location] of [
    ['/€', '/%E2%82%AC'],
    ['/%00', '/'],
    ['%00', '/'],
  ]) {
    test(`?redirect=${raw} answers 307 ${location} and clears the cookies`, async ({ request }) => {
      const response = await request.get(`/api/draft-mode/disable?redirect=${raw}`, {
        headers: { cookie: '__prerender_bypass=anything; __preview_scope=anything' },
        maxRedirects: 0,
      })
      expect(response.status()).toBe(307)
      expect(response.headers().location).toBe(location)
      const cleared = response.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie')
      const names = cleared.filter((h) => /Expires=Thu, 01 Jan 1970/.test(h.value))
      expect(names.map((h) => h.value.split('=')[0]).sort()).toEqual(
        expect.arrayContaining(['__prerender_bypass', '__preview_scope']),
      )
    })
  }
})

test('a cross-site request with only the draft-mode cookie gets the public page and keeps the preview', async ({
  request,
}) => {
  // A real draft-mode cookie, from opening a reviewer link (Next.js clears a forged one),
  // fetched outside the test's cookie jar so that only this one cookie is ever sent.
  const opened = await fetch(previewLink(published.path), { redirect: 'manual' })
  expect(opened.status).toBe(303)
  const bypass = opened.headers.getSetCookie().find((c) => c.startsWith('__prerender_bypass='))
  expect(bypass).toBeDefined()
  const cookie = bypass?.split(';')[0] ?? ''
  for (const headers of [
    { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' },
    { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'image' },
  ]) {
    const response = await request.get(published.path, {
      headers: { ...headers, cookie },
      maxRedirects: 0,
    })
    expect(response.status(), headers['sec-fetch-dest']).toBeLessThan(300)
    expect(response.headers()['set-cookie'], headers['sec-fetch-dest']).toBeUndefined()
  }
  const exit = await request.get(`/api/preview/exit?path=${published.path}`, {
    headers: { 'sec-fetch-site': 'cross-site', cookie },
    maxRedirects: 0,
  })
  expect(exit.status()).toBe(303)
  expect(exit.headers()['set-cookie']).toBeUndefined()
  // The same request from the site itself ends the preview, as the exit button does.
  const own = await request.get(`/api/preview/exit?path=${published.path}`, {
    headers: { 'sec-fetch-site': 'same-origin', cookie },
    maxRedirects: 0,
  })
  expect(own.headers()['set-cookie']).toMatch(/__prerender_bypass=;/)
})
