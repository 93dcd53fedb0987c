import Link from 'next/link'
import { formatList, joinParts } from '@/lib/i18n/format'
import { formatRange } from '@/lib/dates'
import type { Locale } from '@/lib/i18n/config'
import { format, getMessages } from '@/lib/i18n/messages'
import type { EventListItem } from '@/lib/queries/event-list'

type HeadingLevel = 2 | 3 | 4
const headingTags = { 2: 'h2', 3: 'h3', 4: 'h4' } as const

/** One event in a list: when, how to attend, where, who organises, and its state. */
export function EventListEntry({
  event,
  locale,
  headingLevel = 3,
}: {
  event: EventListItem
  locale: Locale
  headingLevel?: HeadingLevel
}) {
  const messages = getMessages(locale)
  const when = formatRange(event, locale)
  const Heading = headingTags[headingLevel]
  const place = joinParts([event.venue?.city, event.venue?.country], locale)
  return (
    <article className="event-entry">
      <Heading className="event-entry__title">
        <Link href={`/${locale}/events/${event.slug}`}>{event.title}</Link>
      </Heading>
      <p className="meta">
        <time dateTime={event.start} className="bidi-auto">
          {format(locale, messages.event.dateTime, { date: when.date, time: when.time })}
        </time>{' '}
        <bdi>{format(locale, messages.event.zone, when.zone)}</bdi>
      </p>
      <p className="meta">
        {messages.attendance[event.attendanceMode]}
        {place ? ` · ${place}` : null}
        {event.series ? ` · ${event.series.title}` : null}
      </p>
      {event.summary ? <p className="event-entry__summary">{event.summary}</p> : null}
      {event.organisers.length > 0 ? (
        <p className="meta">
          {format(locale, messages.eventList.organisedBy, {
            names: formatList(
              event.organisers.map((o) => o.acronym ?? o.name),
              locale,
            ),
          })}
        </p>
      ) : null}
      {event.status !== 'scheduled' || event.hasRecording ? (
        <p className="badges">
          {event.status !== 'scheduled' ? (
            <span className="badge badge--alert">
              {messages.eventList.statusBadges[event.status]}
            </span>
          ) : null}
          {event.hasRecording ? (
            <span className="badge">{messages.eventList.recording}</span>
          ) : null}
        </p>
      ) : null}
    </article>
  )
}

export function EventListEntries({
  events,
  locale,
  labelledBy,
  headingLevel = 3,
}: {
  events: EventListItem[]
  locale: Locale
  labelledBy?: string
  headingLevel?: HeadingLevel
}) {
  return (
    <ol className="event-list" aria-labelledby={labelledBy}>
      {events.map((event) => (
        <li key={event._id}>
          <EventListEntry event={event} locale={locale} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  )
}
