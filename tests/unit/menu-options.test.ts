import { describe, expect, it } from 'vitest'
import { busiestOptions, latestOptions } from '@/components/listing/menu-options'

const options = [
  { slug: 'a', events: 1 },
  { slug: 'b', events: 9 },
  { slug: 'c', events: 3 },
  { slug: 'd', events: 9 },
  { slug: 'e', events: 2 },
]
const slugs = (list: { slug: string }[]) => list.map((o) => o.slug)

describe('busiest options of a filter menu', () => {
  it('keeps every option when there are few', () => {
    expect(slugs(busiestOptions(options, undefined, 5))).toEqual(['a', 'b', 'c', 'd', 'e'])
  })

  it('keeps the ones with the most events, in the order given, ties by slug', () => {
    expect(slugs(busiestOptions(options, undefined, 3))).toEqual(['b', 'c', 'd'])
    expect(slugs(busiestOptions(options, undefined, 1))).toEqual(['b'])
  })

  it('keeps the selected option wherever it ranks', () => {
    expect(slugs(busiestOptions(options, 'a', 2))).toEqual(['a', 'b', 'd'])
    expect(slugs(busiestOptions(options, 'b', 2))).toEqual(['b', 'd'])
  })
})

describe('latest options of a filter menu', () => {
  const series = [
    { slug: 'a', latest: '2021-03-01T10:00:00Z' },
    { slug: 'b', latest: null },
    { slug: 'c', latest: '2027-01-15T09:00:00Z' },
    { slug: 'd', latest: '2026-11-20T09:00:00+01:00' },
    { slug: 'e', latest: 'not a date' },
    { slug: 'f', latest: '2026-11-20T08:00:00Z' },
  ]

  it('keeps the ones whose latest event starts last, upcoming first, in the order given', () => {
    expect(slugs(latestOptions(series, undefined, 6))).toEqual(['a', 'b', 'c', 'd', 'e', 'f'])
    expect(slugs(latestOptions(series, undefined, 2))).toEqual(['c', 'd']) // d and f start at once
    expect(slugs(latestOptions(series, undefined, 3))).toEqual(['c', 'd', 'f'])
    expect(slugs(latestOptions(series, undefined, 4))).toEqual(['a', 'c', 'd', 'f'])
  })

  it('puts entries without events (or without a readable date) last, and keeps the selected one', () => {
    expect(slugs(latestOptions(series, undefined, 5))).toEqual(['a', 'b', 'c', 'd', 'f'])
    expect(slugs(latestOptions(series, 'e', 1))).toEqual(['c', 'e'])
  })
})
