import type { Metadata } from 'next'
import { InLanguage } from '@/components/i18n/in-language'
import { PageFrame } from '@/components/layout/page-frame'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { InitiativeCard } from '@/components/initiative/initiative-card'
import { EventListEntries } from '@/components/listing/event-list-item'
import { RecordingList } from '@/components/listing/recording-list'
import { getHome } from '@/lib/data/home'
import { isLocale } from '@/lib/i18n/config'
import { getMessages } from '@/lib/i18n/messages'
import { listHref } from '@/lib/listing/routing'
import { idScope } from '@/lib/dom-id'
import { pageAlternates } from '@/lib/seo/page-alternates'

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const home = await getHome(locale)
  return {
    title: { absolute: home.title ?? getMessages(locale).home.fallbackTitle },
    description: home.description,
    alternates: pageAlternates(locale, `/${locale}`),
  }
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const messages = getMessages(locale)
  const m = messages.home
  const home = await getHome(locale)
  const hasUpcoming = home.upcoming.length > 0
  const id = idScope('home', locale)
  return (
    <PageFrame locale={locale} path={''}>
      <div className="container">
        <h1>
          {home.title ? (
            <InLanguage lang={home.lang.title} locale={locale}>
              {home.title}
            </InLanguage>
          ) : (
            m.fallbackTitle
          )}
        </h1>
        {home.description ? (
          <p className="lead">
            <InLanguage lang={home.lang.description} locale={locale}>
              {home.description}
            </InLanguage>
          </p>
        ) : null}

        <section className="section" aria-labelledby={id('events-heading')}>
          <h2 id={id('events-heading')}>{hasUpcoming ? m.upcoming : m.recent}</h2>
          {hasUpcoming ? null : <p>{m.noUpcoming}</p>}
          <EventListEntries
            events={hasUpcoming ? home.upcoming : home.recent}
            locale={locale}
            labelledBy={id('events-heading')}
          />
          <p>
            <Link href={listHref(locale, 'events', hasUpcoming ? '' : 'when=past')}>
              {m.allEvents}
            </Link>
          </p>
        </section>

        {home.featured.length > 0 ? (
          <section className="section" aria-labelledby={id('featured-heading')}>
            <h2 id={id('featured-heading')}>{m.featured}</h2>
            <ul className="card-list">
              {home.featured.map((initiative) => (
                <li key={initiative._id}>
                  <InitiativeCard initiative={initiative} locale={locale} />
                </li>
              ))}
            </ul>
            <p>
              <Link href={listHref(locale, 'initiatives')}>{m.allInitiatives}</Link>
            </p>
          </section>
        ) : null}

        {home.recordings.length > 0 ? (
          <section className="section" aria-labelledby={id('recordings-heading')}>
            <h2 id={id('recordings-heading')}>{m.recordings}</h2>
            <RecordingList events={home.recordings} locale={locale} />
          </section>
        ) : null}
      </div>
    </PageFrame>
  )
}
