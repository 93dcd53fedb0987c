import { describe, expect, it } from 'vitest'
import { busiestOptions } from '@/lib/listing/menu-options'

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
