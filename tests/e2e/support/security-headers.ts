import { expect } from '@playwright/test'
import { parseContentSecurityPolicy, parsePermissionsPolicy } from '../../support/policy'

/**
 * What every response must carry (docs/security.md), checked on the headers of one
 * response as Playwright gives them (lower-case names).
 */
type Headers = Record<string, string>

export type Expected = {
  /** The Studio's policy (/studio and below) rather than the site's. */
  studio: boolean
  /** The site's address is https, so HSTS is due. */
  https: boolean
  /** Hosts the Studio policy must let the Studio connect to. */
  connects?: string[]
}

export function policyOf(headers: Headers): Map<string, string[]> {
  const header = headers['content-security-policy']
  expect(header, 'Content-Security-Policy').toBeTruthy()
  return parseContentSecurityPolicy(header ?? '')
}

export function expectSecurityHeaders(headers: Headers, expected: Expected): void {
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(headers['x-frame-options']).toBe('SAMEORIGIN')
  expect(headers['cross-origin-opener-policy']).toBe('same-origin')
  if (expected.https) expect(headers['strict-transport-security']).toMatch(/^max-age=\d{8,}/)
  else expect(headers['strict-transport-security']).toBeUndefined()

  const features = parsePermissionsPolicy(headers['permissions-policy'] ?? '')
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
    expect(features.get(feature), feature).toEqual([])
  }
  expect(features.get('browsing-topics'), 'browsing-topics').toEqual([])

  const policy = policyOf(headers)
  expect(policy.get('default-src')).toEqual(["'self'"])
  expect(policy.get('object-src')).toEqual(["'none'"])
  expect(policy.get('base-uri')).toEqual(["'self'"])
  expect(policy.get('form-action')).toEqual(["'self'"])
  expect(policy.get('frame-ancestors')).toEqual(["'self'"])
  expect(policy.get('img-src')).toEqual(expect.arrayContaining(["'self'", 'data:']))
  const scripts = policy.get('script-src') ?? []
  expect(scripts).toEqual(expect.arrayContaining(["'self'", "'unsafe-inline'"]))
  // A production build: no eval, no nonce (it would force every page to render per request),
  // and no wildcard that would let any host's scripts in.
  expect(scripts.filter((source) => /unsafe-eval|nonce-|^\*$|^https?:$/.test(source))).toEqual([])
  if (!expected.studio) {
    expect(scripts).toEqual(["'self'", "'unsafe-inline'"])
    expect(policy.get('connect-src')).toEqual(["'self'"])
    return
  }
  expect(scripts).toContain('https://core.sanity-cdn.com')
  expect(policy.get('frame-src')).toContain("'self'")
  expect(policy.get('connect-src')).toEqual(
    expect.arrayContaining(["'self'", 'https://cdn.sanity.io', ...(expected.connects ?? [])]),
  )
}
