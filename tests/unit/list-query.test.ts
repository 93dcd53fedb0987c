import { describe, expect, it } from 'vitest'
import { maxSearchLength } from '@/lib/listing/fields'
import { lists } from '@/lib/listing/table'

const canonical = (query: string) => lists.events.canonical(new URLSearchParams(query)).toString()

describe('event list query strings', () => {
  it('drops defaults and sorts keys', () => {
    expect(canonical('when=upcoming&page=1')).toBe('')
    expect(canonical('when=past&topic=covid-19&attendance=online')).toBe(
      'attendance=online&topic=covid-19&when=past',
    )
  })

  it('drops page numbers that are not whole, positive and in range', () => {
    for (const page of ['-1', '0', 'abc', '2.5', '1e3', '', '99999', '10001']) {
      expect(canonical(`page=${page}`)).toBe('')
    }
    expect(canonical('page=7')).toBe('page=7')
    expect(canonical('page=%207%20')).toBe('page=7')
  })

  it('drops unknown keys and values', () => {
    expect(canonical('utm_source=x&attendance=teleport&when=soon&topic=%3Cscript%3E')).toBe('')
  })

  it('keeps the first usable value of a repeated key', () => {
    expect(canonical('topic=a&topic=b')).toBe('topic=a')
    expect(canonical('page=abc&page=3&page=4')).toBe('page=3')
  })

  it('takes a year or a time for when', () => {
    expect(canonical('when=2021')).toBe('when=2021')
    expect(canonical('when=all')).toBe('when=all')
    expect(canonical('when=1492')).toBe('')
  })

  it('trims, collapses and caps free text, and removes control characters', () => {
    expect(canonical('q=%20%20open%0A%0Dsource%09%20')).toBe('q=open+source')
    expect(canonical('q=%20%20')).toBe('')
    const long = lists.events.read(new URLSearchParams({ q: 'é'.repeat(10_000) }))
    expect(Array.from(long.q ?? '')).toHaveLength(maxSearchLength)
  })

  it('is idempotent, so redirecting to it can never loop', () => {
    const inputs = [
      'q=a+b&page=2&when=past&zzz=1',
      'page=-1&q=%E2%80%8B%20x',
      'topic=a&topic=&series=b.c~d&organisation=ORG_1',
      `q=${'x'.repeat(500)}&when=2030&attendance=hybrid`,
    ]
    for (const input of inputs) {
      const once = canonical(input)
      expect(canonical(once)).toBe(once)
    }
  })

  it('reads back only canonical forms', () => {
    expect(lists.events.readCanonical('topic=a&when=past')).toMatchObject({
      topic: 'a',
      when: 'past',
    })
    expect(lists.events.readCanonical('when=past&topic=a')).toBeUndefined()
    expect(lists.events.readCanonical('page=1')).toBeUndefined()
  })
})

describe('other lists', () => {
  it('search keeps q, type and page', () => {
    expect(lists.search.canonical(new URLSearchParams('type=person&q=salem&x=1')).toString()).toBe(
      'q=salem&type=person',
    )
    expect(lists.search.canonical(new URLSearchParams('type=planet')).toString()).toBe('')
  })

  it('initiatives filter by a known status only', () => {
    const read = (q: string) => lists.initiatives.canonical(new URLSearchParams(q)).toString()
    expect(read('status=announced')).toBe('status=announced')
    expect(read('status=imaginary')).toBe('')
  })
})

describe('filtered views', () => {
  type Spec<V> = { read: (input: URLSearchParams) => V; isFiltered: (values: V) => boolean }
  const filtered = <V>(spec: Spec<V>, query: string) =>
    spec.isFiltered(spec.read(new URLSearchParams(query)))

  it('are every view but the first, the statically served ones and their pages', () => {
    for (const query of ['', 'page=3', 'when=past', 'when=past&page=2']) {
      expect(filtered(lists.events, query), query).toBe(false)
    }
    expect(filtered(lists.search, '')).toBe(false)
    expect(filtered(lists.people, 'page=4')).toBe(false)
  })

  it('include any text or filter from the address, alone or with a page', () => {
    for (const query of ['q=x', 'topic=made-up', 'when=1950', 'when=all', 'when=past&q=x']) {
      expect(filtered(lists.events, query), query).toBe(true)
    }
    expect(filtered(lists.search, 'q=hello&page=2')).toBe(true)
    expect(filtered(lists.search, 'type=person')).toBe(true)
  })
})
