import type { Metadata } from 'next'
import { PageFrame } from '@/components/layout/page-frame'
import Link from 'next/link'
import { Pagination } from '@/components/listing/pagination'
import { ResultsHeading } from '@/components/listing/results-heading'
import { SearchForm } from '@/components/search/search-form'
import { SearchHitEntry } from '@/components/search/search-hit'
import { loadPagedList } from '@/lib/data/paged-list'
import { search, type SearchResults } from '@/lib/data/search'
import { searchTypes, type SearchType } from '@/lib/event-options'
import type { Locale } from '@/lib/i18n/config'
import { format, getMessages } from '@/lib/i18n/messages'
import { listHref, listStaticParams } from '@/lib/listing/routing'
import { lists, type SearchQuery } from '@/lib/listing/table'
import { idScope } from '@/lib/dom-id'
import { pageAlternates, pagePath } from '@/lib/seo/page-alternates'

/**
 * /{locale}/search?q=… is answered here, at an internal route, so that each search is a
 * cached page too (lib/listing/routing.ts). The empty form comes through next.config.ts's
 * rewrite or the build's prerendering; every search through the proxy, which makes it canonical.
 */
export const generateStaticParams = () => listStaticParams('search')

const noSearch: SearchResults = {
  counts: { event: 0, person: 0, organisation: 0, initiative: 0 },
  total: 0,
  items: [],
}

function load(params: PageProps<'/[locale]/listing/search/[...query]'>['params']) {
  return loadPagedList(params, lists.search, async (locale, query) =>
    query.q ? search(locale, query.q, query.type, query.page) : noSearch,
  )
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/listing/search/[...query]'>): Promise<Metadata> {
  const { locale, query, result: results } = await load(params)
  const { search: m } = getMessages(locale)
  return {
    title: query.q ? format(locale, m.count, { count: results.total, q: query.q }) : m.title,
    description: m.description,
    alternates: pageAlternates(locale, listHref(locale, 'search', lists.search.write(query))),
    // Result pages are for visitors, not for search engines' indexes.
    robots: query.q ? { index: false, follow: true } : undefined,
  }
}

export default async function SearchPage({
  params,
}: PageProps<'/[locale]/listing/search/[...query]'>) {
  const { locale, query, result: results, pages } = await load(params)
  const messages = getMessages(locale)
  const m = messages.search
  const id = idScope('search', lists.search.write(query).toString())
  const hrefFor = (page: number) =>
    listHref(locale, 'search', lists.search.write({ ...query, page }))
  return (
    <PageFrame
      locale={locale}
      path={pagePath(locale, listHref(locale, 'search', lists.search.write(query)))}
    >
      <div className="container">
        <h1>{query.q ? format(locale, m.resultsTitle, { q: query.q }) : m.title}</h1>
        <SearchForm id={id} locale={locale} q={query.q} />
        {query.q ? (
          <section className="section" aria-labelledby={id('results-heading')}>
            <ResultsHeading
              id={id('results-heading')}
              locale={locale}
              page={query.page}
              pages={pages}
            >
              {format(locale, m.count, { count: results.total, q: query.q })}
            </ResultsHeading>
            <TypeFilter locale={locale} query={query} counts={results.counts} />
            {results.items.length > 0 ? (
              <ol className="entry-list" aria-labelledby={id('results-heading')}>
                {results.items.map((hit) => (
                  <li key={hit._id}>
                    <SearchHitEntry hit={hit} locale={locale} />
                  </li>
                ))}
              </ol>
            ) : (
              <p>{m.noResults}</p>
            )}
            <Pagination locale={locale} page={query.page} pages={pages} hrefFor={hrefFor} />
          </section>
        ) : (
          <p className="lead">{m.prompt}</p>
        )}
      </div>
    </PageFrame>
  )
}

function TypeFilter({
  locale,
  query,
  counts,
}: {
  locale: Locale
  query: SearchQuery
  counts: Record<SearchType, number>
}) {
  const { search: m } = getMessages(locale)
  const all = searchTypes.reduce((sum, type) => sum + counts[type], 0)
  const options = [
    { type: undefined, label: format(locale, m.typeCount, { label: m.allTypes, count: all }) },
    ...searchTypes.map((type) => ({
      type,
      label: format(locale, m.typeCount, { label: m.typeNames[type], count: counts[type] }),
    })),
  ]
  return (
    <nav className="views no-print" aria-label={m.types}>
      <ul>
        {options.map((option) => (
          <li key={option.type ?? 'all'}>
            <Link
              href={listHref(
                locale,
                'search',
                lists.search.write({ ...query, type: option.type, page: 1 }),
              )}
              prefetch={false}
              aria-current={query.type === option.type ? 'page' : undefined}
            >
              {option.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
