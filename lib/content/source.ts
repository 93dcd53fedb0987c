import { sanityProject } from '../env'
import { queryLocal } from './local'
import type { Perspective } from './perspective'
import { querySanity } from './sanity/client'
import { readToken } from './sanity/token'

/** Which backend answers: the Sanity project when one is configured, else the bundled dataset. */
export const backend = sanityProject ? 'sanity' : 'local'

export function runQuery(
  query: string,
  params: Record<string, unknown>,
  perspective: Perspective,
): Promise<unknown> {
  return sanityProject
    ? querySanity(query, params, perspective, readToken)
    : queryLocal(query, params, { perspective })
}
