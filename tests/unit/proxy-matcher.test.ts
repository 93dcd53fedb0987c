import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server'
import { describe, expect, it } from 'vitest'
import { locales } from '@/lib/i18n/config'
import { internalPath, routeList, staticViews } from '@/lib/listing/routing'
import { canonicalPage, listKeys } from '@/lib/listing/rewrites'
import { listTable, lists, type ListTable } from '@/lib/listing/table'
import { bodyLimits } from '@/lib/server/body-limits'
import nextConfig from '@/next.config'
import { config } from '@/proxy'
import { rewrittenBy } from '../support/rewrites'

const matches = (url: string, cookies: Record<string, string> = {}) =>
  unstable_doesMiddlewareMatch({ config, url, cookies })

const rewritten = async (url: string) => {
  const rewrites = await nextConfig.rewrites?.()
  return rewrittenBy(rewrites && !Array.isArray(rewrites) ? (rewrites.beforeFiles ?? []) : [], url)
}

const listNames = Object.keys(lists)
const table: ListTable = listTable
const canonicalOf = (list: string, query: URLSearchParams) => {
  const spec = table.lists[list]
  if (!spec) throw new Error(`no list ${list}`)
  return spec.canonical(query)
}
const fixedViews = staticViews()

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

  it('runs for the lists’ internal routes asked for directly, to answer them with a 404', () => {
    for (const locale of locales) {
      for (const list of listNames) {
        for (const query of ['', 'page=2', 'topic=covid-19&when=past']) {
          const url = internalPath(locale, list, query)
          expect(matches(url), url).toBe(true)
        }
      }
      expect(matches(`/${locale}/listing`)).toBe(true)
      expect(matches(`/${locale}/events/listing`)).toBe(false)
    }
  })

  it('leaves a list without a query string, or with unknown keys only, to its first view', async () => {
    for (const locale of locales) {
      for (const list of listNames) {
        const first = internalPath(locale, list, '')
        for (const url of [`/${locale}/${list}`, `/${locale}/${list}?utm_source=mail&Q=x`]) {
          expect(matches(url), url).toBe(false)
          expect(await rewritten(url), url).toBe(first)
        }
        // With a key a list reads, the proxy serves it; the first-view rewrite stays out.
        for (const key of listKeys().filter((k) => k !== 'page')) {
          expect(await rewritten(`/${locale}/${list}?${key}=2`), `${list} ${key}`).toBeNull()
        }
        // Except a canonical page number, which has a rewrite of its own (next test).
        expect(await rewritten(`/${locale}/${list}?page=2`)).toBe(
          internalPath(locale, list, 'page=2'),
        )
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
          ...listKeys()
            .filter((k) => k !== key && k !== 'page')
            .map((k) => `/${locale}/${list}?${query}&${k}=2`),
          `/${locale}/${list}?${query}&page=1`,
          `/${locale}/${list}?${query}&page=02`,
          `/${locale}/${list}?${query}&page=2&topic=x`,
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

  it('leaves canonical page numbers of the first and fixed views to a rewrite to the route the proxy would pick', async () => {
    const views = [
      ...listNames.map((list) => ({ list, query: '' })),
      ...fixedViews.map(({ list, key, value }) => ({ list, query: `${key}=${value}` })),
    ]
    for (const locale of locales) {
      for (const { list, query } of views) {
        const withPage = (page: string) =>
          new URLSearchParams([...new URLSearchParams(query), ['page', page]])
        for (const page of ['2', '9', '10', '99', '100', '1234', '9999', '10000']) {
          const routed = routeList(locale, list, canonicalOf(list, withPage(page)))
          expect(routed, `${list} ${query} ${page}`).toEqual({
            action: 'rewrite',
            pathname: internalPath(locale, list, canonicalOf(list, withPage(page)).toString()),
          })
          for (const url of [
            `/${locale}/${list}?${withPage(page)}`,
            `/${locale}/${list}?page=${page}${query ? `&${query}` : ''}&utm_source=m`,
          ]) {
            expect(matches(url), url).toBe(false)
            expect(await rewritten(url), url).toBe(routed?.action === 'rewrite' && routed.pathname)
          }
        }
        // Any other spelling of a page number: the proxy, which redirects it.
        for (const page of ['1', '0', '02', '10001', '99999', '-2', 'x', '2.0', '%202']) {
          const url = `/${locale}/${list}?${withPage('')
            .toString()
            .replace(/page=$/, `page=${page}`)}`
          expect(matches(url), url).toBe(true)
          expect(await rewritten(url), url).toBeNull()
          expect(
            routeList(locale, list, new URL(url, 'http://portal.test').searchParams)?.action,
            url,
          ).toBe('redirect')
        }
      }
    }
  })

  it('has a page pattern that matches exactly the canonical page numbers', () => {
    const pattern = new RegExp(`^(?:${canonicalPage()})$`)
    for (let page = -1; page <= listTable.maxPage + 2; page++) {
      const canonical = lists.events
        .canonical(new URLSearchParams({ page: String(page) }))
        .toString()
      expect(pattern.test(String(page)), String(page)).toBe(canonical === `page=${page}`)
    }
    expect(pattern.test('02')).toBe(false)
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
    const urls = ['/en/events/some-event', '/en', '/sitemap.xml', '/api/preview', '/api/v1/events']
    for (const url of urls) {
      expect(matches(url, cookies), url).toBe(true)
    }
    expect(matches('/_next/static/chunk.js', cookies)).toBe(false)
  })

  it('never runs for the routes that read a body, so Next.js never buffers a copy of it', () => {
    const cookies = { __prerender_bypass: 'x' }
    for (const route of Object.keys(bodyLimits)) {
      expect(matches(route, cookies), route).toBe(false)
      expect(matches(`${route}?path=/en`, cookies), route).toBe(false)
    }
    // Only those exact routes: their neighbours are still checked.
    expect(matches('/api/revalidated', cookies)).toBe(true)
    expect(matches('/api/preview/linkshare', cookies)).toBe(true)
  })
})
