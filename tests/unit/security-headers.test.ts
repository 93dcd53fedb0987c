import { buildCustomRoute } from 'next/dist/lib/build-custom-route'
import { describe, expect, it } from 'vitest'
import {
  headerRoutes,
  sanityHosts,
  securityHeaders,
  serializePolicy,
  sitePolicy,
  studioPolicy,
  type SecurityOptions,
} from '@/lib/security-headers'
import { parseContentSecurityPolicy, parsePermissionsPolicy } from '../support/policy'

const http: SecurityOptions = { siteUrl: 'http://localhost:3000' }
const https: SecurityOptions = { siteUrl: 'https://events.example.org' }
const project = { projectId: 'abc123' }

function header(options: SecurityOptions, name: string, studio = false): string | undefined {
  const policy = studio ? studioPolicy(options) : sitePolicy(options)
  return securityHeaders(options, policy).find((entry) => entry.key === name)?.value
}

function policy(options: SecurityOptions, studio = false): Map<string, string[]> {
  return parseContentSecurityPolicy(header(options, 'Content-Security-Policy', studio) ?? '')
}

describe('HSTS and the site address', () => {
  it('sends Strict-Transport-Security and upgrades requests when the site is https', () => {
    expect(header(https, 'Strict-Transport-Security')).toMatch(/^max-age=63072000\b/)
    expect(policy(https).get('upgrade-insecure-requests')).toEqual([])
    expect(policy(https, true).get('upgrade-insecure-requests')).toEqual([])
  })

  it('sends neither over http, where they would lock visitors out', () => {
    expect(header(http, 'Strict-Transport-Security')).toBeUndefined()
    expect(policy(http).has('upgrade-insecure-requests')).toBe(false)
  })
})

describe('the site policy', () => {
  it('parses as a list of directives and holds the required ones', () => {
    const site = policy(http)
    expect(site.get('default-src')).toEqual(["'self'"])
    expect(site.get('object-src')).toEqual(["'none'"])
    expect(site.get('base-uri')).toEqual(["'self'"])
    expect(site.get('form-action')).toEqual(["'self'"])
    expect(site.get('frame-ancestors')).toEqual(["'self'"])
    expect(site.get('img-src')).toEqual(["'self'", 'data:'])
    expect(site.get('connect-src')).toEqual(["'self'"])
  })

  it("allows Next.js's inline scripts without a nonce, and eval only in development", () => {
    expect(policy(http).get('script-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(policy({ ...http, development: true }).get('script-src')).toContain("'unsafe-eval'")
    expect(header(http, 'Content-Security-Policy')).not.toMatch(/nonce-/)
  })

  it('does not open up to Sanity when a project is configured', () => {
    expect(policy({ ...http, sanity: project })).toEqual(policy(http))
  })
})

describe('the Studio policy', () => {
  it("lets the Studio reach the configured project's hosts on Sanity", () => {
    const studio = policy({ ...https, sanity: project }, true)
    expect(studio.get('connect-src')).toEqual(
      expect.arrayContaining([
        'https://abc123.api.sanity.io',
        'wss://abc123.api.sanity.io',
        'https://api.sanity.io',
        'https://cdn.sanity.io',
      ]),
    )
    expect(studio.get('script-src')).toContain('https://core.sanity-cdn.com')
    expect(studio.get('frame-src')).toEqual(["'self'"])
    expect(studio.get('worker-src')).toEqual(["'self'", 'blob:'])
  })

  it('follows a configured API host, prefixed with the project as @sanity/client does', () => {
    const hosts = sanityHosts({ projectId: 'e2e-studio', apiHost: 'http://localhost:3520' })
    expect(hosts.http).toEqual(
      expect.arrayContaining(['http://e2e-studio.localhost:3520', 'http://localhost:3520']),
    )
    expect(hosts.socket).toEqual(['ws://e2e-studio.localhost:3520'])
    const studio = policy(
      { ...http, sanity: { projectId: 'e2e-studio', apiHost: 'http://localhost:3520' } },
      true,
    )
    expect(studio.get('connect-src')).toEqual(
      expect.arrayContaining([
        'http://e2e-studio.localhost:3520',
        'ws://e2e-studio.localhost:3520',
      ]),
    )
  })

  it('names no project host without a project', () => {
    const sources = policy(http, true).get('connect-src') ?? []
    expect(sources.filter((source) => /\.api\.sanity\.io/.test(source))).toEqual([])
  })

  it('is framed by the site only and runs no eval in production', () => {
    const studio = policy({ ...https, sanity: project }, true)
    expect(studio.get('frame-ancestors')).toEqual(["'self'"])
    expect(studio.get('script-src')).not.toContain("'unsafe-eval'")
  })
})

describe('the other headers', () => {
  it('are the same on every response', () => {
    for (const studio of [false, true]) {
      expect(header(http, 'X-Content-Type-Options', studio)).toBe('nosniff')
      expect(header(http, 'Referrer-Policy', studio)).toBe('strict-origin-when-cross-origin')
      expect(header(http, 'X-Frame-Options', studio)).toBe('SAMEORIGIN')
      expect(header(http, 'Cross-Origin-Opener-Policy', studio)).toBe('same-origin')
    }
  })

  it('switch off the browser features the site does not use, keeping the clipboard', () => {
    const features = parsePermissionsPolicy(header(http, 'Permissions-Policy') ?? '')
    for (const name of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
      expect(features.get(name), name).toEqual([])
    }
    expect(features.get('browsing-topics')).toEqual([])
    expect(features.get('interest-cohort')).toEqual([])
    // The Studio copies preview links and pastes fields.
    expect(features.has('clipboard-write')).toBe(false)
    expect(features.has('clipboard-read')).toBe(false)
  })
})

describe('next.config.ts headers()', () => {
  it('gives /studio and everything below it the Studio policy, and every other path the site policy', () => {
    const routes = headerRoutes({ ...https, sanity: project })
    // The header a path gets: the last matching entry's, matched by the expression Next.js
    // writes into the build's routes manifest.
    const policyAt = (path: string) =>
      routes
        .filter((route) => new RegExp(buildCustomRoute('header', route).regex).test(path))
        .flatMap((route) => route.headers)
        .findLast((entry) => entry.key === 'Content-Security-Policy')?.value
    const site = serializePolicy(sitePolicy({ ...https, sanity: project }))
    const studio = serializePolicy(studioPolicy({ ...https, sanity: project }))
    expect(site).not.toBe(studio)
    for (const path of ['/', '/en/events', '/studios', '/api/studio', '/_next/static/x.js']) {
      expect(policyAt(path), path).toBe(site)
    }
    for (const path of ['/studio', '/studio/structure/event', '/studio/presentation']) {
      expect(policyAt(path), path).toBe(studio)
    }
  })
})
