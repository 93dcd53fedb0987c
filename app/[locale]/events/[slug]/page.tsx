import { prerenderedSlugs } from '@/lib/i18n/prerender'
import type { Metadata } from 'next'
import { InLanguage } from '@/components/i18n/in-language'
import { PageFrame } from '@/components/layout/page-frame'
import { notFound } from 'next/navigation'
import { AddToCalendar, FollowEvents } from '@/components/event/add-to-calendar'
import { EventFacts } from '@/components/event/event-facts'
import { EventHeader } from '@/components/event/event-header'
import { EventJsonLd } from '@/components/event/event-json-ld'
import { PeopleByRole } from '@/components/event/people-by-role'
import { Programme } from '@/components/event/programme'
import { Recording, Resources } from '@/components/event/recording-and-resources'
import { RelatedLinks } from '@/components/event/related-links'
import { RichText } from '@/components/event/rich-text'
import { getEvent, listEventSlugs } from '@/lib/data/events'
import { isLocale } from '@/lib/i18n/config'
import { format, getMessages } from '@/lib/i18n/messages'
import { eventMetadata } from '@/lib/seo/metadata'
import { absoluteUrl, paths } from '@/lib/seo/urls'
import './event-page.css'

export async function generateStaticParams() {
  const slugs = await listEventSlugs()
  // Cache Components needs at least one entry to validate the route at build time.
  const known = slugs.length > 0 ? slugs : ['from-open-software-to-open-culture']
  return prerenderedSlugs(known)
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
  return eventMetadata(event, locale)
}

export default async function EventPage({ params }: PageProps<'/[locale]/events/[slug]'>) {
  const { locale, event } = await load(params)
  const messages = getMessages(locale)
  const pageUrl = absoluteUrl(paths.event(locale, event.slug))
  return (
    <PageFrame locale={locale} path={`/events/${event.slug}`}>
      <article className="container event-page">
        <EventJsonLd event={event} locale={locale} />
        <EventHeader event={event} locale={locale} />
        <EventFacts event={event} locale={locale} />
        <Recording event={event} locale={locale} />

        <AddToCalendar event={event} locale={locale} />

        {/* The body's own headings (h2) structure the account; the summary leads it. */}
        {event.summary || event.body ? (
          <div className="section">
            {event.summary ? (
              <p className="lead">
                <InLanguage lang={event.lang.summary} locale={locale}>
                  {event.summary}
                </InLanguage>
              </p>
            ) : null}
            {event.body ? (
              <InLanguage lang={event.bodyLang} locale={locale} block>
                <RichText value={event.body} />
              </InLanguage>
            ) : null}
          </div>
        ) : null}

        <Programme event={event} locale={locale} />

        {event.appearances.length > 0 ? (
          <section className="section" aria-labelledby="people">
            <h2 id="people">{messages.event.people}</h2>
            <PeopleByRole appearances={event.appearances} locale={locale} />
          </section>
        ) : null}

        <Resources event={event} locale={locale} />
        <RelatedLinks event={event} locale={locale} />
        <FollowEvents event={event} locale={locale} />
        <p className="print-only meta">
          {format(locale, messages.event.pageAddress, { url: pageUrl })}
        </p>
      </article>
    </PageFrame>
  )
}
