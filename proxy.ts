import { NextResponse, type NextRequest } from 'next/server'
import { isLocale, negotiateLocale } from '@/lib/i18n/config'
import { routeList } from '@/lib/listing/routing'

/**
 * Every public page lives under a locale. A path without one (e.g. `/` or `/events/x`) is
 * redirected to the visitor's preferred supported language, English by default.
 * List addresses (`/en/events?…`) are normalised and served from their internal,
 * statically cached route (lib/listing/routing.ts, docs/public-site.md).
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  const [, first = '', ...rest] = pathname.split('/')
  if (isLocale(first)) return routeListRequest(request, first, rest.join('/'))
  const locale = negotiateLocale(request.headers.get('accept-language'))
  const url = request.nextUrl.clone()
  url.pathname = `/${locale}${pathname === '/' ? '' : pathname}`
  url.search = search
  const response = NextResponse.redirect(url, 307)
  response.headers.set('Vary', 'Accept-Language')
  return response
}

function routeListRequest(request: NextRequest, locale: string, rest: string) {
  const routing = routeList(locale, rest, request.nextUrl.searchParams)
  if (!routing) return NextResponse.next()
  const url = request.nextUrl.clone()
  if (routing.action === 'redirect') {
    url.pathname = routing.pathname
    url.search = routing.search
    return NextResponse.redirect(url, 307)
  }
  url.search = ''
  url.pathname = routing.pathname
  return NextResponse.rewrite(url)
}

export const config = {
  // Not for the Studio, API routes, Next.js internals, or files with an extension.
  matcher: ['/((?!studio|api|_next|images|.*\\.[a-z0-9]+$).*)'],
}
