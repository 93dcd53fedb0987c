import type { Metadata } from 'next'
import { PageFrame } from '@/components/layout/page-frame'
import Link from 'next/link'
import { InitiativeCard } from '@/components/initiative/initiative-card'
import { Pagination } from '@/components/listing/pagination'
import { ResultsHeading } from '@/components/listing/results-heading'
import { listInitiatives } from '@/lib/data/initiatives'
import { loadPagedList } from '@/lib/data/paged-list'
import { format, getMessages } from '@/lib/i18n/messages'
import { lists } from '@/lib/listing/table'
import { initiativeStatuses } from '@/lib/event-options'
import { listHref, listStaticParams } from '@/lib/listing/routing'
import { idScope } from '@/lib/dom-id'
import { pageSuffix } from '@/lib/seo/metadata'
import { pageAlternates, pagePath } from '@/lib/seo/page-alternates'

/**
 * Initiatives, by status: an internal route (lib/listing/routing.ts says why). Reached through
 * next.config.ts's rewrites (first view, page numbers), through the proxy (a status, or any
 * address it must make canonical), and from the build's prerendered first view.
 */
export const generateStaticParams = () => listStaticParams('initiatives')

function load(params: PageProps<'/[locale]/listing/initiatives/[...query]'>['params']) {
  return loadPagedList(params, lists.initiatives, (locale, query) =>
    listInitiatives(locale, query.status, query.page),
  )
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
      listHref(locale, 'initiatives', lists.initiatives.write(query)),
    ),
  }
}

export default async function InitiativesPage({
  params,
}: PageProps<'/[locale]/listing/initiatives/[...query]'>) {
  const { locale, query, result, pages } = await load(params)
  const messages = getMessages(locale)
  const m = messages.directory
  const id = idScope('initiatives', lists.initiatives.write(query).toString())
  const statuses = [undefined, ...initiativeStatuses]
  return (
    <PageFrame
      locale={locale}
      path={pagePath(locale, listHref(locale, 'initiatives', lists.initiatives.write(query)))}
    >
      <div className="container">
        <h1>{m.initiativesTitle}</h1>
        <p className="lead">{m.initiativesDescription}</p>
        <nav className="views no-print" aria-label={m.statusFilter}>
          <ul>
            {statuses.map((status) => (
              <li key={status ?? 'any'}>
                <Link
                  href={listHref(
                    locale,
                    'initiatives',
                    lists.initiatives.write({ status, page: 1 }),
                  )}
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
          <ResultsHeading
            id={id('results-heading')}
            locale={locale}
            page={query.page}
            pages={pages}
          >
            {format(locale, m.initiativesCount, { count: result.total })}
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
              listHref(locale, 'initiatives', lists.initiatives.write({ ...query, page }))
            }
          />
        </section>
      </div>
    </PageFrame>
  )
}
