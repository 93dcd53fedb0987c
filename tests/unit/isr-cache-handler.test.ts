import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tags } from '@/lib/content/tags'
import {
  belongsInMemory,
  composeCacheHandler,
  fileSystemStore,
  transientTag,
} from '@/lib/server/isr-cache/handler.mjs'
import { memoryStore } from '@/lib/server/isr-cache/memory-store.mjs'
import { nodeFs } from 'next/dist/server/lib/node-fs-methods'

/**
 * The ISR cache handler against Next.js's real file-system cache in a temporary build folder:
 * what reaches the disk, what stays in memory, and that a publish still expires both.
 */
let root: string
const route = (path: string) => `/route-cache/APP_PAGE/${'a'.repeat(64)}/$${path}`
const setContext = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false }
const getContext = setContext

function page(status: number, pageTags: string[], html = '<p>page</p>') {
  return {
    kind: 'APP_PAGE',
    html,
    rscData: Buffer.from('rsc'),
    headers: { 'x-next-cache-tags': pageTags.join(',') },
    postponed: undefined,
    status,
    segmentData: undefined,
  }
}

function handler(limit = 1024 * 1024) {
  const memory = memoryStore(limit)
  const Handler = composeCacheHandler({ durable: fileSystemStore, memory: () => memory })
  const make = () =>
    new Handler({
      fs: nodeFs,
      serverDistDir: path.join(root, '.next', 'server'),
      flushToDisk: true,
      revalidatedTags: [],
      _requestHeaders: {},
    })
  return { make, memory }
}

/** Every file under the build folder, relative to it. */
function filesOnDisk(): string[] {
  const dir = path.join(root, '.next')
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
  } catch {
    return []
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'isr-cache-'))
})

afterEach(() => {
  rmSync(root, { recursive: true, force: true })
})

describe('where an ISR entry goes', () => {
  it('keeps error pages and transient pages in memory, the rest on disk', () => {
    expect(belongsInMemory(page(404, ['content']))).toBe(true)
    expect(belongsInMemory(page(200, ['content', transientTag]))).toBe(true)
    expect(belongsInMemory(page(200, ['content', 'doc:e1']))).toBe(false)
    expect(belongsInMemory(null)).toBe(false)
  })

  it('reads the tag the pages set', () => {
    expect(transientTag).toBe(tags.transient)
  })
})

describe('the cache handler', () => {
  it('writes a page that shows content to disk, as Next.js does', async () => {
    const { make, memory } = handler()
    await make().set(route('/en/events/a'), page(200, ['content', 'doc:e1']), setContext)
    expect(filesOnDisk().some((file) => file.endsWith('/en/events/a.html'))).toBe(true)
    expect(memory.usage().entries).toBe(0)
    const fresh = await make().get(route('/en/events/a'), getContext)
    expect(fresh?.value).toMatchObject({ kind: 'APP_PAGE', status: 200 })
  })

  it('serves 404s and transient pages from memory without a file', async () => {
    const { make, memory } = handler()
    await make().set(route('/x1.png'), page(404, []), setContext)
    await make().set(route('/en/listing/search/W1'), page(200, [transientTag]), setContext)
    expect(filesOnDisk()).toEqual([])
    expect(memory.usage().entries).toBe(2)
    expect((await make().get(route('/x1.png'), getContext))?.value).toMatchObject({ status: 404 })
    const search = await make().get(route('/en/listing/search/W1'), getContext)
    expect(search?.value).toMatchObject({ status: 200 })
  })

  it('keeps the lifetime the page was rendered with, so a hit is served with it', async () => {
    const { make } = handler()
    const cacheControl = { revalidate: 60, expire: 300 }
    await make().set(route('/x2.png'), page(404, []), { ...setContext, cacheControl })
    expect((await make().get(route('/x2.png'), getContext))?.cacheControl).toEqual(cacheControl)
  })

  it('forgets a 404 once a publish expires one of its tags', async () => {
    const { make } = handler()
    const key = route('/en/events/soon')
    await make().set(key, page(404, ['content', 'slug:event:soon']), setContext)
    await tick()
    await make().revalidateTag(['slug:event:soon'], { expire: 0 })
    await tick()
    expect(await make().get(key, getContext)).toBeNull()
  })

  it('stores the page once the address starts to show a document, and no longer the 404', async () => {
    const { make, memory } = handler()
    const key = route('/en/events/soon')
    await make().set(key, page(404, ['slug:event:soon']), setContext)
    await make().set(key, page(200, ['doc:e2'], '<p>now</p>'), setContext)
    expect(memory.usage().entries).toBe(0)
    expect((await make().get(key, getContext))?.value).toMatchObject({ html: '<p>now</p>' })
  })

  it('writes a 404 over a page that was on disk, so the old page cannot come back', async () => {
    const { make, memory } = handler()
    const key = route('/en/events/gone')
    await make().set(key, page(200, ['doc:e3'], '<p>was here</p>'), setContext)
    await make().set(key, page(404, ['doc:e3']), setContext)
    expect(memory.usage().entries).toBe(0)
    // A fresh handler (as after a restart of the process) reads the disk.
    const second = handler().make()
    expect((await second.get(key, getContext))?.value).toMatchObject({ status: 404 })
  })

  it('holds no more than its limit, dropping the least recently used first', async () => {
    const { make, memory } = handler(10_000)
    const big = 'x'.repeat(3_000)
    for (const name of ['a', 'b', 'c']) {
      await make().set(route(`/${name}.png`), page(404, [], big), setContext)
    }
    await make().get(route('/a.png'), getContext)
    await make().set(route('/d.png'), page(404, [], big), setContext)
    expect(memory.usage().bytes).toBeLessThanOrEqual(10_000)
    expect(await make().get(route('/b.png'), getContext)).toBeNull()
    expect(await make().get(route('/a.png'), getContext)).not.toBeNull()
    expect(await make().get(route('/d.png'), getContext)).not.toBeNull()
  })

  it('keeps nothing in memory when the memory budget is zero', async () => {
    const { make, memory } = handler(0)
    await make().set(route('/x3.png'), page(404, []), setContext)
    expect(memory.usage().entries).toBe(0)
    expect(filesOnDisk()).toEqual([])
  })
})
