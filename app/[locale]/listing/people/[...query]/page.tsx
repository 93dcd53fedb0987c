import type { Metadata } from 'next'
import Link from 'next/link'
import { Pagination } from '@/components/listing/pagination'
import { ResultsHeading } from '@/components/listing/results-heading'
import { listPeople, peoplePerPage } from '@/lib/data/people'
import { locales } from '@/lib/i18n/config'
import { getMessages } from '@/lib/i18n/messages'
import { plural } from '@/lib/i18n/plural'
import { peopleList } from '@/lib/listing/lists'
import { pageSuffix } from '@/lib/listing/page-count'
import { listHref } from '@/lib/listing/routing'
import { toSegments } from '@/lib/listing/segment'
import { idScope } from '@/lib/dom-id'
import { loadPagedList } from '@/lib/listing/load-page'
import { pageAlternates } from '@/lib/seo/page-alternates'

/** Served at /{locale}/people?…: the proxy rewrites the public address here. */
export function generateStaticParams() {
  return locales.map((locale) => ({ locale, query: toSegments('') }))
}

function load(params: PageProps<'/[locale]/listing/people/[...query]'>['params']) {
  return loadPagedList(params, {
    readCanonical: peopleList.readCanonical,
    fetch: (locale, query) => listPeople(locale, query.page),
    perPage: peoplePerPage,
  })
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/listing/people/[...query]'>): Promise<Metadata> {
  const { locale, query, pages } = await load(params)
  const messages = getMessages(locale)
  const page = pageSuffix(locale, query.page, pages)
  return {
    title: `${messages.directory.peopleTitle}${page}`,
    description: messages.directory.peopleDescription,
    alternates: pageAlternates(locale, listHref(locale, 'people', peopleList.write(query))),
  }
}

export default async function PeoplePage({
  params,
}: PageProps<'/[locale]/listing/people/[...query]'>) {
  const { locale, query, result, pages } = await load(params)
  const messages = getMessages(locale)
  const m = messages.directory
  const id = idScope('people', peopleList.write(query).toString())
  return (
    <div className="container">
      <h1>{m.peopleTitle}</h1>
      <p className="lead">{m.peopleDescription}</p>
      <section className="section" aria-labelledby={id('results-heading')}>
        <ResultsHeading id={id('results-heading')} locale={locale} page={query.page} pages={pages}>
          {plural(locale, m.peopleCount, result.total)}
        </ResultsHeading>
        <ul className="card-list" aria-labelledby={id('results-heading')}>
          {result.items.map((person) => (
            <li key={person._id}>
              <article className="card">
                <h3>
                  <Link href={`/${locale}/people/${person.slug}`}>{person.name}</Link>
                </h3>
                {person.position || person.organisation ? (
                  <p className="meta">
                    {[person.position, person.organisation?.name].filter(Boolean).join(', ')}
                  </p>
                ) : null}
                <p className="meta">{plural(locale, m.appearances, person.events)}</p>
              </article>
            </li>
          ))}
        </ul>
        <Pagination
          locale={locale}
          page={query.page}
          pages={pages}
          hrefFor={(page) => listHref(locale, 'people', peopleList.write({ page }))}
        />
      </section>
    </div>
  )
}
