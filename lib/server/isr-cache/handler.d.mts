import type { CacheHandlerContext } from 'next/dist/server/lib/incremental-cache'
import type { CachedEntry, CachedValue, MemoryStore } from './memory-store.mjs'

/** Types of handler.mjs, which the server loads as plain JavaScript. */
type Context = { kind?: string; cacheControl?: CachedEntry['cacheControl'] }

export type IsrCacheHandler = {
  get(key: string, ctx: Context): Promise<CachedEntry | null>
  set(key: string, data: CachedValue | null, ctx: Context): Promise<void>
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>
  resetRequestCache(): void
}

export type DurableStore = Omit<IsrCacheHandler, 'resetRequestCache'> & {
  resetRequestCache?: () => void
  holds(key: string, kind: string | undefined): boolean
}

export declare const transientTag: string
export declare function belongsInMemory(value: CachedValue | null): boolean
export declare function composeCacheHandler(stores: {
  durable: (ctx: CacheHandlerContext) => DurableStore
  memory: (ctx: CacheHandlerContext) => MemoryStore
}): new (ctx: CacheHandlerContext) => IsrCacheHandler
export declare function fileSystemStore(ctx: CacheHandlerContext): DurableStore

declare const PortalCacheHandler: new (ctx: CacheHandlerContext) => IsrCacheHandler
export default PortalCacheHandler
