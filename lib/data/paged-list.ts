import { notFound } from 'next/navigation'
import { isLocale, type Locale } from '../i18n/config'
import { readSegments } from '../listing/segment'
import { markTransient } from './page-cache'

/**
 * The common steps of every list page, served at its internal route
 * (`/{locale}/listing/{list}/{segments}`, lib/listing/routing.ts): a known locale, a
 * canonical query in the path segments, the page's results, and a page number within the
 * list; anything else is a 404. A filtered view (a search, a topic) is marked transient, so
 * made-up addresses cannot fill the disk (docs/security.md).
 */
export async function loadPagedList<Q extends { page: number }, R extends { total: number }>(
  params: Promise<{ locale: string; query: string[] }>,
  list: {
    readCanonical: (canonical: string) => Q | undefined
    isFiltered: (query: Q) => boolean
    perPage: number
  },
  fetch: (locale: Locale, query: Q) => Promise<R>,
) {
  const { locale, query: segments } = await params
  if (!isLocale(locale)) notFound()
  const query = readSegments(segments, list.readCanonical)
  if (!query) notFound()
  if (list.isFiltered(query)) await markTransient()
  const result = await fetch(locale, query)
  // At least one page, so an empty list still has its page.
  const pages = Math.max(1, Math.ceil(result.total / list.perPage))
  if (query.page > pages) notFound()
  return { locale, query, result, pages }
}
