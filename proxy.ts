import { NextResponse, type NextRequest } from 'next/server'
import { isLocale, negotiateLocale } from '@/lib/i18n/config'

/**
 * Every public page lives under a locale. A path without one (e.g. `/` or `/events/x`) is
 * redirected to the visitor's preferred supported language, English by default.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  const first = pathname.split('/')[1] ?? ''
  if (isLocale(first)) return NextResponse.next()
  const locale = negotiateLocale(request.headers.get('accept-language'))
  const url = request.nextUrl.clone()
  url.pathname = `/${locale}${pathname === '/' ? '' : pathname}`
  url.search = search
  const response = NextResponse.redirect(url, 307)
  response.headers.set('Vary', 'Accept-Language')
  return response
}

export const config = {
  // Not for the Studio, API routes, Next.js internals, or files with an extension.
  matcher: ['/((?!studio|api|_next|images|.*\\.[a-z0-9]+$).*)'],
}
