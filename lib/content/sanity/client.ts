import { createClient, type SanityClient } from 'next-sanity'
import { sanityProject } from '../../env'
import type { Perspective } from '../perspective'

/**
 * The Sanity backend: the published perspective and drafts (with the server-only read
 * token) from the live API. Stega stays off: the public site never carries Visual
 * Editing markers.
 *
 * Not the API CDN: visitors never reach Sanity (every public page is served from Next's
 * cache), and the rare regeneration a webhook triggers must read what was just published,
 * which the CDN may still hold an older copy of (docs/freshness.md). A short timeout and
 * few retries let a slow or failing API fall back to the last good result quickly.
 */
export function createSanityClient(project: NonNullable<typeof sanityProject>): SanityClient {
  return createClient({
    projectId: project.projectId,
    dataset: project.dataset,
    apiVersion: project.apiVersion,
    ...(project.apiHost ? { apiHost: project.apiHost, useProjectHostname: false } : {}),
    useCdn: false,
    perspective: 'published',
    timeout: 10_000,
    maxRetries: 2,
    stega: false,
  })
}

let client: SanityClient | undefined

export async function querySanity(
  query: string,
  params: Record<string, unknown>,
  perspective: Perspective,
  token?: string,
): Promise<unknown> {
  if (!sanityProject) throw new Error('NEXT_PUBLIC_SANITY_PROJECT_ID is not set')
  client ??= createSanityClient(sanityProject)
  if (perspective === 'published') return client.fetch(query, params)
  if (!token) throw new Error('SANITY_API_READ_TOKEN is needed to read drafts')
  return client.withConfig({ token, useCdn: false, perspective }).fetch(query, params)
}
