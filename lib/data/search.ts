import { fetchContent } from '../content/fetch'
import { parseList } from '../content/parse'
import { searchTypes, type SearchType } from '../listing/lists'
import { exactPattern, searchPattern } from '../listing/search-pattern'
import { searchHit, searchQuery, searchResult } from '../queries/search'

export const resultsPerPage = 20

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
  const pattern = searchPattern(text)
  if (!pattern) return { counts, total: 0, items: [] }
  const start = (page - 1) * resultsPerPage
  const data = await fetchContent(
    searchQuery,
    {
      locale,
      pattern,
      exact: exactPattern(text),
      allTypes: [...searchTypes],
      types: type ? [type] : [...searchTypes],
      start,
      end: start + resultsPerPage,
    },
    [...searchTypes],
  )
  const result = searchResult.catch({ types: [], items: [] }).parse(data)
  for (const found of result.types) counts[found] += 1
  const total = type ? counts[type] : result.types.length
  return { counts, total, items: parseHits(result.items) }
}
