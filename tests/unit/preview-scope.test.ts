import { describe, expect, it } from 'vitest'
import {
  normalisePath,
  normaliseScope,
  pathInScope,
  returnPath,
  scopeHome,
} from '@/lib/preview/scope'

describe('preview scopes', () => {
  it('canonicalises a page or section scope, trailing slash included', () => {
    expect(normaliseScope('/en/events/a')).toBe('/en/events/a')
    expect(normaliseScope('/en/events/a/')).toBe('/en/events/a')
    expect(normaliseScope('/en/*')).toBe('/en/*')
    expect(normaliseScope('/*')).toBe('/*')
    expect(normaliseScope('/en/événements')).toBe('/en/%C3%A9v%C3%A9nements')
  })

  it.each([
    '',
    'en/events/a',
    '//evil.example/x',
    '/en/../studio',
    '/en/./events',
    '/en//events',
    '/en/%2e%2e/studio',
    '/en/%2F/x',
    '/en\\events',
    '/en/events?x=1',
    '/en/events#x',
    '/en/ev ents',
    '/en/*/events',
    '/en/ev*',
    '/en/events/a\n',
    `/${'a'.repeat(600)}`,
  ])('refuses %j', (input) => {
    expect(normaliseScope(input)).toBeNull()
  })

  it('a page scope covers that page only, with or without a trailing slash', () => {
    const scope = '/en/events/a'
    expect(pathInScope(scope, '/en/events/a')).toBe(true)
    expect(pathInScope(scope, '/en/events/a/')).toBe(true)
    expect(pathInScope(scope, '/en/events/ab')).toBe(false)
    expect(pathInScope(scope, '/en/events/a/more')).toBe(false)
    expect(pathInScope(scope, '/en/events')).toBe(false)
    expect(pathInScope(scope, '/EN/events/a')).toBe(false)
  })

  it('a section scope covers its top and everything below, not its neighbours', () => {
    expect(pathInScope('/en/*', '/en')).toBe(true)
    expect(pathInScope('/en/*', '/en/')).toBe(true)
    expect(pathInScope('/en/*', '/en/events/a')).toBe(true)
    expect(pathInScope('/en/*', '/english')).toBe(false)
    expect(pathInScope('/en/*', '/fr/events/a')).toBe(false)
    expect(pathInScope('/*', '/fr/events/a')).toBe(true)
  })

  it('dot segments cannot climb out of a scope', () => {
    expect(pathInScope('/en/events/a', '/en/events/a/../b')).toBe(false)
    expect(pathInScope('/en/events/*', '/en/events/../../studio')).toBe(false)
    expect(pathInScope('/en/events/*', '/en/events/%2e%2e/people')).toBe(false)
    expect(pathInScope('/en/events/*', '/en/events/x%2f..%2f..%2fpeople')).toBe(false)
    expect(pathInScope('/en/events/b', '/en/events/a/../b')).toBe(true)
    expect(pathInScope('/en/*', '//en/events')).toBe(false)
  })

  it('normalises paths for redirects and never yields another host', () => {
    expect(normalisePath('/en/events/a/')).toBe('/en/events/a')
    expect(normalisePath('/')).toBe('/')
    expect(normalisePath('/..//evil.example')).toBeNull()
    expect(normalisePath('//evil.example')).toBeNull()
    expect(normalisePath('https://evil.example/')).toBeNull()
    expect(normalisePath('/\\evil.example')).toBeNull()
  })

  it('a link lands on the page, or on the top of its section', () => {
    expect(scopeHome('/en/events/a')).toBe('/en/events/a')
    expect(scopeHome('/en/*')).toBe('/en')
    expect(scopeHome('/*')).toBe('/')
  })
})

describe('returnPath: where leaving preview goes', () => {
  it.each([
    ['/en/events/a', '/en/events/a'],
    ['/en/events/a/', '/en/events/a'],
    ['/en/events/a/../b', '/en/events/b'],
    ['/en/events?topic=open-source&page=2', '/en/events?topic=open-source&page=2'],
    ['/en/people/salem-avan#bio', '/en/people/salem-avan#bio'],
    ['/', '/'],
  ])('keeps a site path: %j → %j', (value, expected) => {
    expect(returnPath(value)).toBe(expected)
  })

  it.each([
    ['/€', '/%E2%82%AC'],
    ['/en/événements', '/en/%C3%A9v%C3%A9nements'],
    ['/en/search?q=événement', '/en/search?q=%C3%A9v%C3%A9nement'],
    ['/en#€', '/en#%E2%82%AC'],
  ])('percent-encodes what a header cannot hold: %j → %j', (value, expected) => {
    const path = returnPath(value)
    expect(path).toBe(expected)
    // What failed before: a Location header with a non-ASCII or NUL character throws.
    expect(() => new Headers({ Location: path })).not.toThrow()
  })

  it.each([
    null,
    undefined,
    42,
    '',
    '\0',
    '/\0',
    '/en/\0/events',
    '/en\r\nSet-Cookie: x=1',
    '/en/ events',
    '/en?q=a b',
    '/en/\u0085',
    'https://evil.example',
    '//evil.example/en',
    '/\\evil.example',
    '/..//evil.example',
    '/en/%2e%2e/studio',
    'javascript:alert(1)',
    'en/events',
  ])('sends %j to the home page', (value) => {
    expect(returnPath(value)).toBe('/')
  })
})
