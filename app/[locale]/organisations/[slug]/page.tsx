import { prerenderedSlugs } from '@/lib/i18n/prerender'
import type { Metadata } from 'next'
import { InLanguage } from '@/components/i18n/in-language'
import { PageFrame } from '@/components/layout/page-frame'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { EventListEntries } from '@/components/listing/event-list-item'
import { PersonList } from '@/components/person/person-list'
import { kindLabel } from '@/components/organisation/kind'
import { getOrganisation, listOrganisationSlugs } from '@/lib/data/organisations'
import { isLocale, type Locale } from '@/lib/i18n/config'
import { format, getMessages } from '@/lib/i18n/messages'
import { lists } from '@/lib/listing/table'
import { listHref } from '@/lib/listing/routing'
import { idScope } from '@/lib/dom-id'
import { pageAlternates } from '@/lib/seo/page-alternates'

export async function generateStaticParams() {
  const slugs = await listOrganisationSlugs()
  // Cache Components needs at least one entry to validate the route at build time.
  const known = slugs.length > 0 ? slugs : ['oict']
  return prerenderedSlugs(known)
}

async function load(params: PageProps<'/[locale]/organisations/[slug]'>['params']) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const organisation = await getOrganisation(locale, slug)
  if (!organisation) notFound()
  return { locale, organisation }
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/organisations/[slug]'>): Promise<Metadata> {
  const { locale, organisation } = await load(params)
  return {
    title:
      organisation.acronym && organisation.acronym !== organisation.name
        ? `${organisation.name} (${organisation.acronym})`
        : organisation.name,
    description: organisation.description,
    alternates: pageAlternates(locale, `/${locale}/organisations/${organisation.slug}`),
  }
}

export default async function OrganisationPage({
  params,
}: PageProps<'/[locale]/organisations/[slug]'>) {
  const { locale, organisation: org } = await load(params)
  const messages = getMessages(locale)
  const m = messages.organisation
  const id = idScope('organisation', org._id)
  const kind = org.kind ? kindLabel(locale, org.kind) : undefined
  return (
    <PageFrame locale={locale} path={`/organisations/${org.slug}`}>
      <article className="container">
        <header>
          <h1>
            <InLanguage lang={org.lang.name} locale={locale}>
              {org.name}
            </InLanguage>
            {org.acronym && org.acronym !== org.name ? (
              <span className="meta-inline">
                {' ('}
                <bdi
                  lang={org.lang.acronym === locale ? undefined : (org.lang.acronym ?? undefined)}
                >
                  {org.acronym}
                </bdi>
                {')'}
              </span>
            ) : null}
          </h1>
          {kind || org.parent ? (
            <p className="lead">
              {kind}
              {kind && org.parent ? ' · ' : null}
              {org.parent ? (
                <>
                  {m.partOf}{' '}
                  <Link href={`/${locale}/organisations/${org.parent.slug}`}>
                    <InLanguage lang={org.parent.lang.name} locale={locale}>
                      {org.parent.name}
                    </InLanguage>
                  </Link>
                </>
              ) : null}
            </p>
          ) : null}
        </header>
        {org.description ? (
          <p className="prose">
            <InLanguage lang={org.lang.description} locale={locale}>
              {org.description}
            </InLanguage>
          </p>
        ) : null}
        {org.website ? (
          <p>
            <a href={org.website}>{m.website}</a>
          </p>
        ) : null}

        {org.parts.length > 0 ? (
          <section className="section" aria-labelledby={id('parts-heading')}>
            <h2 id={id('parts-heading')}>{m.parts}</h2>
            <ul>
              {org.parts.map((part) => (
                <li key={part._id}>
                  <Link href={`/${locale}/organisations/${part.slug}`}>
                    <InLanguage lang={part.lang.name} locale={locale}>
                      {part.name}
                    </InLanguage>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {org.people.length > 0 ? (
          <section className="section" aria-labelledby={id('people-heading')}>
            <h2 id={id('people-heading')}>{m.people}</h2>
            <PersonList people={org.people} locale={locale} />
          </section>
        ) : null}

        <section className="section" aria-labelledby={id('events-heading')}>
          <h2 id={id('events-heading')}>{m.organisedEvents}</h2>
          {org.upcoming.length === 0 && org.past.length === 0 ? <p>{m.noEvents}</p> : null}
          <EventGroup
            id={id('upcoming-heading')}
            title={m.upcoming}
            locale={locale}
            events={org.upcoming}
            total={org.upcomingCount}
            href={eventsHref(locale, org.slug, 'upcoming')}
          />
          <EventGroup
            id={id('past-heading')}
            title={m.past}
            locale={locale}
            events={org.past}
            total={org.pastCount}
            href={eventsHref(locale, org.slug, 'past')}
          />
        </section>

        {org.initiatives.length > 0 ? (
          <section className="section" aria-labelledby={id('initiatives-heading')}>
            <h2 id={id('initiatives-heading')}>{m.initiatives}</h2>
            <ul>
              {org.initiatives.map((initiative) => (
                <li key={initiative._id}>
                  <Link href={`/${locale}/initiatives/${initiative.slug}`}>
                    <InLanguage lang={initiative.lang.title} locale={locale}>
                      {initiative.title}
                    </InLanguage>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </article>
    </PageFrame>
  )
}

function eventsHref(locale: Locale, slug: string, when: 'upcoming' | 'past') {
  return listHref(
    locale,
    'events',
    lists.events.write({ ...lists.events.defaults, organisation: slug, when }),
  )
}

function EventGroup({
  id,
  title,
  locale,
  events,
  total,
  href,
}: {
  id: string
  title: string
  locale: Locale
  events: Parameters<typeof EventListEntries>[0]['events']
  total: number
  href: ReturnType<typeof listHref>
}) {
  if (events.length === 0) return null
  const { organisation: m } = getMessages(locale)
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>
        {title} <span className="meta-inline">({total})</span>
      </h3>
      <EventListEntries events={events} locale={locale} labelledBy={id} headingLevel={4} />
      {total > events.length ? (
        <p>
          <Link href={href} prefetch={false}>
            {format(locale, m.seeAll, { count: total })}
          </Link>
        </p>
      ) : null}
    </section>
  )
}
