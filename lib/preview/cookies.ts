/**
 * Cookie names and settings. `__prerender_bypass` is Next.js's draft-mode cookie; the scope
 * cookie holds the signed grant that says where draft mode may apply, and until when.
 */
export const bypassCookie = '__prerender_bypass'
export const scopeCookie = '__preview_scope'

/** Secure like Next.js's own draft-mode cookie, so both live and die together. */
const secure = process.env.NODE_ENV === 'production'

export function scopeCookieOptions(expiresAt: number) {
  return {
    httpOnly: true,
    secure,
    sameSite: 'lax' as const,
    path: '/',
    expires: new Date(expiresAt),
  }
}

/** Settings that delete a cookie: same name and path, an expiry in the past. */
export const expiredCookie = {
  httpOnly: true,
  secure,
  sameSite: secure ? ('none' as const) : ('lax' as const),
  path: '/',
  expires: new Date(0),
}
