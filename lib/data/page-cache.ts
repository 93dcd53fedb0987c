import { cacheLife, cacheTag } from 'next/cache'
import { tags } from '../content/tags'

/**
 * Hints to the ISR cache about the page being rendered. Only a `'use cache'` function can set
 * a tag or a lifetime, and what it sets carries over to the page that calls it.
 */

/** The page is transient (`tags.transient`): kept in bounded memory, never written to disk. */
export async function markTransient(): Promise<void> {
  'use cache'
  // The pages' own lifetime, so the mark does not shorten it.
  cacheLife('content')
  cacheTag(tags.transient)
}

/**
 * The page (a 404 for an address outside the site) is cached briefly (`miss` in
 * next.config.ts) rather than for a year, the lifetime of a page that reads no content.
 */
export async function shortLived(): Promise<void> {
  'use cache'
  cacheLife('miss')
}
