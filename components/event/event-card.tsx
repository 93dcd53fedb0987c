import Link from 'next/link'
import { InLanguage } from '@/components/i18n/in-language'
import { formatRange } from '@/lib/dates'
import type { Locale } from '@/lib/i18n/config'
import { getMessages } from '@/lib/i18n/messages'
import type { EventCard as EventCardData } from '@/lib/queries/schemas'

export function EventCard({
  event,
  locale,
  headingLevel = 3,
}: {
  event: EventCardData
  locale: Locale
  headingLevel?: 2 | 3
}) {
  const messages = getMessages(locale)
  const when = formatRange(event, locale)
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="card">
      <p className="meta">
        <time dateTime={event.start}>{when.date}</time>
        {' · '}
        {messages.attendance[event.attendanceMode]}
      </p>
      <Heading>
        <Link href={`/${locale}/events/${event.slug}`}>
          <InLanguage lang={event.lang.title} locale={locale}>
            {event.title}
          </InLanguage>
        </Link>
      </Heading>
      {event.subtitle ? (
        <p className="meta">
          <InLanguage lang={event.lang.subtitle} locale={locale}>
            {event.subtitle}
          </InLanguage>
        </p>
      ) : null}
      {event.status !== 'scheduled' ? (
        <p>
          <span className="badge">{messages.status[event.status]}</span>
        </p>
      ) : null}
      {event.series ? (
        <p className="meta">
          <InLanguage lang={event.series.lang.title} locale={locale}>
            {event.series.title}
          </InLanguage>
        </p>
      ) : null}
    </article>
  )
}

export function EventCardList({ events, locale }: { events: EventCardData[]; locale: Locale }) {
  return (
    <ul className="card-list">
      {events.map((event) => (
        <li key={event._id}>
          <EventCard event={event} locale={locale} />
        </li>
      ))}
    </ul>
  )
}
