import { cookies, draftMode } from 'next/headers'
import type { NextRequest } from 'next/server'
import { previewConfig } from '@/lib/preview/config'
import { scopeCookie, scopeCookieOptions } from '@/lib/preview/cookies'
import { readLinkQuery } from '@/lib/preview/link'
import { refusalPage } from '@/lib/preview/refusal-page'
import { normaliseScope, scopeHome } from '@/lib/preview/scope'
import { encodeGrant, verify } from '@/lib/preview/token'

/**
 * Opens a reviewer link: checks its signature, expiry and revocation, turns on draft mode,
 * remembers the signed scope in a cookie and sends the reviewer to the page. A link that
 * fails any check gets a 401 page and no cookie at all.
 */
export async function GET(request: NextRequest) {
  const link = readLinkQuery(request.nextUrl.searchParams)
  const scope = normaliseScope(link.scope)
  const publicPath = scope ? scopeHome(scope) : '/'

  const config = previewConfig()
  if (!config.enabled) {
    console.warn(`[preview] link refused: ${config.reason}`)
    return refusalPage({ reason: 'disabled', publicPath })
  }
  const verdict = verify(link, { secret: config.secret, revoked: config.revoked, now: Date.now() })
  if (!verdict.ok) {
    console.warn(
      `[preview] link ${JSON.stringify(link.id.slice(0, 64))} refused: ${verdict.reason}`,
    )
    return refusalPage({ reason: 'invalid', publicPath })
  }

  const { grant } = verdict
  ;(await draftMode()).enable()
  ;(await cookies()).set(
    scopeCookie,
    encodeGrant({ ...grant, signature: link.signature }),
    scopeCookieOptions(grant.expiresAt),
  )
  return new Response(null, {
    status: 303,
    headers: {
      Location: scopeHome(grant.scope),
      'Cache-Control': 'private, no-store',
      'X-Robots-Tag': 'noindex',
      'Referrer-Policy': 'no-referrer',
    },
  })
}
