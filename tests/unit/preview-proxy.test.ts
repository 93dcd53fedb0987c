import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server'
import { NextRequest } from 'next/server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { config, proxy } from '@/proxy'
import { sign, encodeGrant } from '@/lib/preview/token'

const secret = 'a-test-secret-that-is-long-enough-0123456789'
const hour = 3_600_000

function scopeCookie(scope: string, expiresAt = Date.now() + hour, id = 'proxy-test-id') {
  return encodeGrant(sign({ scope, expiresAt: Math.floor(expiresAt / 1000) * 1000, id }, secret))
}

function request(
  path: string,
  cookies: Record<string, string>,
  headers: Record<string, string> = {},
) {
  const cookie = Object.entries(cookies)
    .map(([name, value]) => `${name}=${value}`)
    .join('; ')
  return new NextRequest(`http://portal.test${path}`, { headers: { ...headers, cookie } })
}

/** The Cookie header the app receives after the proxy (unchanged when not overridden). */
function forwardedCookies(response: Response): string | null {
  return response.headers.get('x-middleware-request-cookie')
}

const draft = { __prerender_bypass: 'build-bypass-id', other: 'kept' }

describe('preview scope enforcement in the proxy', () => {
  beforeEach(() => {
    vi.stubEnv('PREVIEW_SECRET', secret)
    vi.stubEnv('PREVIEW_REVOKED_IDS', 'revoked-link-id')
  })
  afterEach(() => vi.unstubAllEnvs())

  it('leaves public requests alone and keeps the locale redirect', () => {
    const page = proxy(request('/en/events/a', {}))
    expect(page.headers.get('x-middleware-next')).toBe('1')
    expect(page.headers.get('cache-control')).toBeNull()
    expect(forwardedCookies(page)).toBeNull()
    const root = proxy(request('/', {}))
    expect(root.status).toBe(307)
    expect(root.headers.get('location')).toBe('http://portal.test/en')
  })

  it('in scope: drafts pass through, privately and unindexed', () => {
    const response = proxy(
      request('/en/events/a', { ...draft, __preview_scope: scopeCookie('/en/events/a') }),
    )
    expect(response.headers.get('x-middleware-next')).toBe('1')
    expect(forwardedCookies(response)).toBeNull()
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(response.headers.get('x-robots-tag')).toBe('noindex')
  })

  it('out of scope: the draft-mode cookie is withheld, the grant is kept for later', () => {
    const grant = scopeCookie('/en/events/a')
    const response = proxy(request('/en/events/b', { ...draft, __preview_scope: grant }))
    expect(forwardedCookies(response)).toBe(`other=kept; __preview_scope=${grant}`)
    expect(response.headers.get('cache-control')).toBeNull()
    expect(response.headers.get('set-cookie')).toBeNull()
  })

  it.each([
    ['no scope cookie', undefined],
    ['a scope cookie that is not a grant', 'v1.nonsense'],
    ['an expired grant', scopeCookie('/en/events/a', Date.now() - 1000)],
    ['a revoked grant', scopeCookie('/en/events/a', Date.now() + hour, 'revoked-link-id')],
    [
      'a widened grant',
      scopeCookie('/en/events/a').replace(
        /^v1\.[^.]+/,
        `v1.${Buffer.from('/*').toString('base64url')}`,
      ),
    ],
  ])('%s: the draft-mode cookie is withheld and both cookies are deleted', (_, grant) => {
    const cookies = grant ? { ...draft, __preview_scope: grant } : draft
    const response = proxy(request('/en/events/a', cookies, { 'sec-fetch-site': 'same-origin' }))
    expect(forwardedCookies(response)).not.toContain('__prerender_bypass')
    expect(forwardedCookies(response)).toContain('other=kept')
    const deleted = response.headers.getSetCookie().join('\n')
    expect(deleted).toMatch(/__prerender_bypass=;[^\n]*Expires=Thu, 01 Jan 1970/)
    expect(deleted).toMatch(/__preview_scope=;[^\n]*Expires=Thu, 01 Jan 1970/)
  })

  it.each([
    ['a link from another site', { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate' }],
    ['a form posted from another site', { 'sec-fetch-site': 'cross-site' }],
    ['a sibling subdomain', { 'sec-fetch-site': 'same-site', 'sec-fetch-mode': 'navigate' }],
    ['a browser without Fetch Metadata', {}],
  ])(
    'the draft-mode cookie alone from %s: the public page, and the preview is kept',
    (_, headers) => {
      const response = proxy(request('/en/events/a', draft, headers))
      expect(response.headers.get('x-middleware-next')).toBe('1')
      expect(forwardedCookies(response)).toBe('other=kept')
      expect(response.headers.getSetCookie()).toEqual([])
    },
  )

  it('the draft-mode cookie alone on an image from another site keeps the preview', () => {
    const image = { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors' }
    for (const path of ['/en/events/a', '/en/events/a/opengraph-image', '/images/x.png']) {
      const response = proxy(request(path, draft, { ...image, 'sec-fetch-dest': 'image' }))
      expect(response.headers.getSetCookie(), path).toEqual([])
    }
  })

  it('the draft-mode cookie alone on a page of this site, or typed in, ends the preview', () => {
    for (const site of ['same-origin', 'none']) {
      const response = proxy(request('/en/events/a', draft, { 'sec-fetch-site': site }))
      expect(response.headers.getSetCookie().join('\n'), site).toMatch(/__prerender_bypass=;/)
    }
  })

  it('a cross-site request never deletes the cookies, even with a grant that failed', () => {
    const expired = scopeCookie('/en/events/a', Date.now() - 1000)
    const cookies = { ...draft, __preview_scope: expired }
    const crossSite = { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate' }
    const response = proxy(request('/en/events/a', cookies, crossSite))
    expect(forwardedCookies(response)).not.toContain('__prerender_bypass')
    expect(response.headers.getSetCookie()).toEqual([])
  })

  it('without PREVIEW_SECRET no grant is honoured', () => {
    const grant = scopeCookie('/en/*')
    vi.stubEnv('PREVIEW_SECRET', '')
    const response = proxy(request('/en/events/a', { ...draft, __preview_scope: grant }))
    expect(forwardedCookies(response)).not.toContain('__prerender_bypass')
  })

  it.each(['/sitemap.xml', '/en/feeds/rss.xml', '/en/feeds/events.ics', '/api/search', '/studio'])(
    'never shows drafts on %s, even to a whole-site grant',
    (path) => {
      const response = proxy(request(path, { ...draft, __preview_scope: scopeCookie('/*') }))
      expect(forwardedCookies(response)).not.toContain('__prerender_bypass')
      expect(response.headers.get('x-middleware-next')).toBe('1')
    },
  )

  it('router requests in a scoped preview become full page loads', () => {
    const cookies = { ...draft, __preview_scope: scopeCookie('/en/events/a') }
    const script = { 'sec-fetch-mode': 'cors', 'sec-fetch-dest': 'empty' }
    for (const path of ['/en/events/a', '/en']) {
      const response = proxy(request(path, cookies, script))
      expect(response.status).toBe(204)
      expect(response.headers.get('cache-control')).toBe('private, no-store')
    }
    const navigation = proxy(request('/en/events/a', cookies, { 'sec-fetch-mode': 'navigate' }))
    expect(navigation.headers.get('x-middleware-next')).toBe('1')
    expect(navigation.headers.get('x-robots-tag')).toBe('noindex')
    const wholeSite = { ...draft, __preview_scope: scopeCookie('/*') }
    const studio = proxy(request('/en', wholeSite, script))
    expect(studio.headers.get('x-middleware-next')).toBe('1')
    expect(studio.headers.get('x-robots-tag')).toBe('noindex')
    const publicRouter = proxy(request('/en', {}, script))
    expect(publicRouter.headers.get('x-middleware-next')).toBe('1')
  })

  it('runs on pages, feeds and files only when the draft-mode cookie is present', () => {
    const matches = (url: string, cookies?: Record<string, string>) =>
      unstable_doesMiddlewareMatch({ config, url, cookies })
    // A public request for a prerendered page never reaches the proxy (proxy-matcher.test.ts).
    expect(matches('/en/events/a')).toBe(false)
    expect(matches('/en/events/a', { __prerender_bypass: 'x' })).toBe(true)
    expect(matches('/sitemap.xml')).toBe(false)
    expect(matches('/sitemap.xml', { __prerender_bypass: 'x' })).toBe(true)
    expect(matches('/en/feeds/events.ics', { __prerender_bypass: 'x' })).toBe(true)
    expect(matches('/api/preview', { __prerender_bypass: 'x' })).toBe(true)
    // The routes that read a body stay outside it (lib/server/body-limits.ts).
    expect(matches('/api/revalidate', { __prerender_bypass: 'x' })).toBe(false)
    expect(matches('/_next/static/chunks/app.js', { __prerender_bypass: 'x' })).toBe(false)
  })
})
