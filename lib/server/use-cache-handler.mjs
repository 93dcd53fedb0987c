import { createRequire } from 'node:module'
import { sharedTags } from './shared-tags.mjs'

const require = createRequire(import.meta.url)
const { createDefaultCacheHandler } = require('next/dist/server/lib/cache-handlers/default')

/**
 * The `'use cache'` handler (next.config.ts `cacheHandlers.default`): Next.js's own
 * in-memory handler, with the same memory budget, whose tag expirations are shared with the
 * other instances when `REDIS_URL` is set (shared-tags.mjs). Next.js asks `refreshTags`
 * before it reads the cache; it waits only for the first read of the shared expirations,
 * after which the Redis channel keeps them current and it returns at once. Loaded by the
 * server as plain JavaScript, not bundled, hence `.mjs`.
 */
const memoryLimit = 50 * 1024 * 1024
const local = createDefaultCacheHandler(memoryLimit)

const portalUseCacheHandler = {
  ...local,
  async refreshTags() {
    await sharedTags()?.ready
    await local.refreshTags()
  },
  async updateTags(tags, durations) {
    await local.updateTags(tags, durations)
    await sharedTags()?.publish(tags)
  },
}

export default portalUseCacheHandler
