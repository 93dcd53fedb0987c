import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { queryLocal } from '@/lib/content/local'
import { searchTypes, type SearchType } from '@/lib/event-options'
import { searchParams } from '@/lib/queries/search-params'
import { exactPattern, searchPattern } from '@/lib/queries/search-pattern'
import { searchQuery } from '@/lib/queries/search'
import { listDataset, now } from '../fixtures/list-dataset'

const resultShape = z.object({
  types: z.array(z.string()),
  items: z.array(z.object({ _id: z.string(), _type: z.string(), title: z.string() })),
})

async function search(text: string, type?: SearchType) {
  const params = searchParams('en', text, type, 1)
  if (!params) throw new Error(`nothing searchable in "${text}"`)
  return resultShape.parse(await queryLocal(searchQuery, params, { dataset: listDataset, now }))
}

describe('search patterns', () => {
  it('makes every term a prefix and drops what GROQ cannot match', () => {
    expect(searchPattern('  Salem av ')).toBe('Salem* av*')
    expect(searchPattern('open-source, "data"')).toBe('open* source* data*')
    expect(searchPattern('wild*card')).toBe('wild* card*')
    expect(searchPattern('!!! ...')).toBeNull()
    expect(searchPattern(undefined)).toBeNull()
    expect(exactPattern('open source')).toBe('open source')
  })
})

describe('search query', () => {
  it('finds every type and counts each', async () => {
    const counts = (types: string[]) =>
      Object.fromEntries(searchTypes.map((t) => [t, types.filter((x) => x === t).length]))
    expect(counts((await search('o')).types)).toEqual({
      event: 3,
      person: 0,
      organisation: 2,
      initiative: 1,
    })
    expect(counts((await search('ada')).types)).toMatchObject({ person: 1, event: 2 })
  })

  it('ranks a name match above a match in the people of an event', async () => {
    const result = await search('Ada Lovelace')
    expect(result.items[0]).toMatchObject({ _id: 'person-ada', _type: 'person' })
    expect(result.items.map((item) => item._id)).toEqual(
      expect.arrayContaining(['e-online-past', 'e-online-next']),
    )
  })

  it('ranks a whole-word title match above a prefix match', async () => {
    const titles = (await search('open')).items.map((item) => item.title)
    const prefixOnly = titles.indexOf('Openness Foundation')
    expect(prefixOnly).toBeGreaterThan(-1)
    for (const whole of ['Future of open source', 'Open data talk', 'Open Registry']) {
      expect(titles.indexOf(whole)).toBeGreaterThan(-1)
      expect(titles.indexOf(whole)).toBeLessThan(prefixOnly)
    }
  })

  it('finds organisations by acronym and can keep to one type', async () => {
    const result = await search('OX', 'organisation')
    expect(result.items.map((item) => item._id)).toEqual(['org-x'])
    expect(result.types).toContain('organisation')
  })

  it('never returns drafts', async () => {
    expect((await search('secret')).items).toEqual([])
  })
})
