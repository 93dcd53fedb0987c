import { notFound } from 'next/navigation'
import { isLocale, type Locale } from '../i18n/config'
import { pageCount } from './page-count'
import { readSegments } from './segment'

/**
 * The common steps of a paged list page: a known locale, a canonical query in the path
 * segments, the page's results, and a page number within the list; anything else is a 404.
 */
export async function loadPagedList<Q extends { page: number }, R extends { total: number }>(
  params: Promise<{ locale: string; query: string[] }>,
  list: {
    readCanonical: (canonical: string) => Q | undefined
    fetch: (locale: Locale, query: Q) => Promise<R>
    perPage: number
  },
) {
  const { locale, query: segments } = await params
  if (!isLocale(locale)) notFound()
  const query = readSegments(segments, list.readCanonical)
  if (!query) notFound()
  const result = await list.fetch(locale, query)
  const pages = pageCount(result.total, list.perPage)
  if (query.page > pages) notFound()
  return { locale, query, result, pages }
}
