import { cookies } from 'next/headers'
import { previewConfig } from './config'
import { scopeCookie } from './cookies'
import { wholeSite } from './scope'
import { encodeGrant, newLinkId, sign } from './token'

/**
 * The Presentation tool turns draft mode on through next-sanity's `defineEnableDraftMode`,
 * which checks the Studio's secret itself. The proxy only honours draft mode next to a
 * signed scope, so a Studio session is granted the whole site once that check has passed:
 *
 *   const { GET: enable } = defineEnableDraftMode({ client: clientWithToken })
 *   export const GET = withWholeSiteScope(enable)
 */
export const studioSessionHours = 12

type Handler = (request: Request) => Promise<Response>

/** `redirect()` signals success by throwing; its digest is how Next.js recognises it too. */
function isRedirect(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'digest' in error &&
    typeof error.digest === 'string' &&
    error.digest.startsWith('NEXT_REDIRECT')
  )
}

export function withWholeSiteScope(enable: Handler): Handler {
  return async (request) => {
    try {
      // A returned response is a refusal ("Invalid secret"): no scope for it.
      return await enable(request)
    } catch (error) {
      if (isRedirect(error)) await grantWholeSite(request)
      throw error
    }
  }
}

async function grantWholeSite(request: Request): Promise<void> {
  const config = previewConfig()
  if (!config.enabled) {
    console.warn(`[preview] Studio preview without drafts: ${config.reason}`)
    return
  }
  const expiresAt = Math.floor((Date.now() + studioSessionHours * 3_600_000) / 1000) * 1000
  const signed = sign({ scope: wholeSite, expiresAt, id: newLinkId() }, config.secret)
  // The same attributes next-sanity gives the draft-mode cookie inside the Studio's iframe.
  const secure = process.env.NODE_ENV === 'production'
  const crossSiteFrame =
    request.headers.get('sec-fetch-dest') === 'iframe' &&
    request.headers.get('sec-fetch-site') === 'cross-site'
  ;(await cookies()).set(scopeCookie, encodeGrant(signed), {
    httpOnly: true,
    path: '/',
    secure,
    sameSite: secure ? 'none' : 'lax',
    partitioned: secure && crossSiteFrame,
    expires: new Date(expiresAt),
  })
}
