import { cacheLife, cacheTag } from 'next/cache'
import { draftMode } from 'next/headers'
import { recallResult, rememberResult } from './last-good'
import { ContentUnavailableError, isOutage, noteFailure, noteSuccess } from './outage'
import type { Perspective } from './perspective'
import { runQuery } from './source'
import { tagsFor } from './tags'

/**
 * The perspective this request reads: drafts in draft mode (where Next.js neither reads
 * nor writes the cache), published otherwise.
 */
export async function currentPerspective(): Promise<Perspective> {
  const { isEnabled } = await draftMode()
  return isEnabled ? 'drafts' : 'published'
}

/** While the backend is failing, a result is kept briefly so recovery shows up soon. */
const failingLife = { stale: 30, revalidate: 30, expire: 300 }

/**
 * The one place fetchers go through. Call it inside a `'use cache'` function: it runs the
 * query in the current perspective, tags the entry with the types and the ids of every
 * document in the result (docs/freshness.md), and, if a published read fails, serves the
 * last good result of the same read (kept in memory and on disk) with a short lifetime
 * instead of an error. Without one, an unreachable backend throws ContentUnavailableError
 * (./outage.ts: the page answers 503). A failing drafts read throws. A read with a
 * visitor's free text passes `keepLastGood: false`: it is cheap to run again, and not worth
 * a file per text.
 */
export async function fetchContent(
  query: string,
  params: Record<string, unknown>,
  types: readonly string[],
  extraTags: readonly string[] = [],
  { keepLastGood = true }: { keepLastGood?: boolean } = {},
): Promise<unknown> {
  const perspective = await currentPerspective()
  const key = `${perspective}\n${query}\n${JSON.stringify(params)}`
  const kept = keepLastGood && perspective === 'published'
  let result: unknown
  try {
    result = await runQuery(query, params, perspective)
    noteSuccess()
    if (kept) await rememberResult(key, result)
    cacheLife('content')
  } catch (error) {
    const outage = isOutage(error)
    if (outage) noteFailure()
    const previous = kept ? await recallResult(key) : undefined
    if (!previous) throw outage ? new ContentUnavailableError(error) : error
    console.error(`[content] backend failed, serving the last good result: ${String(error)}`)
    result = previous.value
    cacheLife(failingLife)
  }
  const { tags, omittedIds } = tagsFor(types, result, extraTags)
  if (omittedIds > 0) {
    console.warn(
      `[content] a result shows ${omittedIds} more documents than can be tagged; ` +
        `they refresh through their type tags or the time-based lifetime`,
    )
  }
  cacheTag(...tags)
  return result
}
