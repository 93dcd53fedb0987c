import type { PreviewConfig } from './config'
import { pathInScope } from './scope'
import { decodeGrant, verify, type Grant } from './token'

/**
 * Who sees drafts on a request that carries Next.js's draft-mode cookie. Draft mode only
 * applies to pages inside the scope of a valid, unexpired, unrevoked grant; everything else
 * (other pages, API routes, feeds, the sitemap, files) is served as the public sees it.
 */
export type Access =
  /** No draft-mode cookie: an ordinary public request. */
  | { kind: 'public' }
  /** Serve the public version. `forget`: the grant is gone for good, so delete the cookies. */
  | { kind: 'published'; forget: boolean; grant: Grant | null }
  /** Serve drafts, privately. */
  | { kind: 'draft'; grant: Grant }

/** For a request that carries the draft-mode cookie (without it, access is simply public). */
export function decideAccess(input: {
  scopeCookie: string | undefined
  pathname: string
  isPage: boolean
  config: PreviewConfig
  now: number
  /** The request's `Sec-Fetch-Site` header (Fetch Metadata), null when the browser sent none. */
  fetchSite?: string | null
}): Access {
  const grant = readGrant(input.scopeCookie, input.config, input.now)
  if (grant === null) return { kind: 'published', forget: previewIsOver(input), grant: null }
  if (!input.isPage || !pathInScope(grant.scope, input.pathname)) {
    return { kind: 'published', forget: false, grant }
  }
  return { kind: 'draft', grant }
}

export function readGrant(
  cookie: string | undefined,
  config: PreviewConfig,
  now: number,
): Grant | null {
  if (!config.enabled || !cookie) return null
  const unverified = decodeGrant(cookie)
  if (unverified === null) return null
  const verdict = verify(unverified, { secret: config.secret, revoked: config.revoked, now })
  return verdict.ok ? verdict.grant : null
}

/**
 * Whether a request without a valid grant shows the preview has ended, so both cookies can be
 * deleted. The draft-mode cookie is SameSite=None and goes with every request, even another
 * site's image or link; the scope cookie is SameSite=Lax and stays behind on many of those.
 * A missing scope therefore proves nothing on its own: it counts only on a request from this
 * site (or one typed in), which would have carried it. A scope cookie that no longer verifies
 * (expired, revoked, signed with an old secret) does mean the preview is over. A cross-site
 * request never changes the cookies, whatever it carries: it gets the public page, no more.
 */
function previewIsOver(input: { scopeCookie: string | undefined; fetchSite?: string | null }) {
  if (input.fetchSite === 'cross-site') return false
  if (input.scopeCookie !== undefined) return true
  return input.fetchSite === 'same-origin' || input.fetchSite === 'none'
}
