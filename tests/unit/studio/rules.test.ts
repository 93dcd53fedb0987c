import { describe, expect, it } from 'vitest'
import {
  checkLink,
  checkSlug,
  checkTimeZone,
  checkWithin,
  isSlug,
  slugify,
} from '@/sanity/schemaTypes/rules'

/** Edge cases of the pure checks; whole documents are covered in validation.test.ts. */
describe('checkLink', () => {
  it.each([
    'https://example.org',
    'http://example.org/a?b=c#d',
    'mailto:events@example.org',
    'https://例え.jp/パス',
  ])('accepts %s', (url) => {
    expect(checkLink(url)).toBe(true)
  })

  it.each([
    'javascript:alert(1)',
    'data:text/html,hi',
    'ftp://example.org',
    '/en/events',
    'example.org',
    ' https://example.org',
    'https://user:password@example.org',
    'https://',
  ])('refuses %j', (url) => {
    expect(checkLink(url)).toBe('Links must start with https://, http:// or mailto:.')
  })

  it('limits web-only fields to web addresses', () => {
    expect(checkLink('mailto:a@example.org', ['http', 'https'])).toBe(
      'Enter a web address that starts with https:// or http://.',
    )
  })
})

describe('checkTimeZone', () => {
  it.each([
    'UTC',
    'America/New_York',
    'Europe/Zurich',
    'Asia/Kolkata',
    'America/Argentina/Buenos_Aires',
  ])('accepts %s', (zone) => {
    expect(checkTimeZone(zone)).toBe(true)
  })

  it('suggests the right spelling or the full name', () => {
    expect(checkTimeZone('europe/zurich')).toBe('Write the time zone as "Europe/Zurich".')
    expect(checkTimeZone('Los Angeles')).toBe(
      'Use the full time zone name, e.g. "America/Los_Angeles".',
    )
  })

  it.each(['GMT+2', 'CET', 'Europe/Geneva', 42])('refuses %j', (zone) => {
    expect(checkTimeZone(zone)).toBe(
      'Use a time zone name such as "America/New_York" or "Europe/Zurich" (IANA time zone).',
    )
  })
})

describe('checkSlug', () => {
  it('accepts lowercase words joined by single hyphens', () => {
    expect(checkSlug('unga-76-side-event', 'event')).toBe(true)
  })

  it.each(['Upper', 'two  spaces', 'double--hyphen', '-leading', 'trailing-', 'café'])(
    'refuses %j',
    (slug) => {
      expect(checkSlug(slug, 'event')).toMatch(/^A web address \(slug\) can only use/)
    },
  )

  it('refuses very long addresses', () => {
    expect(checkSlug('a'.repeat(97), 'event')).toBe(
      'Keep the web address (slug) under 96 characters.',
    )
  })
})

describe('slugify', () => {
  it.each([
    ['Café 2027', 'cafe-2027'],
    ['Science <-> Policy', 'science-policy'],
    ['R&D in the "public" sector', 'r-and-d-in-the-public-sector'],
    ["O'Neil's talk", 'o-neil-s-talk'],
    ['../../studio', 'studio'],
    ['Ærø – Łódź, Straße', 'aero-lodz-strasse'],
    ['  Open--Source   Week! ', 'open-source-week'],
    ['UNGA 76: side event', 'unga-76-side-event'],
  ])('makes %j into %j', (title, slug) => {
    expect(slugify(title)).toBe(slug)
  })

  it('cuts a long title at a word boundary, within the limit', () => {
    const slug = slugify(`${'word '.repeat(30)}end`)
    expect(slug.length).toBeLessThanOrEqual(96)
    expect(slug).toMatch(/^(word-)*word$/)
    expect(slugify('x'.repeat(200))).toBe('x'.repeat(96))
  })

  it('gives nothing, for the editor to type, when no Latin letter or digit is left', () => {
    expect(slugify('开源 · المصادر')).toBe('')
    expect(checkSlug(slugify('开源'), 'event')).toMatch(/needs a web address/)
  })

  it.each(['Café 2027', 'a "quoted" <b>title</b>', '\u0000\r\nX-Injected: 1', '٣ · ½ · Ⅻ', 'ﬁrst'])(
    'always makes a slug the site can serve from %j',
    (title) => {
      expect(isSlug(slugify(title))).toBe(true)
    },
  )
})

describe('checkWithin', () => {
  const span = { start: '2030-01-01T10:00:00Z', end: '2030-01-01T12:00:00Z' }
  it('accepts items on the boundaries', () => {
    expect(checkWithin({ start: span.start, end: span.end }, span)).toBe(true)
  })
  it('says nothing while the event itself has no valid span', () => {
    expect(
      checkWithin({ start: '2029-01-01T00:00:00Z' }, { start: span.end, end: span.start }),
    ).toBe(true)
  })
})
