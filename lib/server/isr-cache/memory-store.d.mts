/** Types of memory-store.mjs, which the server loads as plain JavaScript. */

/** The parts of an ISR value (Next.js's `IncrementalCacheValue`) these modules read. */
export type CachedValue = {
  kind: string
  status?: number
  headers?: Record<string, unknown>
  html?: string
  body?: { length: number }
  rscData?: { length: number }
  postponed?: string
  segmentData?: Map<string, { length: number }>
}

/** What a cache handler's `get` returns (Next.js's `CacheHandlerValue`). */
export type CachedEntry = {
  value: CachedValue | null
  lastModified: number
  cacheControl?: { revalidate: number | false; expire?: number }
}

export type MemoryStore = {
  get(key: string): CachedEntry | null
  set(key: string, entry: CachedEntry): void
  delete(key: string): void
  usage(): { entries: number; bytes: number }
}

export declare function memoryStore(limit: number): MemoryStore
export declare function valueSize(value: CachedValue | null): number
