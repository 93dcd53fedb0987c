import { describe, expect, it } from 'vitest'
import { decideAccess } from '@/lib/preview/access'
import { previewConfig } from '@/lib/preview/config'
import { createPreviewLink, readLinkQuery } from '@/lib/preview/link'
import { encodeGrant, verify } from '@/lib/preview/token'

/**
 * A reviewer link for one language, `/fr/*`, as `npm run preview:link -- '/fr/*'` and the
 * Studio's "Every page in this language" make it: drafts on every French page, on no other.
 */
const secret = 'a-test-secret-that-is-long-enough-0123456789'
const config = previewConfig({ PREVIEW_SECRET: secret })

/** The scope cookie a reviewer holds after opening the link, as /api/preview sets it. */
function openLink(path: string): string {
  const link = createPreviewLink({ path, baseUrl: 'https://portal.example', secret, hours: 48 })
  const query = readLinkQuery(new URL(link.url).searchParams)
  const verdict = verify(query, { secret, revoked: new Set(), now: Date.now() })
  if (!verdict.ok) throw new Error(`the link was refused: ${verdict.reason}`)
  return encodeGrant({ ...verdict.grant, signature: query.signature })
}

const access = (scopeCookie: string, pathname: string) =>
  decideAccess({ scopeCookie, pathname, isPage: true, config, now: Date.now() }).kind

describe('a reviewer link scoped to one language', () => {
  it('is signed for the language prefix as given', () => {
    const link = createPreviewLink({ path: '/fr/*', baseUrl: 'https://portal.example', secret })
    expect(link.scope).toBe('/fr/*')
    expect(new URL(link.url).searchParams.get('path')).toBe('/fr/*')
  })

  it.each(['/fr', '/fr/', '/fr/events/open-data', '/fr/people/salem-avan', '/fr/events'])(
    'grants drafts on %s',
    (pathname) => {
      expect(access(openLink('/fr/*'), pathname)).toBe('draft')
    },
  )

  it.each([
    '/en/events/open-data',
    '/en',
    '/ar/events/open-data',
    '/french/events',
    '/fr/../en/events/open-data',
    '/fr/%2e%2e/en/events',
  ])('refuses drafts on %s', (pathname) => {
    expect(access(openLink('/fr/*'), pathname)).toBe('published')
  })
})
