import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server'
import { describe, expect, it } from 'vitest'
import { locales } from '@/lib/i18n/config'
import { lists } from '@/lib/listing/routing'
import { config } from '@/proxy'

const matches = (url: string, cookies: Record<string, string> = {}) =>
  unstable_doesMiddlewareMatch({ config, url, cookies })

describe('where the proxy runs', () => {
  it('runs for addresses without a locale, so they are redirected', () => {
    for (const url of ['/', '/events', '/events/some-event?x=1', '/people/someone']) {
      expect(matches(url), url).toBe(true)
    }
  })

  it('runs for every list page of every locale when the query string has a key it reads', () => {
    for (const locale of locales) {
      for (const [list, spec] of Object.entries(lists)) {
        for (const key of spec.keys) {
          expect(matches(`/${locale}/${list}?${key}=x`), `${list} ${key}`).toBe(true)
          expect(matches(`/${locale}/${list}?utm_source=mail&${key}=-1`), `${list} ${key}`).toBe(
            true,
          )
        }
      }
    }
  })

  it('leaves a list without a query string, or with unknown keys only, to its first view', () => {
    for (const locale of locales) {
      for (const list of Object.keys(lists)) {
        expect(matches(`/${locale}/${list}`), list).toBe(false)
        expect(matches(`/${locale}/${list}?utm_source=mail&Q=x`), list).toBe(false)
      }
    }
  })

  it('stays out of prerendered pages, files, the Studio and the API for the public', () => {
    for (const locale of locales) {
      for (const path of ['', '/events/some-event', '/people/someone', '/feeds/rss.xml']) {
        expect(matches(`/${locale}${path}`), path).toBe(false)
      }
    }
    for (const url of ['/studio', '/api/revalidate', '/sitemap.xml', '/_next/static/x.js']) {
      expect(matches(url), url).toBe(false)
    }
  })

  it('runs for every page, file and route while the draft-mode cookie is present', () => {
    const cookies = { __prerender_bypass: 'x' }
    for (const url of ['/en/events/some-event', '/en', '/sitemap.xml', '/api/revalidate']) {
      expect(matches(url, cookies), url).toBe(true)
    }
    expect(matches('/_next/static/chunk.js', cookies)).toBe(false)
  })
})
