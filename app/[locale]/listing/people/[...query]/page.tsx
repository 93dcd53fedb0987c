import type { Metadata } from 'next'
import { joinParts } from '@/lib/i18n/format'
import { PageFrame } from '@/components/layout/page-frame'
import Link from 'next/link'
import { Pagination } from '@/components/listing/pagination'
import { ResultsHeading } from '@/components/listing/results-heading'
import { loadPagedList } from '@/lib/data/paged-list'
import { listPeople } from '@/lib/data/people'
import { format, getMessages } from '@/lib/i18n/messages'
import { lists } from '@/lib/listing/table'
import { listHref, listStaticParams } from '@/lib/listing/routing'
import { idScope } from '@/lib/dom-id'
import { pageSuffix } from '@/lib/seo/metadata'
import { pageAlternates, pagePath } from '@/lib/seo/page-alternates'

/**
 * /{locale}/people?page=…, at an internal route like every list (lib/listing/routing.ts),
 * entered by next.config.ts's rewrites (the first view and canonical page numbers), by the
 * proxy (any other query string, redirected to its canonical form first) or prerendered.
 */
export const generateStaticParams = () => listStaticParams('people')

function load(params: PageProps<'/[locale]/listing/people/[...query]'>['params']) {
  return loadPagedList(params, lists.people, (locale, query) => listPeople(locale, query.page))
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
    alternates: pageAlternates(locale, listHref(locale, 'people', lists.people.write(query))),
  }
}

export default async function PeoplePage({
  params,
}: PageProps<'/[locale]/listing/people/[...query]'>) {
  const { locale, query, result, pages } = await load(params)
  const messages = getMessages(locale)
  const m = messages.directory
  const id = idScope('people', lists.people.write(query).toString())
  return (
    <PageFrame
      locale={locale}
      path={pagePath(locale, listHref(locale, 'people', lists.people.write(query)))}
    >
      <div className="container">
        <h1>{m.peopleTitle}</h1>
        <p className="lead">{m.peopleDescription}</p>
        <section className="section" aria-labelledby={id('results-heading')}>
          <ResultsHeading
            id={id('results-heading')}
            locale={locale}
            page={query.page}
            pages={pages}
          >
            {format(locale, m.peopleCount, { count: result.total })}
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
                      {joinParts([person.position, person.organisation?.name], locale)}
                    </p>
                  ) : null}
                  <p className="meta">{format(locale, m.appearances, { count: person.events })}</p>
                </article>
              </li>
            ))}
          </ul>
          <Pagination
            locale={locale}
            page={query.page}
            pages={pages}
            hrefFor={(page) => listHref(locale, 'people', lists.people.write({ page }))}
          />
        </section>
      </div>
    </PageFrame>
  )
}
