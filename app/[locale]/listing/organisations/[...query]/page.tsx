import type { Metadata } from 'next'
import Link from 'next/link'
import { Pagination } from '@/components/listing/pagination'
import { ResultsHeading } from '@/components/listing/results-heading'
import { kindLabel } from '@/components/organisation/kind'
import { listOrganisations, organisationsPerPage } from '@/lib/data/organisations'
import { locales } from '@/lib/i18n/config'
import { getMessages } from '@/lib/i18n/messages'
import { plural } from '@/lib/i18n/plural'
import { organisationList } from '@/lib/listing/lists'
import { pageSuffix } from '@/lib/listing/page-count'
import { listHref } from '@/lib/listing/routing'
import { toSegments } from '@/lib/listing/segment'
import { idScope } from '@/lib/dom-id'
import { loadPagedList } from '@/lib/listing/load-page'
import { pageAlternates } from '@/lib/seo/page-alternates'

/** Served at /{locale}/organisations?…: the proxy rewrites the public address here. */
export function generateStaticParams() {
  return locales.map((locale) => ({ locale, query: toSegments('') }))
}

function load(params: PageProps<'/[locale]/listing/organisations/[...query]'>['params']) {
  return loadPagedList(params, {
    readCanonical: organisationList.readCanonical,
    fetch: (locale, query) => listOrganisations(locale, query.page),
    perPage: organisationsPerPage,
  })
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
      listHref(locale, 'organisations', organisationList.write(query)),
    ),
  }
}

export default async function OrganisationsPage({
  params,
}: PageProps<'/[locale]/listing/organisations/[...query]'>) {
  const { locale, query, result, pages } = await load(params)
  const messages = getMessages(locale)
  const m = messages.directory
  const id = idScope('organisations', organisationList.write(query).toString())
  return (
    <div className="container">
      <h1>{m.organisationsTitle}</h1>
      <p className="lead">{m.organisationsDescription}</p>
      <section className="section" aria-labelledby={id('results-heading')}>
        <ResultsHeading id={id('results-heading')} locale={locale} page={query.page} pages={pages}>
          {plural(locale, m.organisationsCount, result.total)}
        </ResultsHeading>
        <ul className="card-list" aria-labelledby={id('results-heading')}>
          {result.items.map((org) => {
            const kind = org.kind ? kindLabel(locale, org.kind) : undefined
            return (
              <li key={org._id}>
                <article className="card">
                  <h3>
                    <Link href={`/${locale}/organisations/${org.slug}`}>{org.name}</Link>
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
          hrefFor={(page) => listHref(locale, 'organisations', organisationList.write({ page }))}
        />
      </section>
    </div>
  )
}
