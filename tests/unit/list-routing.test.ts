import { describe, expect, it } from 'vitest'
import { internalPath, routeList } from '@/lib/listing/routing'
import { fromSegments, toSegments } from '@/lib/listing/segment'

const route = (rest: string, query = '') => routeList('en', rest, new URLSearchParams(query))

/** The query's entries encoded whole, as no canonical query is: a page number left inside. */
function encodedOnly(query: string): string[] {
  const json = JSON.stringify([...new URLSearchParams(query)])
  return [Buffer.from(json, 'utf8').toString('base64url')]
}

describe('list routing', () => {
  it('rewrites a canonical list address to its internal route', () => {
    expect(route('events', 'topic=covid-19&when=past')).toEqual({
      action: 'rewrite',
      pathname: internalPath('en', 'events', 'topic=covid-19&when=past'),
    })
    expect(route('people')).toEqual({
      action: 'rewrite',
      pathname: internalPath('en', 'people', ''),
    })
  })

  it('redirects any other form to the canonical one', () => {
    expect(route('events', 'page=-1')).toEqual({
      action: 'redirect',
      pathname: '/en/events',
      search: '',
    })
    expect(route('search', 'type=event&q=open')).toEqual({
      action: 'redirect',
      pathname: '/en/search',
      search: 'q=open&type=event',
    })
  })

  it('treats %20 and + alike, so an encoding difference never redirects', () => {
    expect(route('search', 'q=open%20source')).toMatchObject({ action: 'rewrite' })
  })

  it('leaves other addresses alone, including the internal routes themselves', () => {
    expect(route('events/some-event')).toBeUndefined()
    expect(route('about')).toBeUndefined()
    expect(route(internalPath('en', 'events', '').slice('/en/'.length))).toBeUndefined()
  })
})

describe('internal route segments', () => {
  it('round-trip any canonical query, Unicode included', () => {
    for (const query of ['', 'q=caf%C3%A9+%E4%B8%AD%E6%96%87&when=past', 'page=3&topic=a-b']) {
      expect(fromSegments(toSegments(query))).toBe(query)
    }
  })

  it('use only URL-safe characters, in pieces short enough for file names', () => {
    const segments = toSegments(new URLSearchParams({ q: '𝒜'.repeat(200) }).toString())
    expect(segments.length).toBeGreaterThan(1)
    for (const segment of segments) {
      expect(segment).toMatch(/^[A-Za-z0-9_-]{1,200}$/)
    }
  })

  it('carry a page number as a readable last segment, so a config rewrite can build it', () => {
    expect(toSegments('page=2')).toEqual([...toSegments(''), 'page-2'])
    expect(toSegments('page=12&when=past')).toEqual([...toSegments('when=past'), 'page-12'])
    expect(fromSegments([...toSegments('attendance=online&topic=x'), 'page-3'])).toBe(
      'attendance=online&page=3&topic=x',
    )
    expect(internalPath('en', 'events', 'page=2')).toBe('/en/listing/events/W10/page-2')
  })

  it('give each view one internal path only', () => {
    for (const forged of [
      encodedOnly('page=2'),
      [...encodedOnly('page=2'), 'page-3'],
      ['page-2'],
      [...toSegments(''), 'page-02'],
      [...toSegments(''), 'page-0'],
      [...toSegments(''), 'page-2', 'page-3'],
    ]) {
      expect(fromSegments(forged), forged.join('/')).toBeUndefined()
    }
  })

  it('reject anything that is not an encoded query', () => {
    for (const forged of [['%2F'], ['abc'], ['W3sx'], ['Pw'], ['']]) {
      expect(fromSegments(forged)).toBeUndefined()
    }
  })
})
