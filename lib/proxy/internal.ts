import type { NextRequest, NextResponse } from 'next/server'
import { listTable } from '../listing/table'
import { ownUrl } from './url'

/**
 * The lists' internal routes (`/{locale}/listing/…`) exist only behind their public
 * addresses: next.config.ts's rewrites and the proxy serve them without running the proxy
 * again (on this server's own address, ./url.ts). Asked for directly, they would be a second, unnormalised address for every list view
 * (and one more page per made-up path), so they answer the locale's 404 page instead.
 */
export function internalRouteResponse(
  request: NextRequest,
  pass: (rewrite: URL) => NextResponse,
): NextResponse | undefined {
  const [, locale = '', prefix] = request.nextUrl.pathname.split('/')
  if (prefix !== listTable.internalPrefix) return undefined
  return pass(ownUrl(request, `/${locale}/not-found`))
}
