import { randomUUID } from 'node:crypto'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
// Where Next.js records tag expirations, for the ISR pages and the 'use cache' entries alike.
const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external')

/**
 * Tag expirations shared between instances through Redis (docs/deploy.md). Pages and data
 * entries stay in each instance's own caches; what a publish changes is which tags are
 * expired, and that is what travels. When a webhook expires tags on one instance, the new
 * expirations go to a Redis hash (so an instance that starts or reconnects later reads
 * them) and out on a Redis channel (so the running ones apply them at once). Each instance
 * merges what it receives into its own record, keeping the later of two times, so a
 * message that arrives twice or late changes nothing.
 *
 * Without `REDIS_URL` nothing of this runs. While Redis is unreachable every instance keeps
 * serving from its own caches; the expirations it could not send are kept and sent when Redis
 * is back, and it reads the hash again then, for what the others sent meanwhile.
 */
const stateKey = Symbol.for('event-portal.shared-tags')
const firstSyncTimeoutMs = 1000

/** The process's connection, made on first use; `undefined` without `REDIS_URL`. */
export function sharedTags(env = process.env) {
  const scope = /** @type {Record<symbol, unknown>} */ (globalThis)
  if (!(stateKey in scope)) scope[stateKey] = env.REDIS_URL ? connect(env) : undefined
  return /** @type {ReturnType<typeof connect> | undefined} */ (scope[stateKey])
}

/** Merges expirations into Next.js's record, keeping the later time of each; true if any moved. */
export function mergeExpirations(entries, manifest = tagsManifest) {
  let changed = false
  for (const [tag, entry] of Object.entries(entries)) {
    if (!entry || typeof entry !== 'object') continue
    const current = manifest.get(tag) ?? {}
    const next = { ...current }
    let moved = false
    for (const field of ['stale', 'expired']) {
      const value = entry[field]
      if (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        value > (current[field] ?? -Infinity)
      ) {
        next[field] = value
        moved = true
      }
    }
    if (moved) manifest.set(tag, next)
    changed ||= moved
  }
  return changed
}

/** What this instance's record says of these tags, for sending. */
export function expirationsOf(tags, manifest = tagsManifest) {
  const entries = {}
  for (const tag of tags) {
    const entry = manifest.get(tag)
    if (entry) entries[tag] = { stale: entry.stale, expired: entry.expired }
  }
  return entries
}

function connect(env) {
  const prefix = env.REDIS_KEY_PREFIX || 'event-portal'
  const hash = `${prefix}:tag-expirations`
  const channel = `${prefix}:tag-expirations`
  const instance = randomUUID()
  /** Tags expired here that Redis has not confirmed yet. */
  const unsent = new Set()
  let reported = false
  const report = (what, error) => {
    if (reported) return
    reported = true
    console.error(`[shared-tags] ${what}; serving from this instance's caches: ${error}`)
  }

  const { createClient } = require('redis')
  const options = {
    url: env.REDIS_URL,
    // Commands fail at once while disconnected instead of waiting in a queue.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 2000,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000),
    },
  }
  const client = createClient(options)
  const subscriber = createClient(options)
  for (const each of [client, subscriber]) {
    each.on('error', (error) => report('Redis is unreachable', error))
  }

  async function sync() {
    const stored = await client.hGetAll(hash)
    const entries = {}
    for (const [tag, text] of Object.entries(stored)) {
      try {
        entries[tag] = JSON.parse(text)
      } catch {
        // A value this code did not write: ignored.
      }
    }
    mergeExpirations(entries)
    await flush()
    if (reported) console.log('[shared-tags] Redis is reachable again; tag expirations in sync')
    reported = false
  }

  async function flush() {
    if (unsent.size === 0 || !client.isReady) return
    const tags = [...unsent]
    const entries = expirationsOf(tags)
    const fields = Object.fromEntries(
      Object.entries(entries).map(([tag, entry]) => [tag, JSON.stringify(entry)]),
    )
    if (Object.keys(fields).length === 0) return
    await client
      .multi()
      .hSet(hash, fields)
      .publish(channel, JSON.stringify({ from: instance, entries }))
      .exec()
    for (const tag of tags) unsent.delete(tag)
  }

  client.on('ready', () => {
    sync().catch((error) => report('Redis could not be read', error))
  })
  const ready = Promise.all([
    client.connect(),
    subscriber.connect().then(() =>
      subscriber.subscribe(channel, (message) => {
        try {
          const { from, entries } = JSON.parse(message)
          if (from !== instance && entries) mergeExpirations(entries)
        } catch {
          // Not a message of ours.
        }
      }),
    ),
  ])
    .then(sync)
    .catch((error) => report('Redis is unreachable', error))

  return {
    /** Resolves after the first read of the hash, or after a second without Redis. */
    ready: Promise.race([ready, new Promise((resolve) => setTimeout(resolve, firstSyncTimeoutMs))]),
    /** Sends the expirations this instance now has for these tags; never throws. */
    async publish(tags) {
      for (const tag of tags) unsent.add(tag)
      await flush().catch((error) => report('Redis could not be written', error))
    },
    async close() {
      await Promise.allSettled([client.close(), subscriber.close()])
    },
  }
}
