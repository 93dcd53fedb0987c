import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
// The same module instance Next.js records tag expirations in (`revalidateTag`).
const { areTagsExpired } = require('next/dist/server/lib/incremental-cache/tags-manifest.external')

const tagsHeader = 'x-next-cache-tags'

/**
 * ISR entries held in memory only, up to `limit` bytes (as Next.js's own memory cache
 * counts them): the least recently used go first, and an entry larger than the whole limit
 * is not kept. An entry whose tags were expired after it was stored is not returned, as
 * Next.js's file-system cache does, so a publish renders it again.
 */
export function memoryStore(limit) {
  const entries = new Map()
  let bytes = 0

  function remove(key) {
    const held = entries.get(key)
    if (!held) return
    entries.delete(key)
    bytes -= held.size
  }

  return {
    get(key) {
      const held = entries.get(key)
      if (!held) return null
      const tags = held.entry.value?.headers?.[tagsHeader]
      if (typeof tags === 'string' && areTagsExpired(tags.split(','), held.entry.lastModified)) {
        remove(key)
        return null
      }
      entries.delete(key)
      entries.set(key, held)
      return held.entry
    },
    set(key, entry) {
      remove(key)
      const size = key.length + valueSize(entry.value)
      if (size > limit) return
      entries.set(key, { entry, size })
      bytes += size
      for (const oldest of entries.keys()) {
        if (bytes <= limit) break
        remove(oldest)
      }
    },
    delete: remove,
    /** How much is held, for tests and diagnostics. */
    usage: () => ({ entries: entries.size, bytes }),
  }
}

/** Roughly the bytes an entry takes: its body, its RSC payload and its prefetch segments. */
export function valueSize(value) {
  if (!value) return 25
  if (value.kind === 'APP_ROUTE') return value.body?.length ?? 0
  let size = (value.html?.length ?? 0) + (value.rscData?.length ?? 0)
  size += value.postponed?.length ?? 0
  for (const [path, buffer] of value.segmentData ?? []) size += path.length + buffer.length
  return Math.max(1, size)
}
