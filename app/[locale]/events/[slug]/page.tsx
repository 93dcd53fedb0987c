import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { EventTime } from '@/components/event/event-time'
import { PeopleByRole } from '@/components/event/people-by-role'
import { RichText } from '@/components/event/rich-text'
import { StatusBanner } from '@/components/event/status-banner'
import { getEvent, listEventSlugs } from '@/lib/data/events'
import { isLocale, locales } from '@/lib/i18n/config'
import { format, getMessages } from '@/lib/i18n/messages'

export async function generateStaticParams() {
  const slugs = await listEventSlugs()
  // Cache Components needs at least one entry to validate the route at build time.
  const known = slugs.length > 0 ? slugs : ['from-open-software-to-open-culture']
  return locales.flatMap((locale) => known.map((slug) => ({ locale, slug })))
}

async function load(params: PageProps<'/[locale]/events/[slug]'>['params']) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const event = await getEvent(locale, slug)
  if (!event) notFound()
  return { locale, event }
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/events/[slug]'>): Promise<Metadata> {
  const { locale, event } = await load(params)
  return {
    title: event.title,
    description: event.summary ?? event.subtitle,
    alternates: { canonical: `/${locale}/events/${event.slug}` },
  }
}

export default async function EventPage({ params }: PageProps<'/[locale]/events/[slug]'>) {
  const { locale, event } = await load(params)
  const messages = getMessages(locale)
  return (
    <article className="container">
      <header>
        {event.series ? (
          <p className="meta">
            {messages.event.series} <span>{event.series.title}</span>
          </p>
        ) : null}
        <h1>{event.title}</h1>
        {event.subtitle ? <p className="lead">{event.subtitle}</p> : null}
        <StatusBanner event={event} locale={locale} />
      </header>

      <dl className="facts">
        <dt>{messages.event.when}</dt>
        <dd>
          <EventTime
            start={event.start}
            end={event.end}
            timeZone={event.timeZone}
            locale={locale}
          />
        </dd>
        <dt>{messages.event.where}</dt>
        <dd>
          {messages.attendance[event.attendanceMode]}
          {event.venue?.name ? (
            <>
              {' · '}
              {[event.venue.name, event.venue.city, event.venue.country].filter(Boolean).join(', ')}
            </>
          ) : null}
        </dd>
        {event.registration?.mode ? (
          <>
            <dt>{messages.event.registration}</dt>
            <dd>
              {messages.registration[event.registration.mode]}
              {event.registration.url ? (
                <>
                  {' · '}
                  <a href={event.registration.url}>{messages.registration.register}</a>
                </>
              ) : null}
            </dd>
          </>
        ) : null}
        {event.organisers.length > 0 ? (
          <>
            <dt>{messages.event.organisers}</dt>
            <dd>
              <ul className="inline-list">
                {event.organisers.map((organisation) => (
                  <li key={organisation._id}>
                    <Link href={`/${locale}/organisations/${organisation.slug}`}>
                      {organisation.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>

      {event.recording ? (
        <p>
          <a className="button" href={event.recording.url}>
            {messages.event.recording}
          </a>
          {event.recording.provider ? (
            <span className="meta">
              {' '}
              {format(messages.event.recordingOn, { provider: event.recording.provider })}
            </span>
          ) : null}
        </p>
      ) : null}

      {event.summary || event.body ? (
        <section className="section" aria-labelledby="about">
          <h2 id="about">{messages.event.about}</h2>
          {event.summary ? <p className="lead">{event.summary}</p> : null}
          {event.body ? <RichText value={event.body} /> : null}
        </section>
      ) : null}

      {event.appearances.length > 0 ? (
        <section className="section" aria-labelledby="people">
          <h2 id="people">{messages.event.people}</h2>
          <PeopleByRole appearances={event.appearances} locale={locale} />
        </section>
      ) : null}

      {event.initiatives.length > 0 ? (
        <section className="section" aria-labelledby="initiatives">
          <h2 id="initiatives">{messages.event.initiatives}</h2>
          <ul>
            {event.initiatives.map((initiative) => (
              <li key={initiative._id}>
                <Link href={`/${locale}/initiatives/${initiative.slug}`}>{initiative.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {event.topics.length > 0 ? (
        <section className="section" aria-labelledby="topics">
          <h2 id="topics">{messages.event.topics}</h2>
          <ul className="inline-list">
            {event.topics.map((topic) => (
              <li key={topic._id}>
                <span className="badge">{topic.title}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
