import { createRequire } from 'node:module'
import { sharedTags } from '../shared-tags.mjs'
import { memoryStore } from './memory-store.mjs'

/**
 * The ISR cache handler (next.config.ts `cacheHandler`). Next.js would write every page it
 * renders on request to disk for good, including a 404 for any address a visitor makes up
 * and a page for any text typed into a search. Here such entries stay in a bounded memory
 * store (memory-store.mjs) and everything else goes to Next.js's own file-system cache as
 * before: the build's pages and every page that shows content (docs/security.md). This
 * file is loaded by the server as plain JavaScript, not bundled, hence `.mjs`.
 */
const require = createRequire(import.meta.url)
const {
  default: FileSystemCache,
} = require('next/dist/server/lib/incremental-cache/file-system-cache')

/** The cache tag a page sets to stay off the disk (lib/content/tags.ts `tags.transient`). */
export const transientTag = 'transient'

const tagsHeader = 'x-next-cache-tags'

/** Error pages, and pages tagged transient: one of unboundedly many, cheap to render again. */
export function belongsInMemory(value) {
  if (!value || (value.kind !== 'APP_PAGE' && value.kind !== 'APP_ROUTE')) return false
  if ((value.status ?? 200) >= 400) return true
  const tags = value.headers?.[tagsHeader]
  return typeof tags === 'string' && tags.split(',').includes(transientTag)
}

/**
 * A handler class from two stores. `durable` is made per request, as Next.js makes the
 * handler (a Next.js cache handler plus `holds(key, kind)`: whether it has the key); `memory`
 * is one store for the process. An entry for a key the durable store already has (a page
 * that became a 404) replaces it there, so the older page cannot come back from it.
 * Tag expirations go to the durable store, which records them where Next.js reads them,
 * and to the other instances when they share them through Redis.
 */
export function composeCacheHandler({ durable, memory }) {
  return class PortalCacheHandler {
    constructor(ctx) {
      this.durable = durable(ctx)
      this.memory = memory(ctx)
    }

    async get(key, ctx) {
      // A fresh instance reads the other instances' tag expirations before its first page.
      await sharedTags()?.ready
      return this.memory.get(key) ?? this.durable.get(key, ctx)
    }

    async set(key, data, ctx) {
      if (belongsInMemory(data) && !this.durable.holds(key, ctx.kind)) {
        this.memory.set(key, {
          value: data,
          lastModified: Date.now(),
          cacheControl: ctx.cacheControl,
        })
        return
      }
      this.memory.delete(key)
      await this.durable.set(key, data, ctx)
    }

    async revalidateTag(tags, durations) {
      await this.durable.revalidateTag(tags, durations)
      // With REDIS_URL, the other instances apply the same expirations (../shared-tags.mjs).
      await sharedTags()?.publish(Array.isArray(tags) ? tags : [tags])
    }

    resetRequestCache() {
      this.durable.resetRequestCache?.()
    }
  }
}

/** Next.js's file-system cache, which also knows whether a page or its build copy is on disk. */
export function fileSystemStore(ctx) {
  const cache = new FileSystemCache(ctx)
  cache.holds = (key, kind) => {
    const suffix = kind === 'APP_ROUTE' ? '.body' : '.html'
    // Route cache keys end in `/$/<path>`; the build's copy of the page lives under <path>.
    const marker = key.indexOf('/$/')
    const keys = marker === -1 ? [key] : [key, key.slice(marker + 2)]
    return keys.some((candidate) => {
      try {
        return ctx.fs.existsSync(cache.getFilePath(`${candidate}${suffix}`, kind))
      } catch {
        return false
      }
    })
  }
  return cache
}

/** The memory budget Next.js gives its own cache (`cacheMaxMemorySize`, 50 MB by default). */
const defaultLimit = 50 * 1024 * 1024
let processMemory

export default composeCacheHandler({
  durable: fileSystemStore,
  memory: (ctx) => (processMemory ??= memoryStore(ctx.maxMemoryCacheSize ?? defaultLimit)),
})
