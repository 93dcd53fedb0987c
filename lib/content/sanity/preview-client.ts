import 'server-only'
import type { SanityClient } from 'next-sanity'
import { sanityProject } from '../../env'
import { createSanityClient } from './client'
import { readToken } from './token'

/**
 * The client that checks preview secrets written by the Studio: it needs the read token,
 * so it exists only on the server and only when a project and a token are configured.
 */
export function previewSecretClient(): SanityClient | undefined {
  if (!sanityProject || !readToken) return undefined
  return createSanityClient(sanityProject).withConfig({ token: readToken, useCdn: false })
}

/** Why Studio previews cannot work here, for a clear answer instead of an error page. */
export function previewUnavailableReason(): string | undefined {
  if (!sanityProject) {
    return 'Previews from the Studio need a Sanity project: set NEXT_PUBLIC_SANITY_PROJECT_ID (see docs/connect-sanity.md).'
  }
  if (!readToken) {
    return 'Previews from the Studio need a read token: set SANITY_API_READ_TOKEN to a token with the Viewer role (see docs/connect-sanity.md).'
  }
  return undefined
}
