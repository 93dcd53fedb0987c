import {
  getRewrittenUrl,
  unstable_doesMiddlewareMatch,
  unstable_getResponseFromNextConfig,
} from 'next/experimental/testing/server'
import { describe, expect, it } from 'vitest'
import { locales } from '@/lib/i18n/config'
import { internalPath, isListName, lists, routeList } from '@/lib/listing/routing'
import { fixedViews, listKeys } from '@/lib/listing/first-view'
import nextConfig from '@/next.config'
import { config } from '@/proxy'

const matches = (url: string, cookies: Record<string, string> = {}) =>
  unstable_doesMiddlewareMatch({ config, url, cookies })

const rewritten = async (url: string) => {
  const response = await unstable_getResponseFromNextConfig({
    url: `http://portal.test${url}`,
    nextConfig,
  })
  const to = getRewrittenUrl(response)
  return to === null ? null : new URL(to).pathname
}

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

  it('leaves a list without a query string, or with unknown keys only, to its first view', async () => {
    for (const locale of locales) {
      for (const list of Object.keys(lists).filter(isListName)) {
        const first = internalPath(locale, list, '')
        for (const url of [`/${locale}/${list}`, `/${locale}/${list}?utm_source=mail&Q=x`]) {
          expect(matches(url), url).toBe(false)
          expect(await rewritten(url), url).toBe(first)
        }
        // With a key a list reads, the proxy serves it; the first-view rewrite stays out.
        for (const key of listKeys) {
          expect(await rewritten(`/${locale}/${list}?${key}=2`), `${list} ${key}`).toBeNull()
        }
      }
    }
  })

  it('leaves the fixed views (the "Past" tab) to a rewrite to the route the proxy would pick', async () => {
    for (const locale of locales) {
      for (const { list, key, value } of fixedViews) {
        const query = new URLSearchParams({ [key]: value })
        const routed = routeList(locale, list, query)
        expect(routed, `${list}?${query}`).toEqual({
          action: 'rewrite',
          pathname: expect.any(String),
        })
        for (const url of [
          `/${locale}/${list}?${query}`,
          `/${locale}/${list}?utm_source=m&${query}`,
        ]) {
          expect(matches(url), url).toBe(false)
          expect(await rewritten(url), url).toBe(routed?.action === 'rewrite' && routed.pathname)
        }
        // Another value, another spelling, another key beside it or another list: the proxy.
        const others = [
          `/${locale}/${list}?${key}=${value}x`,
          `/${locale}/${list}?${key}=${value.toUpperCase()}`,
          `/${locale}/${list}?${key}=x&${key}=${value}x`,
          ...listKeys.filter((k) => k !== key).map((k) => `/${locale}/${list}?${query}&${k}=2`),
          ...Object.keys(lists)
            .filter((other) => other !== list)
            .map((other) => `/${locale}/${other}?${query}`),
        ]
        for (const url of others) {
          expect(matches(url), url).toBe(true)
          expect(await rewritten(url), url).toBeNull()
        }
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
