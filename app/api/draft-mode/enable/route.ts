import { defineEnableDraftMode } from 'next-sanity/draft-mode'
import { previewSecretClient, previewUnavailableReason } from '@/lib/content/sanity/preview-client'
import { withWholeSiteScope } from '@/lib/preview/studio-session'

/**
 * Opened by the Studio's Presentation tool with a preview secret it has just written. A
 * valid secret turns on draft mode and redirects to the page being edited; anything else
 * gets 401 and leaves draft mode off. A Studio session may see drafts on the whole site:
 * the proxy honours draft mode only next to a signed scope, which is granted here once
 * Sanity's own secret check has passed.
 */
const client = previewSecretClient()
const enable = client ? withWholeSiteScope(defineEnableDraftMode({ client }).GET) : undefined

export function GET(request: Request): Promise<Response> | Response {
  if (enable) return enable(request)
  return new Response(previewUnavailableReason(), {
    status: 503,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  })
}
