import { NextResponse, type NextRequest } from 'next/server'
import { isLocale, negotiateLocale } from '../i18n/config'
import { listTable } from '../listing/table'
import { ownUrl } from './url'

const notPages = [...listTable.notPages, '.*\\.[a-z0-9]+$'].join('|')
const pagePath = new RegExp(`^/(?!${notPages})`)

/** Pages: not the Studio, API routes, Next.js internals, images, or files with an extension. */
export function isPage(pathname: string): boolean {
  return pagePath.test(pathname)
}

/**
 * Every public page lives under a locale. A path without one (e.g. `/` or `/events/x`) is
 * redirected to the visitor's preferred supported language, English by default.
 */
export function localeRedirect(request: NextRequest): NextResponse | undefined {
  const { pathname, search } = request.nextUrl
  if (isLocale(pathname.split('/')[1] ?? '')) return undefined
  const locale = negotiateLocale(request.headers.get('accept-language'))
  const url = ownUrl(request, `/${locale}${pathname === '/' ? '' : pathname}`, search)
  const response = NextResponse.redirect(url, 307)
  response.headers.set('Vary', 'Accept-Language')
  return response
}
