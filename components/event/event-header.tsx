import Link from 'next/link'
import { InLanguage } from '@/components/i18n/in-language'
import type { Locale } from '@/lib/i18n/config'
import { getMessages } from '@/lib/i18n/messages'
import type { EventDetail } from '@/lib/queries/events'
import { paths } from '@/lib/seo/urls'
import { StatusBanner } from './status-banner'

/** Kind and series above the title, the subtitle below, then any change of plan. */
export function EventHeader({ event, locale }: { event: EventDetail; locale: Locale }) {
  const messages = getMessages(locale)
  const kind = Object.entries(messages.event.kinds).find(([key]) => key === event.kind)?.[1]
  return (
    <header className="event-header">
      {kind || event.series ? (
        <p className="meta">
          {kind}
          {kind && event.series ? ' · ' : null}
          {event.series ? (
            <>
              {messages.event.series}{' '}
              <Link href={paths.eventsBySeries(locale, event.series.slug)}>
                <InLanguage lang={event.series.lang.title} locale={locale}>
                  {event.series.title}
                </InLanguage>
              </Link>
            </>
          ) : null}
        </p>
      ) : null}
      <h1>
        <InLanguage lang={event.lang.title} locale={locale}>
          {event.title}
        </InLanguage>
      </h1>
      {event.subtitle ? (
        <p className="lead">
          <InLanguage lang={event.lang.subtitle} locale={locale}>
            {event.subtitle}
          </InLanguage>
        </p>
      ) : null}
      <StatusBanner event={event} locale={locale} />
    </header>
  )
}
