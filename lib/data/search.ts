import { fetchContent } from '../content/fetch'
import { parseList } from '../content/parse'
import { searchTypes, type SearchType } from '../event-options'
import { searchParams } from '../queries/search-params'
import { searchHit, searchQuery, searchResult } from '../queries/search'

export type SearchResults = {
  counts: Record<SearchType, number>
  total: number
  items: ReturnType<typeof parseHits>
}

const parseHits = (items: unknown[]) => parseList(searchHit, items, 'search result')

/** Ranked results for a visitor's text, optionally of one type, one page at a time. */
export async function search(
  locale: string,
  text: string,
  type: SearchType | undefined,
  page: number,
): Promise<SearchResults> {
  'use cache'
  const counts = { event: 0, person: 0, organisation: 0, initiative: 0 }
  const params = searchParams(locale, text, type, page)
  if (!params) return { counts, total: 0, items: [] }
  const data = await fetchContent(searchQuery, params, [...searchTypes], [], {
    keepLastGood: false,
  })
  const result = searchResult.catch({ types: [], items: [] }).parse(data)
  for (const found of result.types) counts[found] += 1
  const total = type ? counts[type] : result.types.length
  return { counts, total, items: parseHits(result.items) }
}
