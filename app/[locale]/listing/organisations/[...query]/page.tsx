import type { Metadata } from 'next'
import { InLanguage } from '@/components/i18n/in-language'
import { PageFrame } from '@/components/layout/page-frame'
import Link from 'next/link'
import { Pagination } from '@/components/listing/pagination'
import { ResultsHeading } from '@/components/listing/results-heading'
import { kindLabel } from '@/components/organisation/kind'
import { listOrganisations } from '@/lib/data/organisations'
import { loadPagedList } from '@/lib/data/paged-list'
import { format, getMessages } from '@/lib/i18n/messages'
import { lists } from '@/lib/listing/table'
import { listHref, listStaticParams } from '@/lib/listing/routing'
import { idScope } from '@/lib/dom-id'
import { pageSuffix } from '@/lib/seo/metadata'
import { pageAlternates, pagePath } from '@/lib/seo/page-alternates'

/**
 * The organisations list lives at an internal route (lib/listing/routing.ts explains why);
 * next.config.ts's rewrites bring its first view and page numbers here, the proxy every other
 * address of /{locale}/organisations once canonical, and the build prerenders the first view.
 */
export const generateStaticParams = () => listStaticParams('organisations')

function load(params: PageProps<'/[locale]/listing/organisations/[...query]'>['params']) {
  return loadPagedList(params, lists.organisations, (locale, query) =>
    listOrganisations(locale, query.page),
  )
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/listing/organisations/[...query]'>): Promise<Metadata> {
  const { locale, query, pages } = await load(params)
  const messages = getMessages(locale)
  const page = pageSuffix(locale, query.page, pages)
  return {
    title: `${messages.directory.organisationsTitle}${page}`,
    description: messages.directory.organisationsDescription,
    alternates: pageAlternates(
      locale,
      listHref(locale, 'organisations', lists.organisations.write(query)),
    ),
  }
}

export default async function OrganisationsPage({
  params,
}: PageProps<'/[locale]/listing/organisations/[...query]'>) {
  const { locale, query, result, pages } = await load(params)
  const messages = getMessages(locale)
  const m = messages.directory
  const id = idScope('organisations', lists.organisations.write(query).toString())
  return (
    <PageFrame
      locale={locale}
      path={pagePath(locale, listHref(locale, 'organisations', lists.organisations.write(query)))}
    >
      <div className="container">
        <h1>{m.organisationsTitle}</h1>
        <p className="lead">{m.organisationsDescription}</p>
        <section className="section" aria-labelledby={id('results-heading')}>
          <ResultsHeading
            id={id('results-heading')}
            locale={locale}
            page={query.page}
            pages={pages}
          >
            {format(locale, m.organisationsCount, { count: result.total })}
          </ResultsHeading>
          <ul className="card-list" aria-labelledby={id('results-heading')}>
            {result.items.map((org) => {
              const kind = org.kind ? kindLabel(locale, org.kind) : undefined
              return (
                <li key={org._id}>
                  <article className="card">
                    <h3>
                      <Link href={`/${locale}/organisations/${org.slug}`}>
                        <InLanguage lang={org.lang.name} locale={locale}>
                          {org.name}
                        </InLanguage>
                      </Link>
                    </h3>
                    {org.acronym || kind ? (
                      <p className="meta">{[org.acronym, kind].filter(Boolean).join(' · ')}</p>
                    ) : null}
                    {org.parent ? (
                      <p className="meta">
                        {messages.organisation.partOf} {org.parent.acronym ?? org.parent.name}
                      </p>
                    ) : null}
                  </article>
                </li>
              )
            })}
          </ul>
          <Pagination
            locale={locale}
            page={query.page}
            pages={pages}
            hrefFor={(page) =>
              listHref(locale, 'organisations', lists.organisations.write({ page }))
            }
          />
        </section>
      </div>
    </PageFrame>
  )
}
