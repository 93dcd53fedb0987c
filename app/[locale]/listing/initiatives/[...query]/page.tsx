import type { Metadata } from 'next'
import Link from 'next/link'
import { InitiativeCard } from '@/components/initiative/initiative-card'
import { Pagination } from '@/components/listing/pagination'
import { ResultsHeading } from '@/components/listing/results-heading'
import { initiativesPerPage, listInitiatives } from '@/lib/data/initiatives'
import { locales } from '@/lib/i18n/config'
import { getMessages } from '@/lib/i18n/messages'
import { plural } from '@/lib/i18n/plural'
import { initiativeList, initiativeStatuses } from '@/lib/listing/lists'
import { pageSuffix } from '@/lib/listing/page-count'
import { listHref } from '@/lib/listing/routing'
import { toSegments } from '@/lib/listing/segment'
import { idScope } from '@/lib/dom-id'
import { loadPagedList } from '@/lib/listing/load-page'
import { pageAlternates } from '@/lib/seo/page-alternates'

/** Served at /{locale}/initiatives?…: the proxy rewrites the public address here. */
export function generateStaticParams() {
  return locales.map((locale) => ({ locale, query: toSegments('') }))
}

function load(params: PageProps<'/[locale]/listing/initiatives/[...query]'>['params']) {
  return loadPagedList(params, {
    readCanonical: initiativeList.readCanonical,
    fetch: (locale, query) => listInitiatives(locale, query.status, query.page),
    perPage: initiativesPerPage,
  })
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/listing/initiatives/[...query]'>): Promise<Metadata> {
  const { locale, query, pages } = await load(params)
  const messages = getMessages(locale)
  const status = query.status ? ` (${messages.directory.statuses[query.status]})` : ''
  const page = pageSuffix(locale, query.page, pages)
  return {
    title: `${messages.directory.initiativesTitle}${status}${page}`,
    description: messages.directory.initiativesDescription,
    alternates: pageAlternates(
      locale,
      listHref(locale, 'initiatives', initiativeList.write(query)),
    ),
  }
}

export default async function InitiativesPage({
  params,
}: PageProps<'/[locale]/listing/initiatives/[...query]'>) {
  const { locale, query, result, pages } = await load(params)
  const messages = getMessages(locale)
  const m = messages.directory
  const id = idScope('initiatives', initiativeList.write(query).toString())
  const statuses = [undefined, ...initiativeStatuses]
  return (
    <div className="container">
      <h1>{m.initiativesTitle}</h1>
      <p className="lead">{m.initiativesDescription}</p>
      <nav className="views no-print" aria-label={m.statusFilter}>
        <ul>
          {statuses.map((status) => (
            <li key={status ?? 'any'}>
              <Link
                href={listHref(locale, 'initiatives', initiativeList.write({ status, page: 1 }))}
                prefetch={false}
                aria-current={query.status === status ? 'page' : undefined}
              >
                {status ? m.statuses[status] : m.anyStatus}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section className="section" aria-labelledby={id('results-heading')}>
        <ResultsHeading id={id('results-heading')} locale={locale} page={query.page} pages={pages}>
          {plural(locale, m.initiativesCount, result.total)}
        </ResultsHeading>
        <ul className="card-list" aria-labelledby={id('results-heading')}>
          {result.items.map((initiative) => (
            <li key={initiative._id}>
              <InitiativeCard initiative={initiative} locale={locale} />
            </li>
          ))}
        </ul>
        <Pagination
          locale={locale}
          page={query.page}
          pages={pages}
          hrefFor={(page) =>
            listHref(locale, 'initiatives', initiativeList.write({ ...query, page }))
          }
        />
      </section>
    </div>
  )
}
