import { searchTypes, type SearchType } from '../event-options'
import { lists } from '../listing/table'
import { pageSlice } from './list-result'
import { exactPattern, searchPattern, segmentedPattern } from './search-pattern'

/**
 * The parameters of the site search query for a visitor's text, optionally of one type, one
 * page at a time; null when the text holds nothing searchable (only punctuation).
 */
export function searchParams(
  locale: string,
  text: string,
  type: SearchType | undefined,
  page: number,
) {
  const pattern = searchPattern(text)
  if (!pattern) return null
  return {
    locale,
    pattern,
    exact: exactPattern(text),
    segmented: segmentedPattern(text),
    allTypes: [...searchTypes],
    types: type ? [type] : [...searchTypes],
    ...pageSlice(page, lists.search.perPage),
  }
}
