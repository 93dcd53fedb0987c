import type { SanityClient } from '@sanity/client'
import { createPreviewSecret } from '@sanity/preview-url-secret/create-secret'
import { requestPreviewLink, type Fetch, type PreviewLinkResult } from './request'

/**
 * Makes a reviewer link for one page: a short-lived preview secret written with the
 * editor's own Studio session (the same kind the Presentation tool writes), exchanged by
 * the site for a signed link of the chosen lifetime.
 */
export async function createReviewerLink(options: {
  client: SanityClient
  path: string
  hours: number
  studioUrl: string
  userId?: string
  endpoint?: string
  fetch?: Fetch
}): Promise<PreviewLinkResult> {
  let secret: string
  try {
    ;({ secret } = await createPreviewSecret(
      options.client,
      'share-preview-link',
      options.studioUrl,
      options.userId,
    ))
  } catch {
    return {
      ok: false,
      message:
        'The Studio could not create a preview secret. You may need permission to edit drafts; ask an administrator.',
    }
  }
  return requestPreviewLink(
    { secret, path: options.path, hours: options.hours },
    { endpoint: options.endpoint, fetch: options.fetch },
  )
}
