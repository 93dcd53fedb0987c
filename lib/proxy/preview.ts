import { NextResponse, type NextRequest } from 'next/server'
import { decideAccess, type Access } from '../preview/access'
import { previewConfig } from '../preview/config'
import { bypassCookie, expiredCookie, scopeCookie } from '../preview/cookies'
import { wholeSite } from '../preview/scope'

/** What the request may see: public pages unless a draft-mode cookie holds a valid grant. */
export function previewAccess(request: NextRequest, isPage: boolean): Access {
  if (!request.cookies.has(bypassCookie)) return { kind: 'public' }
  return decideAccess({
    scopeCookie: request.cookies.get(scopeCookie)?.value,
    pathname: request.nextUrl.pathname,
    isPage,
    config: previewConfig(),
    now: Date.now(),
    fetchSite: request.headers.get('sec-fetch-site'),
  })
}

/**
 * The layout (and its preview banner) persists across client-side navigations, so a
 * navigation that crosses the edge of a scope would show drafts without the banner, or the
 * banner over published content. While a scoped preview is open, the router's background
 * requests get an empty answer instead, and the router then loads the next page in full.
 * Next.js hides its own router headers from the proxy, so the browser's Fetch Metadata
 * tells them apart: script requests are not `navigate`. A whole-site preview (the
 * Studio's) has no edge to cross and keeps fast navigation.
 */
export function fullPageLoad(request: NextRequest, access: Access): NextResponse | undefined {
  const mode = request.headers.get('sec-fetch-mode')
  if (access.kind === 'public' || request.method !== 'GET') return undefined
  if (mode === null || mode === 'navigate') return undefined
  if (access.kind === 'draft' && access.grant.scope === wholeSite) return undefined
  const response = new NextResponse(null, {
    status: 204,
    headers: { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' },
  })
  if (access.kind === 'published' && access.forget) forget(response)
  return response
}

/**
 * Drafts are shown only inside the grant's scope. Outside it the draft-mode cookie is
 * withheld from the app, so the page comes from the public cache exactly as anyone sees it.
 */
export function forward(request: NextRequest, access: Access, rewrite?: URL): NextResponse {
  const pass = (init?: { request: { headers: Headers } }) =>
    rewrite ? NextResponse.rewrite(rewrite, init) : NextResponse.next(init)
  if (access.kind === 'public') return pass()
  if (access.kind === 'draft') {
    const response = pass()
    response.headers.set('Cache-Control', 'private, no-store')
    response.headers.set('X-Robots-Tag', 'noindex')
    return response
  }
  const headers = new Headers(request.headers)
  const kept = (request.headers.get('cookie') ?? '')
    .split(';')
    .filter((pair) => pair.split('=')[0]?.trim() !== bypassCookie)
    .join(';')
    .trim()
  if (kept) headers.set('cookie', kept)
  else headers.delete('cookie')
  const response = pass({ request: { headers } })
  if (access.forget) forget(response)
  return response
}

function forget(response: NextResponse) {
  response.cookies.set(bypassCookie, '', expiredCookie)
  response.cookies.set(scopeCookie, '', expiredCookie)
}
