import type { FieldLanguages } from '@/lib/queries/schemas'
import Link from 'next/link'
import { InLanguage } from '@/components/i18n/in-language'
import { formatDate } from '@/lib/dates'
import type { Locale } from '@/lib/i18n/config'
import { format, getMessages } from '@/lib/i18n/messages'

type RecordedEvent = {
  _id: string
  slug: string
  title: string
  lang: FieldLanguages
  start: string
  timeZone: string
  recording: { url: string; provider?: string }
}

/** Past events with a published recording: the event page, and the recording itself. */
export function RecordingList({ events, locale }: { events: RecordedEvent[]; locale: Locale }) {
  const messages = getMessages(locale)
  return (
    <ul className="card-list">
      {events.map((event) => (
        <li key={event._id}>
          <article className="card">
            <p className="meta">
              <time dateTime={event.start}>{formatDate(event.start, locale, event.timeZone)}</time>
            </p>
            <h3>
              <Link href={`/${locale}/events/${event.slug}`}>
                <InLanguage lang={event.lang.title} locale={locale}>
                  {event.title}
                </InLanguage>
              </Link>
            </h3>
            <p>
              <a
                className="button button--secondary"
                href={event.recording.url}
                aria-label={format(locale, messages.home.watch, { title: event.title })}
              >
                {messages.event.recording}
              </a>
              {event.recording.provider ? (
                <span className="meta">
                  {' '}
                  {format(locale, messages.event.recordingOn, {
                    provider: event.recording.provider,
                  })}
                </span>
              ) : null}
            </p>
          </article>
        </li>
      ))}
    </ul>
  )
}
