import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { EventCardList } from '@/components/event/event-card'
import { listPastEvents, listUpcomingEvents } from '@/lib/data/events'
import { isLocale } from '@/lib/i18n/config'
import { getMessages } from '@/lib/i18n/messages'

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return { title: { absolute: 'Event Portal' }, alternates: { canonical: `/${locale}` } }
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const messages = getMessages(locale)
  const [upcoming, past] = await Promise.all([
    listUpcomingEvents(locale, 6),
    listPastEvents(locale, 6),
  ])
  return (
    <div className="container">
      <h1>{messages.site.events}</h1>
      <section className="section" aria-labelledby="upcoming">
        <h2 id="upcoming">{messages.home.upcoming}</h2>
        {upcoming.length > 0 ? (
          <EventCardList events={upcoming} locale={locale} />
        ) : (
          <p>{messages.home.noUpcoming}</p>
        )}
      </section>
      <section className="section" aria-labelledby="recent">
        <h2 id="recent">{messages.home.recent}</h2>
        <EventCardList events={past} locale={locale} />
      </section>
      <p>
        <Link href={`/${locale}/events`}>{messages.home.allEvents}</Link>
      </p>
    </div>
  )
}
