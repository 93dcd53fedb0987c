import { searchTypes, type SearchType } from './lists'
import { exactPattern, searchPattern } from './search-pattern'

export const resultsPerPage = 20

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
  const start = (page - 1) * resultsPerPage
  return {
    locale,
    pattern,
    exact: exactPattern(text),
    allTypes: [...searchTypes],
    types: type ? [type] : [...searchTypes],
    start,
    end: start + resultsPerPage,
  }
}
