import { createClient, type SanityClient } from 'next-sanity'
import { sanityProject } from '../env'
import type { Perspective } from './perspective'

/**
 * The Sanity backend: the published perspective from the CDN, drafts through the API
 * with the server-only read token. Stega stays off: the public site never carries
 * Visual Editing markers.
 */
export function createSanityClient(project: NonNullable<typeof sanityProject>): SanityClient {
  return createClient({
    projectId: project.projectId,
    dataset: project.dataset,
    apiVersion: project.apiVersion,
    ...(project.apiHost ? { apiHost: project.apiHost, useProjectHostname: false } : {}),
    useCdn: true,
    perspective: 'published',
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
