import { perspectiveCookieName } from '@sanity/preview-url-secret/constants'
import { cookies, draftMode } from 'next/headers'
import { expiredCookie, scopeCookie } from './cookies'
import { returnPath } from './scope'

/**
 * Leaving preview, for both exits (the banner's `/api/preview/exit` and the Presentation
 * tool's `/api/draft-mode/disable`): draft mode off, the scope and Studio perspective cookies
 * deleted, and a redirect to the page the reviewer came from, as the public sees it. The
 * target is normalised first (`returnPath` always gives an ASCII site path), so nothing after
 * the cookies are cleared can fail and lose them.
 */
export async function leavePreview(target: unknown, status: 303 | 307): Promise<Response> {
  const location = returnPath(target)
  ;(await draftMode()).disable()
  const jar = await cookies()
  jar.set(scopeCookie, '', expiredCookie)
  jar.delete(perspectiveCookieName)
  // A relative Location keeps the reviewer on the host they used, behind any proxy.
  return new Response(null, {
    status,
    headers: { Location: location, 'Cache-Control': 'private, no-store' },
  })
}
