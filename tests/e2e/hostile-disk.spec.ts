import { expect, test, type APIRequestContext } from '@playwright/test'
import { randomUUID } from 'node:crypto'
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { parseAssignment } from '../../scripts/publish/edit'
import { ContentEditor } from './helpers/content'
import { seed } from './helpers/pages'

/**
 * Addresses anyone can make up must not grow the server's disk: unknown paths, misses under
 * /_next/static, event pages that do not exist and free-text searches are answered (and
 * cached in bounded memory), but add next to nothing to the build folder the server writes
 * its cache into (docs/security.md, "Disk and memory under hostile URLs").
 */
const buildDir = path.resolve(process.env.NEXT_DIST_DIR ?? '.next')
const maxGrowthBytes = 20 * 1024 * 1024
/** Pages the build left for first request (fallback shells, prerendered copies) and the like. */
const maxNewFiles = 200

function measure(dir: string) {
  let bytes = 0
  let files = 0
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    files += 1
    bytes += statSync(path.join(entry.parentPath, entry.name)).size
  }
  return { bytes, files }
}

const word = () => randomUUID().replace(/-/g, '').slice(0, 12)

/** A mix of the kinds of made-up address, each one distinct. */
function unknownPath(i: number): string {
  const kinds = [
    () => `/x${word()}.png`,
    () => `/api/${word()}`,
    () => `/_next/static/chunks/${word()}.js`,
    () => `/en/events/${word()}`,
    () => `/fr/people/${word()}`,
    () => `/es/${word()}/${word()}`,
    () => `/images/${word()}.jpg`,
    () => `/en/events/${word()}/event.ics`,
  ]
  return (kinds[i % kinds.length] ?? kinds[0]!)()
}

function searchPath(i: number): string {
  const text = encodeURIComponent(`${word()} ${i}`)
  return i % 2 === 0 ? `/en/search?q=${text}` : `/en/events?q=${text}`
}

async function sendAll(request: APIRequestContext, paths: string[]) {
  const statuses = new Map<number, number>()
  const parallel = 8
  for (let start = 0; start < paths.length; start += parallel) {
    const batch = paths.slice(start, start + parallel)
    const responses = await Promise.all(batch.map((p) => request.get(p, { maxRedirects: 0 })))
    for (const [index, response] of responses.entries()) {
      expect(response.status(), batch[index]).toBeLessThan(500)
      statuses.set(response.status(), (statuses.get(response.status()) ?? 0) + 1)
    }
  }
  return statuses
}

/** `s-maxage` in seconds, or undefined when the answer may not be stored at all. */
function sharedLifetime(cacheControl: string | undefined): number | undefined {
  if (!cacheControl || /no-store/.test(cacheControl)) return undefined
  return Number(/s-maxage=(\d+)/.exec(cacheControl)?.[1] ?? Infinity)
}

test('a thousand made-up paths and a thousand searches leave the disk almost as it was', async ({
  request,
}) => {
  test.setTimeout(600_000)
  // Warm the site's own pages first, so what follows measures the made-up addresses only.
  for (const p of ['/en', '/en/search', '/en/events', '/en/events/no-such-event', '/x.png']) {
    await request.get(p)
  }
  const before = measure(buildDir)
  const unknown = await sendAll(
    request,
    Array.from({ length: 1000 }, (_, i) => unknownPath(i)),
  )
  const searches = await sendAll(
    request,
    Array.from({ length: 1000 }, (_, i) => searchPath(i)),
  )
  await new Promise((resolve) => setTimeout(resolve, 1000))
  const after = measure(buildDir)
  const grown = { bytes: after.bytes - before.bytes, files: after.files - before.files }
  test.info().annotations.push({
    type: 'disk growth',
    description:
      `${grown.bytes} bytes, ${grown.files} files (before: ${before.bytes} bytes, ` +
      `${before.files} files); statuses ${JSON.stringify([...unknown, ...searches])}`,
  })
  console.log(`[hostile-disk] grown by ${grown.bytes} bytes and ${grown.files} files`)
  expect(unknown.get(404)).toBe(1000)
  expect(searches.get(200)).toBe(1000)
  expect(grown.bytes).toBeLessThan(maxGrowthBytes)
  expect(grown.files).toBeLessThan(maxNewFiles)
})

test('a search is still served from the cache the second time', async ({ request }) => {
  const path = `/en/search?q=${word()}`
  await request.get(path)
  const second = await request.get(path)
  expect(second.status()).toBe(200)
  expect(second.headers()['x-nextjs-cache']).toMatch(/^(HIT|STALE)$/)
})

test('a search and a filtered list, kept in memory, still change at the next request after a publish', async ({
  request,
}) => {
  const editor = new ContentEditor()
  await editor.snapshot()
  try {
    const views = ['/en/search?q=open', '/en/events?q=open&when=past']
    for (const view of views) {
      await request.get(view)
      const cached = await request.get(view)
      expect(cached.headers()['x-nextjs-cache'], view).toMatch(/^(HIT|STALE)$/)
      expect(await cached.text(), view).toContain(seed.title)
    }
    await editor.publish(seed.eventId, {
      kind: 'update',
      edits: [parseAssignment('title.en=Open Culture, Searched Anew')],
    })
    for (const view of views) {
      const after = await request.get(view)
      expect(await after.text(), view).toContain('Open Culture, Searched Anew')
    }
  } finally {
    await editor.restore()
  }
})

test('a 404 outside the site is kept a minute at most, not a year', async ({ request }) => {
  for (const p of [`/x${word()}.png`, `/api/${word()}`, `/images/${word()}.jpg`]) {
    const response = await request.get(p)
    expect(response.status(), p).toBe(404)
    const lifetime = sharedLifetime(response.headers()['cache-control'])
    if (lifetime !== undefined) expect(lifetime, p).toBeLessThanOrEqual(60)
  }
})

test('a file missing under /_next/static is a 404 no one keeps', async ({ request }) => {
  for (const p of ['/_next/static/missing.js', `/_next/static/chunks/${word()}.css`]) {
    const response = await request.get(p)
    expect(response.status(), p).toBe(404)
    expect(response.headers()['cache-control'], p).toMatch(/no-store/)
    expect(response.headers()['x-nextjs-cache'], p).toBeUndefined()
  }
})

test('a 404 inside the site lives no longer than a page', async ({ request }) => {
  for (const p of [`/en/events/${word()}`, `/fr/people/${word()}`, `/en/${word()}/${word()}`]) {
    const response = await request.get(p)
    expect(response.status(), p).toBe(404)
    const lifetime = sharedLifetime(response.headers()['cache-control'])
    if (lifetime !== undefined) expect(lifetime, p).toBeLessThanOrEqual(3600)
  }
})
