import { describe, expect, it } from 'vitest'
import { maxLinkHours, previewConfig } from '@/lib/preview/config'
import { createPreviewLink, readLinkQuery } from '@/lib/preview/link'
import { decodeGrant, encodeGrant, sign, verify } from '@/lib/preview/token'

const secret = 'a-test-secret-that-is-long-enough-0123456789'
const now = Date.UTC(2026, 0, 10, 12, 0, 0)
const hour = 3_600_000
const options = { secret, revoked: new Set<string>(), now }

function freshLink(path = '/en/events/a', hours = 48) {
  const link = createPreviewLink({ path, hours, baseUrl: 'https://events.example', secret, now })
  return { link, query: new URL(link.url).searchParams }
}

function changed(query: URLSearchParams, key: string, value: string) {
  const copy = new URLSearchParams(query)
  copy.set(key, value)
  return readLinkQuery(copy)
}

describe('preview link signatures', () => {
  it('a fresh link verifies and names its scope, expiry and id', () => {
    const { link, query } = freshLink()
    expect(link.url.startsWith('https://events.example/api/preview?')).toBe(true)
    const verdict = verify(readLinkQuery(query), options)
    expect(verdict).toEqual({
      ok: true,
      grant: { scope: '/en/events/a', expiresAt: now + 48 * hour, id: link.id },
    })
  })

  it('changing the path, the expiry, the id or the signature breaks it', () => {
    const { query } = freshLink()
    const sig = query.get('sig') ?? ''
    const flipped = (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1)
    const exp = Number(query.get('exp'))
    const tampered = [
      changed(query, 'path', '/en/events/b'),
      changed(query, 'path', '/en/*'),
      changed(query, 'exp', String(exp + 3600)),
      changed(query, 'exp', String(exp - 1)),
      changed(query, 'id', 'another-link-id'),
      changed(query, 'sig', flipped),
    ]
    for (const input of tampered) {
      expect(verify(input, options)).toEqual({ ok: false, reason: 'signature' })
    }
  })

  it('refuses a signature made with another secret', () => {
    const { query } = freshLink()
    const other = { ...options, secret: 'another-secret-that-is-long-enough-98765' }
    expect(verify(readLinkQuery(query), other)).toEqual({ ok: false, reason: 'signature' })
  })

  it('refuses malformed input before any comparison', () => {
    const { query } = freshLink()
    const sig = query.get('sig') ?? ''
    for (const input of [
      changed(query, 'sig', `${sig}A`),
      changed(query, 'sig', sig.slice(0, -1)),
      changed(query, 'sig', ''),
      changed(query, 'exp', 'soon'),
      changed(query, 'id', 'x'),
      changed(query, 'path', '/en/events/a/'),
      changed(query, 'path', '/en/events/a/../b'),
      readLinkQuery(new URLSearchParams()),
    ]) {
      expect(verify(input, options)).toEqual({ ok: false, reason: 'malformed' })
    }
  })

  it('expires at its expiry time', () => {
    const { query } = freshLink('/en/events/a', 2)
    const input = readLinkQuery(query)
    expect(verify(input, { ...options, now: now + 2 * hour - 1 }).ok).toBe(true)
    expect(verify(input, { ...options, now: now + 2 * hour })).toEqual({
      ok: false,
      reason: 'expired',
    })
  })

  it('refuses a correctly signed link that would last longer than seven days', () => {
    const grant = { scope: '/en/*', expiresAt: now + (maxLinkHours + 1) * hour, id: 'a-long-link' }
    const signed = sign(grant, secret)
    expect(verify(signed, options)).toEqual({ ok: false, reason: 'too-long' })
  })

  it('a revoked link id no longer works', () => {
    const { link, query } = freshLink()
    const revoked = previewConfig({ PREVIEW_SECRET: secret, PREVIEW_REVOKED_IDS: `x1, ${link.id}` })
    expect(revoked.enabled).toBe(true)
    if (!revoked.enabled) return
    expect(verify(readLinkQuery(query), { ...options, revoked: revoked.revoked })).toEqual({
      ok: false,
      reason: 'revoked',
    })
  })

  it('link lifetimes default to 48 hours and stop at 7 days', () => {
    const byDefault = createPreviewLink({ path: '/en/x', baseUrl: 'http://x.test', secret, now })
    expect(byDefault.expiresAt.getTime()).toBe(now + 48 * hour)
    expect(() => freshLink('/en/x', maxLinkHours + 1)).toThrow(/at most 168 hours/)
    expect(() => freshLink('/en/x', 0)).toThrow(/more than 0/)
    expect(() => freshLink('/en/../x')).toThrow(/not a site path/)
  })

  it('the scope cookie carries the same signed grant', () => {
    const signed = sign({ scope: '/en/*', expiresAt: now + hour, id: 'cookie-grant-1' }, secret)
    const decoded = decodeGrant(encodeGrant(signed))
    expect(decoded).toEqual(signed)
    expect(decoded && verify(decoded, options).ok).toBe(true)
    const widened = encodeGrant({ ...signed, scope: '/*' })
    const forged = decodeGrant(widened)
    expect(forged && verify(forged, options)).toEqual({ ok: false, reason: 'signature' })
    expect(decodeGrant('v1.garbage')).toBeNull()
  })
})

describe('preview configuration', () => {
  it('is switched off without a secret, or with a short one, and says why', () => {
    expect(previewConfig({})).toEqual({
      enabled: false,
      reason: expect.stringContaining('PREVIEW_SECRET is not set'),
    })
    expect(previewConfig({ PREVIEW_SECRET: 'short' })).toEqual({
      enabled: false,
      reason: expect.stringContaining('at least 32 characters'),
    })
  })
})
