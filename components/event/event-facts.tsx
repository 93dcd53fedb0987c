import Link from 'next/link'
import { joinParts } from '@/lib/i18n/format'
import { InLanguage } from '@/components/i18n/in-language'
import { formatDate } from '@/lib/dates'
import { isWebLink } from '@/lib/event-text'
import type { Locale } from '@/lib/i18n/config'
import { format, getMessages } from '@/lib/i18n/messages'
import type { EventDetail } from '@/lib/queries/events'
import { paths } from '@/lib/seo/urls'
import { EventTime } from './event-time'
import { localTimeMessages } from '@/lib/i18n/client'
import { LocalTime } from './local-time.client'

/** The key facts at a glance: when (both zones), how to attend, where, registration, organisers. */
export function EventFacts({ event, locale }: { event: EventDetail; locale: Locale }) {
  const messages = getMessages(locale)
  const venue = event.venue?.name ? event.venue : undefined
  const address = joinParts([venue?.address, venue?.city, venue?.country], locale)
  const registration = event.registration
  return (
    <dl className="facts">
      <dt>{messages.event.when}</dt>
      <dd>
        <LocalTime
          start={event.start}
          end={event.end}
          timeZone={event.timeZone}
          locale={locale}
          messages={localTimeMessages(locale)}
        >
          <EventTime
            start={event.start}
            end={event.end}
            timeZone={event.timeZone}
            locale={locale}
          />
        </LocalTime>
      </dd>
      <dt>{messages.event.attendance}</dt>
      <dd>{messages.attendance[event.attendanceMode]}</dd>
      {venue ? (
        <>
          <dt>{messages.event.venue}</dt>
          <dd>
            <InLanguage lang={venue.lang.name} locale={locale}>
              {venue.name}
            </InLanguage>
            {address ? `${getMessages(locale).site.separator}${address}` : null}
            {isWebLink(venue.mapUrl) ? (
              <>
                {' · '}
                <a href={venue.mapUrl}>{messages.event.map}</a>
              </>
            ) : null}
          </dd>
        </>
      ) : null}
      {isWebLink(event.onlineUrl) ? (
        <>
          <dt>{messages.event.onlineLink}</dt>
          <dd>
            <a href={event.onlineUrl}>{messages.event.join}</a>
          </dd>
        </>
      ) : null}
      {registration?.mode ? (
        <>
          <dt>{messages.event.registration}</dt>
          <dd>
            {messages.registration[registration.mode]}
            {isWebLink(registration.url) ? (
              <>
                {' · '}
                <a href={registration.url}>{messages.registration.register}</a>
              </>
            ) : null}
            {registration.deadline ? (
              <div className="meta">
                {format(locale, messages.event.registrationDeadline, {
                  date: formatDate(registration.deadline, locale, event.timeZone),
                })}
              </div>
            ) : null}
            {registration.note ? (
              <div className="meta">
                <InLanguage lang={registration.lang.note} locale={locale}>
                  {registration.note}
                </InLanguage>
              </div>
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
                  <Link href={paths.organisation(locale, organisation.slug)}>
                    <InLanguage lang={organisation.lang.name} locale={locale}>
                      {organisation.name}
                    </InLanguage>
                  </Link>
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
    </dl>
  )
}
