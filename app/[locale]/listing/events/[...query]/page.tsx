import type { Metadata } from 'next'
import { PageFrame } from '@/components/layout/page-frame'
import Link from 'next/link'
import { EventFilters } from '@/components/listing/event-filters'
import { EventListEntries } from '@/components/listing/event-list-item'
import { EventViews, YearArchive } from '@/components/listing/event-views'
import { busiestOptions, latestOptions } from '@/components/listing/menu-options'
import { Pagination } from '@/components/listing/pagination'
import { ResultsHeading } from '@/components/listing/results-heading'
import { getEventFacets, listEvents } from '@/lib/data/event-list'
import { loadPagedList } from '@/lib/data/paged-list'
import { getPersonName } from '@/lib/data/people'
import type { Locale } from '@/lib/i18n/config'
import { format, getMessages } from '@/lib/i18n/messages'
import { listHref, listStaticParams } from '@/lib/listing/routing'
import { lists, type EventListQuery } from '@/lib/listing/table'
import { resolveEventFilters } from '@/lib/queries/event-params'
import { idScope } from '@/lib/dom-id'
import { pageAlternates, pagePath } from '@/lib/seo/page-alternates'
import { pageSuffix } from '@/lib/seo/metadata'

/**
 * /{locale}/events?…, served at this internal route so that every view is a static ISR page
 * (lib/listing/routing.ts). Three entrances: next.config.ts's rewrites (the first view, the
 * "Past" tab and their page numbers), the proxy (any other view, once its query string is
 * canonical) and the build, which prerenders the views listed here.
 */
export const generateStaticParams = () => listStaticParams('events')

/** Organisers and series in the filter menu; the rest are filtered to from their own pages. */
const organiserMenuSize = 50
const seriesMenuSize = 50

function load(params: PageProps<'/[locale]/listing/events/[...query]'>['params']) {
  return loadPagedList(params, lists.events, async (locale, query) => {
    const [facets, person] = await Promise.all([
      getEventFacets(locale),
      query.person ? getPersonName(query.person, locale) : null,
    ])
    const { filters, applied, unknown } = resolveEventFilters(query, {
      ...facets,
      people: person ? [person] : [],
    })
    const events = await listEvents(locale, filters)
    return { ...events, applied, unknown, facets, person: applied.person ? person : null }
  })
}

function viewTitle(locale: Locale, when: EventListQuery['when']) {
  const { eventList: m } = getMessages(locale)
  if (typeof when === 'number') return format(locale, m.titleYear, { year: when })
  return when === 'past' ? m.titlePast : when === 'all' ? m.titleAll : m.title
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/listing/events/[...query]'>): Promise<Metadata> {
  const { locale, query, result, pages } = await load(params)
  const messages = getMessages(locale)
  const count = format(locale, messages.eventList.count, { count: result.total })
  return {
    title: `${viewTitle(locale, query.when)}: ${count}${pageSuffix(locale, query.page, pages)}`,
    description: messages.eventList.description,
    alternates: pageAlternates(
      locale,
      listHref(locale, 'events', lists.events.write(result.applied)),
    ),
    // Free-text results are for visitors, not for search engines' indexes.
    robots: query.q ? { index: false, follow: true } : undefined,
  }
}

export default async function EventListPage({
  params,
}: PageProps<'/[locale]/listing/events/[...query]'>) {
  const { locale, query, result, pages } = await load(params)
  const { applied, unknown, facets, person } = result
  const m = getMessages(locale).eventList
  const id = idScope('events', lists.events.write(query).toString())
  const hrefFor = (page: number) =>
    listHref(locale, 'events', lists.events.write({ ...applied, page }))
  const years = facets.years.map((y) => y.year)
  if (typeof query.when === 'number' && !years.includes(query.when)) years.unshift(query.when)
  return (
    <PageFrame
      locale={locale}
      path={pagePath(locale, listHref(locale, 'events', lists.events.write(applied)))}
    >
      <div className="container">
        <h1>{viewTitle(locale, query.when)}</h1>
        <EventViews locale={locale} query={applied} />
        <EventFilters
          id={id}
          locale={locale}
          query={applied}
          topics={facets.topics.map((t) => ({ slug: t.slug, label: t.title }))}
          series={latestOptions(facets.series, applied.series, seriesMenuSize).map((s) => ({
            slug: s.slug,
            label: s.title,
          }))}
          seriesTotal={facets.series.length}
          organisations={busiestOptions(
            facets.organisations,
            applied.organisation,
            organiserMenuSize,
          ).map((o) => ({ slug: o.slug, label: o.name }))}
          organisationsTotal={facets.organisations.length}
          years={years.sort((a, b) => b - a)}
        />
        {person ? (
          <p className="notice">
            {format(locale, m.withPerson, { name: person.name })}{' '}
            <Link
              href={listHref(
                locale,
                'events',
                lists.events.write({ ...applied, person: undefined, page: 1 }),
              )}
              prefetch={false}
            >
              {m.anyPerson}
            </Link>
          </p>
        ) : null}
        {unknown.map((filter) => (
          <p key={filter.key} className="notice">
            {format(locale, m.unknownFilter, {
              what: m.filterNames[filter.key],
              value: filter.value,
            })}
          </p>
        ))}
        <section className="section" aria-labelledby={id('results-heading')}>
          <ResultsHeading
            id={id('results-heading')}
            locale={locale}
            page={query.page}
            pages={pages}
          >
            {format(locale, m.count, { count: result.total })}
          </ResultsHeading>
          {result.items.length > 0 ? (
            <EventListEntries
              events={result.items}
              locale={locale}
              labelledBy={id('results-heading')}
            />
          ) : (
            <EmptyState locale={locale} query={applied} past={result.past} />
          )}
          <Pagination locale={locale} page={query.page} pages={pages} hrefFor={hrefFor} />
        </section>
        <YearArchive id={id} locale={locale} years={facets.years} current={query.when} />
      </div>
    </PageFrame>
  )
}

function EmptyState({
  locale,
  query,
  past,
}: {
  locale: Locale
  query: EventListQuery
  past: number
}) {
  const { eventList: m } = getMessages(locale)
  if (query.when === 'upcoming' && past > 0) {
    const href = listHref(locale, 'events', lists.events.write({ ...query, when: 'past', page: 1 }))
    return (
      <p>
        {m.noUpcoming}{' '}
        <Link href={href} prefetch={false}>
          {format(locale, m.seePast, { count: past })}
        </Link>
      </p>
    )
  }
  return <p>{query.when === 'upcoming' ? m.noUpcoming : m.noneMatch}</p>
}
