import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { EventFilters } from '@/components/listing/event-filters'
import { EventListEntries } from '@/components/listing/event-list-item'
import { EventViews, YearArchive } from '@/components/listing/event-views'
import { Pagination } from '@/components/listing/pagination'
import { eventsPerPage, getEventFacets, listEvents } from '@/lib/data/event-list'
import { getPersonName } from '@/lib/data/people'
import { isLocale, locales, type Locale } from '@/lib/i18n/config'
import { format, getMessages } from '@/lib/i18n/messages'
import { plural } from '@/lib/i18n/plural'
import { eventList, type EventListQuery } from '@/lib/listing/lists'
import { busiestOptions, latestOptions } from '@/lib/listing/menu-options'
import { resolveEventFilters } from '@/lib/listing/resolve-filters'
import { listHref } from '@/lib/listing/routing'
import { readSegments, toSegments } from '@/lib/listing/segment'
import { idScope } from '@/lib/dom-id'
import { pageAlternates } from '@/lib/seo/page-alternates'

/** Served at /{locale}/events?…: the proxy rewrites the public address here. */
export function generateStaticParams() {
  const views = ['', 'when=past']
  return locales.flatMap((locale) => views.map((view) => ({ locale, query: toSegments(view) })))
}

/** Organisers and series in the filter menu; the rest are filtered to from their own pages. */
const organiserMenuSize = 50
const seriesMenuSize = 50

async function load(params: PageProps<'/[locale]/listing/events/[...query]'>['params']) {
  const { locale, query: segments } = await params
  if (!isLocale(locale)) notFound()
  const query = readSegments(segments, eventList.readCanonical)
  if (!query) notFound()
  const [facets, person] = await Promise.all([
    getEventFacets(locale),
    query.person ? getPersonName(query.person) : null,
  ])
  const { filters, applied, unknown } = resolveEventFilters(query, {
    ...facets,
    people: person ? [person] : [],
  })
  const result = await listEvents(locale, filters)
  const pages = Math.max(1, Math.ceil(result.total / eventsPerPage))
  if (query.page > pages) notFound()
  return {
    locale,
    query,
    applied,
    unknown,
    facets,
    person: applied.person ? person : null,
    result,
    pages,
  }
}

function viewTitle(locale: Locale, when: EventListQuery['when']) {
  const { eventList: m } = getMessages(locale)
  if (typeof when === 'number') return format(m.titleYear, { year: when })
  return when === 'past' ? m.titlePast : when === 'all' ? m.titleAll : m.title
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/listing/events/[...query]'>): Promise<Metadata> {
  const { locale, query, applied, result, pages } = await load(params)
  const messages = getMessages(locale)
  const count = plural(locale, messages.eventList.count, result.total)
  const page = pages > 1 ? `, ${format(messages.listing.pageOf, { page: query.page, pages })}` : ''
  return {
    title: `${viewTitle(locale, query.when)}: ${count}${page}`,
    description: messages.eventList.description,
    alternates: pageAlternates(locale, listHref(locale, 'events', eventList.write(applied))),
    // Free-text results are for visitors, not for search engines' indexes.
    robots: query.q ? { index: false, follow: true } : undefined,
  }
}

export default async function EventListPage({
  params,
}: PageProps<'/[locale]/listing/events/[...query]'>) {
  const { locale, query, applied, unknown, facets, person, result, pages } = await load(params)
  const messages = getMessages(locale)
  const m = messages.eventList
  const id = idScope('events', eventList.write(query).toString())
  const hrefFor = (page: number) =>
    listHref(locale, 'events', eventList.write({ ...applied, page }))
  const years = facets.years.map((y) => y.year)
  if (typeof query.when === 'number' && !years.includes(query.when)) years.unshift(query.when)
  return (
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
          {format(m.withPerson, { name: person.name })}{' '}
          <Link
            href={listHref(
              locale,
              'events',
              eventList.write({ ...applied, person: undefined, page: 1 }),
            )}
            prefetch={false}
          >
            {m.anyPerson}
          </Link>
        </p>
      ) : null}
      {unknown.map((filter) => (
        <p key={filter.key} className="notice">
          {format(m.unknownFilter, { what: m.filterNames[filter.key], value: filter.value })}
        </p>
      ))}
      <section className="section" aria-labelledby={id('results-heading')}>
        <h2 id={id('results-heading')} className="results-count">
          {plural(locale, m.count, result.total)}
          {pages > 1 ? (
            <span className="meta-inline">
              {', '}
              {format(messages.listing.pageOf, { page: query.page, pages })}
            </span>
          ) : null}
        </h2>
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
    const href = listHref(locale, 'events', eventList.write({ ...query, when: 'past', page: 1 }))
    return (
      <p>
        {m.noUpcoming}{' '}
        <Link href={href} prefetch={false}>
          {plural(locale, m.seePast, past)}
        </Link>
      </p>
    )
  }
  return <p>{query.when === 'upcoming' ? m.noUpcoming : m.noneMatch}</p>
}
