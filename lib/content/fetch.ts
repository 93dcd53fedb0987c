import { cacheLife, cacheTag } from 'next/cache'
import { draftMode } from 'next/headers'
import type { Perspective } from './perspective'
import { runQuery } from './source'
import { tagsFor } from './tags'

/**
 * The one place fetchers go through. Call it inside a `'use cache'` function: it picks the
 * perspective (drafts only in draft mode, where Next.js neither reads nor writes the
 * cache), tags the entry with the types and the ids of every document in the result,
 * and, if the backend fails, serves the last good result for a short while instead of
 * an error.
 */
const lastGood = new Map<string, unknown>()
const lastGoodLimit = 2000

export async function currentPerspective(): Promise<Perspective> {
  const { isEnabled } = await draftMode()
  return isEnabled ? 'drafts' : 'published'
}

export async function fetchContent(
  query: string,
  params: Record<string, unknown>,
  types: readonly string[],
  extraTags: readonly string[] = [],
): Promise<unknown> {
  const perspective = await currentPerspective()
  const key = `${perspective}\n${query}\n${JSON.stringify(params)}`
  let result: unknown
  try {
    result = await runQuery(query, params, perspective)
    if (perspective === 'published') remember(key, result)
    cacheLife('content')
  } catch (error) {
    if (!lastGood.has(key)) throw error
    console.error(`[content] backend failed, serving the last good result: ${String(error)}`)
    result = lastGood.get(key)
    cacheLife({ stale: 30, revalidate: 30, expire: 300 })
  }
  cacheTag(...tagsFor(types, result, extraTags))
  return result
}

function remember(key: string, result: unknown): void {
  lastGood.delete(key)
  lastGood.set(key, result)
  if (lastGood.size > lastGoodLimit) {
    const oldest = lastGood.keys().next().value
    if (oldest !== undefined) lastGood.delete(oldest)
  }
}
