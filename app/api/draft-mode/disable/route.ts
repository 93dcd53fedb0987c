import { perspectiveCookieName } from '@sanity/preview-url-secret/constants'
import { cookies, draftMode } from 'next/headers'
import type { NextRequest } from 'next/server'
import { scopeCookie } from '@/lib/preview/cookies'
import { safeRedirectPath } from '@/lib/safe-path'

/**
 * Leaves draft mode and goes back to the page the reviewer was on (`?redirect=/en/...`),
 * or to the home page. Only paths on this site are followed, never another origin.
 */
export async function GET(request: NextRequest): Promise<Response> {
  ;(await draftMode()).disable()
  const jar = await cookies()
  jar.delete(perspectiveCookieName)
  jar.delete(scopeCookie)
  const target = safeRedirectPath(request.nextUrl.searchParams.get('redirect'))
  // A relative Location keeps the reviewer on the host they used, behind any proxy.
  return new Response(null, {
    status: 307,
    headers: { location: target, 'cache-control': 'no-store' },
  })
}
