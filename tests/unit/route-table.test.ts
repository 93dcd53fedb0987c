import { readFileSync } from 'node:fs'
import path from 'node:path'
import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server'
import { describe, expect, it } from 'vitest'
import { choiceField, field, slugField } from '@/lib/listing/fields'
import { listViewRewrites } from '@/lib/listing/rewrites'
import { internalPath, listStaticParams, routeList } from '@/lib/listing/routing'
import { readSegments, toSegments } from '@/lib/listing/segment'
import { defineList } from '@/lib/listing/spec'
import { listTable, type ListTable } from '@/lib/listing/table'
import { proxyMatcher, renderProxyConfig } from '@/lib/proxy/matcher'
import { config } from '@/proxy'
import { rewrittenBy } from '../support/rewrites'

describe('the generated proxy matcher', () => {
  it('is what the table gives, so proxy.ts is not stale', () => {
    expect(config.matcher).toEqual(proxyMatcher(listTable))
    const source = readFileSync(path.join(__dirname, '../../proxy.ts'), 'utf8')
    expect(source.endsWith(renderProxyConfig(listTable))).toBe(true)
  })
})

/** The real table with a made-up filter key, statically served view and locale. */
const events = defineList({
  perPage: 20,
  maxPage: listTable.maxPage,
  query: {
    ...listTable.lists.events.query,
    venue: field(slugField),
    format: field(choiceField(['panel', 'briefing'])),
  },
  views: { key: 'format', values: ['panel'] },
})
const madeUp: ListTable = {
  ...listTable,
  locales: [...listTable.locales, 'xx'],
  lists: { ...listTable.lists, events },
}
const matches = (url: string) =>
  unstable_doesMiddlewareMatch({ config: { matcher: proxyMatcher(madeUp) }, url })
const rewritten = (url: string) => rewrittenBy(listViewRewrites(madeUp), url)

describe('a key, a view and a locale added to the table alone', () => {
  it('makes the proxy normalise the new key and serve its canonical form', () => {
    for (const locale of ['en', 'xx']) {
      expect(matches(`/${locale}/events?venue=%20Geneva-1%20`)).toBe(true)
      expect(rewritten(`/${locale}/events?venue=x`)).toBeNull()
      const search = new URLSearchParams('venue=%20geneva%20&utm_source=m&format=nowhere')
      expect(routeList(locale, 'events', search, madeUp)).toEqual({
        action: 'redirect',
        pathname: `/${locale}/events`,
        search: 'venue=geneva',
      })
      const routed = routeList(locale, 'events', new URLSearchParams('venue=geneva'), madeUp)
      expect(routed).toEqual({
        action: 'rewrite',
        pathname: internalPath(locale, 'events', 'venue=geneva', madeUp),
      })
      const segments = routed?.pathname.split('/').slice(4) ?? []
      expect(readSegments(segments, events.readCanonical)).toMatchObject({ venue: 'geneva' })
    }
  })

  it('serves the new static view and its pages by a rewrite, without the proxy', () => {
    for (const locale of ['en', 'xx']) {
      const view = internalPath(locale, 'events', 'format=panel', madeUp)
      expect(matches(`/${locale}/events?format=panel`)).toBe(false)
      expect(rewritten(`/${locale}/events?format=panel&utm_source=m`)).toBe(view)
      expect(rewritten(`/${locale}/events?format=panel&page=3`)).toBe(
        internalPath(locale, 'events', 'format=panel&page=3', madeUp),
      )
      // Another value of the key, or the view with another key: the proxy.
      expect(matches(`/${locale}/events?format=briefing`)).toBe(true)
      expect(matches(`/${locale}/events?format=panel&venue=geneva`)).toBe(true)
      expect(rewritten(`/${locale}/events?format=briefing`)).toBeNull()
      // The new locale's first views are rewritten, its other pages redirected by locale.
      expect(rewritten(`/${locale}/people`)).toBe(internalPath(locale, 'people', '', madeUp))
    }
    expect(listStaticParams('events', madeUp)).toContainEqual({
      locale: 'xx',
      query: toSegments('format=panel'),
    })
    expect(matches('/xx')).toBe(false)
    expect(matches('/yy/events')).toBe(true)
  })
})
