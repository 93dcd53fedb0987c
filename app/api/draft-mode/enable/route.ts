import { defineEnableDraftMode } from 'next-sanity/draft-mode'
import { previewSecretClient, previewUnavailableReason } from '@/lib/content/preview-client'

/**
 * Opened by the Studio's Presentation tool with a preview secret it has just written. A
 * valid secret turns on draft mode and redirects to the page being edited; anything else
 * gets 401 and leaves draft mode off.
 */
const client = previewSecretClient()
const handler = client ? defineEnableDraftMode({ client }) : undefined

export function GET(request: Request): Promise<Response> | Response {
  if (handler) return handler.GET(request)
  return new Response(previewUnavailableReason(), {
    status: 503,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  })
}
