import { NextResponse, type NextRequest } from 'next/server'
import { routeList } from '../listing/routing'
import { ownUrl } from './url'

/**
 * A list address with a key a list reads: redirected to its canonical query string, or served
 * from the internal route of that query (lib/listing/routing.ts) through `pass`, which keeps
 * the preview rules. Undefined for any other address.
 */
export function listResponse(
  request: NextRequest,
  pass: (rewrite: URL) => NextResponse,
): NextResponse | undefined {
  const [, locale = '', ...rest] = request.nextUrl.pathname.split('/')
  const list = routeList(locale, rest.join('/'), request.nextUrl.searchParams)
  if (!list) return undefined
  if (list.action === 'redirect') {
    return NextResponse.redirect(ownUrl(request, list.pathname, list.search), 307)
  }
  return pass(ownUrl(request, list.pathname))
}
