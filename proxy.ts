import { NextResponse, type NextRequest } from 'next/server'
import { isLocale, negotiateLocale } from '@/lib/i18n/config'
import { routeList } from '@/lib/listing/routing'
import { decideAccess, type Access } from '@/lib/preview/access'
import { previewConfig } from '@/lib/preview/config'
import { bypassCookie, expiredCookie, scopeCookie } from '@/lib/preview/cookies'
import { wholeSite } from '@/lib/preview/scope'

/** Pages: not the Studio, API routes, Next.js internals, images, or files with an extension. */
const pagePath = /^\/(?!studio|api|_next|images|.*\.[a-z0-9]+$)/

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  const isPage = pagePath.test(pathname)
  const access: Access = request.cookies.has(bypassCookie)
    ? decideAccess({
        scopeCookie: request.cookies.get(scopeCookie)?.value,
        pathname,
        isPage,
        config: previewConfig(),
        now: Date.now(),
      })
    : { kind: 'public' }
  if (isPage && access.kind !== 'public' && needsFullPageLoad(request, access)) {
    return fullPageLoad(access)
  }
  const [, first = '', ...rest] = pathname.split('/')
  if (isPage && !isLocale(first)) return localeRedirect(request)
  const list = isPage ? routeList(first, rest.join('/'), request.nextUrl.searchParams) : undefined
  if (list?.action === 'redirect') {
    const url = request.nextUrl.clone()
    url.pathname = list.pathname
    url.search = list.search
    return NextResponse.redirect(url, 307)
  }
  if (list?.action === 'rewrite') {
    // Lists are served from their internal, statically cached route (docs/public-site.md).
    const url = request.nextUrl.clone()
    url.pathname = list.pathname
    url.search = ''
    return forward(request, access, url)
  }
  return forward(request, access)
}

/**
 * Every public page lives under a locale. A path without one (e.g. `/` or `/events/x`) is
 * redirected to the visitor's preferred supported language, English by default.
 */
function localeRedirect(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  const locale = negotiateLocale(request.headers.get('accept-language'))
  const url = request.nextUrl.clone()
  url.pathname = `/${locale}${pathname === '/' ? '' : pathname}`
  url.search = search
  const response = NextResponse.redirect(url, 307)
  response.headers.set('Vary', 'Accept-Language')
  return response
}

/**
 * Drafts are shown only inside the grant's scope. Outside it the draft-mode cookie is
 * withheld from the app, so the page comes from the public cache exactly as anyone sees it.
 */
function forward(request: NextRequest, access: Access, rewrite?: URL) {
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

/**
 * The layout (and its preview banner) persists across client-side navigations, so a
 * navigation that crosses the edge of a scope would show drafts without the banner, or the
 * banner over published content. While a scoped preview is open, the router's background
 * requests get an empty answer instead, and the router then loads the next page in full.
 * Next.js hides its own router headers from the proxy, so the browser's Fetch Metadata
 * tells them apart: script requests are not `navigate`. A whole-site preview (the
 * Studio's) has no edge to cross and keeps fast navigation.
 */
function needsFullPageLoad(request: NextRequest, access: Access): boolean {
  const mode = request.headers.get('sec-fetch-mode')
  if (request.method !== 'GET' || mode === null || mode === 'navigate') return false
  return !(access.kind === 'draft' && access.grant.scope === wholeSite)
}

function fullPageLoad(access: Access) {
  const response = new NextResponse(null, {
    status: 204,
    headers: { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' },
  })
  if (access.kind === 'published' && access.forget) forget(response)
  return response
}

function forget(response: NextResponse) {
  response.cookies.set(bypassCookie, '', expiredCookie)
  response.cookies.set(scopeCookie, '', expiredCookie)
}

/**
 * The proxy runs only where it has work to do, so the prerendered pages most visitors ask for
 * are served without it. Matchers must be literals: adding a locale or a list means adding it
 * here too, which tests/unit/proxy-matcher.test.ts checks.
 */
export const config = {
  matcher: [
    // Pages without a locale: redirect by Accept-Language.
    '/((?!en(?:/|$)|studio|api|_next|images|.*\\.[a-z0-9]+$).*)',
    // List pages with a query string: normalise it and serve the cached internal route. One
    // entry per key the lists read (`has` entries all have to match); a list address without
    // any of them is its prerendered first view, and unknown keys alone are simply ignored.
    // A canonical page number is served by a rewrite (`canonicalPage` in
    // lib/listing/first-view.ts); any other value goes through here.
    {
      source: '/en/(events|people|organisations|initiatives|search)',
      has: [{ type: 'query', key: 'page', value: '(?!(?:[2-9]|[1-9][0-9]{1,3}|10000)$).*' }],
    },
    {
      source: '/en/(events|people|organisations|initiatives|search)',
      has: [{ type: 'query', key: 'q' }],
    },
    {
      source: '/en/(events|people|organisations|initiatives|search)',
      has: [{ type: 'query', key: 'topic' }],
    },
    {
      source: '/en/(events|people|organisations|initiatives|search)',
      has: [{ type: 'query', key: 'series' }],
    },
    {
      source: '/en/(events|people|organisations|initiatives|search)',
      has: [{ type: 'query', key: 'organisation' }],
    },
    {
      source: '/en/(events|people|organisations|initiatives|search)',
      has: [{ type: 'query', key: 'person' }],
    },
    {
      source: '/en/(events|people|organisations|initiatives|search)',
      has: [{ type: 'query', key: 'attendance' }],
    },
    // `when=past` alone is the events list's "Past" tab, served by a rewrite like the first
    // view (`fixedViews` in lib/listing/first-view.ts); any other value goes through here.
    {
      source: '/en/(people|organisations|initiatives|search)',
      has: [{ type: 'query', key: 'when' }],
    },
    {
      source: '/en/events',
      has: [{ type: 'query', key: 'when', value: '(?!past$).*' }],
    },
    {
      source: '/en/(events|people|organisations|initiatives|search)',
      has: [{ type: 'query', key: 'type' }],
    },
    {
      source: '/en/(events|people|organisations|initiatives|search)',
      has: [{ type: 'query', key: 'status' }],
    },
    // Anything in draft mode: preview scope checks; outside the scope the draft-mode cookie
    // is withheld (see `forward`).
    {
      source: '/((?!_next/static|_next/image).*)',
      has: [{ type: 'cookie', key: '__prerender_bypass' }],
    },
  ],
}
