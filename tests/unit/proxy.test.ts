import { NextRequest } from 'next/server'
import { getRedirectUrl, getRewrittenUrl, isRewrite } from 'next/experimental/testing/server'
import { describe, expect, it } from 'vitest'
import { proxy } from '@/proxy'
import { internalPath } from '@/lib/listing/routing'

const request = (path: string, headers: Record<string, string> = {}) =>
  proxy(new NextRequest(`http://portal.test${path}`, { headers }))

describe('proxy', () => {
  it('still sends an address without a locale to the visitor’s language', () => {
    const response = request('/events?when=past', { 'accept-language': 'fr-CH, en;q=0.8' })
    expect(response.status).toBe(307)
    expect(getRedirectUrl(response)).toBe('http://portal.test/fr/events?when=past')
    const unsupported = request('/events', { 'accept-language': 'de-CH, pt;q=0.8' })
    expect(getRedirectUrl(unsupported)).toBe('http://portal.test/en/events')
  })

  it('serves a canonical list address from its internal route, keeping the address', () => {
    const response = request('/en/events?topic=covid-19&when=past')
    expect(isRewrite(response)).toBe(true)
    expect(getRewrittenUrl(response)).toBe(
      `http://portal.test${internalPath('en', 'events', 'topic=covid-19&when=past')}`,
    )
  })

  it('redirects a malformed list address to its canonical form', () => {
    const cases = {
      '/en/events?page=-1': 'http://portal.test/en/events',
      '/en/events?page=abc&when=past&utm_source=mail': 'http://portal.test/en/events?when=past',
      '/en/search?q=+open++source+&type=': 'http://portal.test/en/search?q=open+source',
      '/en/people?page=2&page=3': 'http://portal.test/en/people?page=2',
    }
    for (const [path, target] of Object.entries(cases)) {
      const response = request(path)
      expect(response.status, path).toBe(307)
      expect(getRedirectUrl(response), path).toBe(target)
    }
  })

  it('caps a 10 kB search at 200 characters', () => {
    const response = request(`/en/search?q=${'a'.repeat(10_240)}`)
    expect(getRedirectUrl(response)).toBe(`http://portal.test/en/search?q=${'a'.repeat(200)}`)
  })

  it('passes other pages through untouched', () => {
    for (const path of ['/en/events/some-event', '/en', '/en/listingx', '/en/events/listing']) {
      const response = request(path)
      expect(isRewrite(response), path).toBe(false)
      expect(response.headers.get('x-middleware-next'), path).toBe('1')
    }
  })

  it('answers the lists’ internal routes asked for directly with the locale’s 404 page', () => {
    const paths = [
      internalPath('en', 'events', ''),
      internalPath('fr', 'events', 'topic=covid-19&when=past'),
      '/ar/listing',
      '/es/listing/people/anything?page=2',
    ]
    for (const path of paths) {
      const response = request(path)
      const locale = path.split('/')[1]
      expect(isRewrite(response), path).toBe(true)
      expect(getRewrittenUrl(response), path).toBe(`http://portal.test/${locale}/not-found`)
    }
  })
})
