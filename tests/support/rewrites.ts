import { IncomingMessage } from 'node:http'
import { Socket } from 'node:net'
import type { Rewrite } from 'next/dist/lib/load-custom-routes'
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match'
import { matchHas, prepareDestination } from 'next/dist/shared/lib/router/utils/prepare-destination'
import { searchParamsToUrlQuery } from 'next/dist/shared/lib/router/utils/querystring'

/**
 * Where a list of rewrites sends a request, matched the way `next start` matches them
 * (server/lib/router-utils/resolve-routes.js): the path against each source, then `has` and
 * `missing`, whose named groups join the params the destination is built from. Next.js's own
 * testing helper, `unstable_getResponseFromNextConfig`, leaves those groups out.
 */
export function rewrittenBy(rewrites: readonly Rewrite[], url: string): string | null {
  const { pathname, searchParams } = new URL(url, 'http://portal.test')
  const query = searchParamsToUrlQuery(searchParams)
  const request = new IncomingMessage(new Socket())
  for (const rewrite of rewrites) {
    const params = getPathMatch(rewrite.source, { removeUnnamedParams: true, strict: true })(
      pathname,
    )
    if (!params) continue
    const conditions =
      rewrite.has || rewrite.missing ? matchHas(request, query, rewrite.has, rewrite.missing) : {}
    if (!conditions) continue
    const { parsedDestination } = prepareDestination({
      appendParamsToQuery: false,
      destination: rewrite.destination,
      params: { ...params, ...conditions },
      query,
    })
    return parsedDestination.pathname ?? null
  }
  return null
}
