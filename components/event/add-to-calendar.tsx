import { googleCalendarUrl, outlookCalendarUrl } from '@/lib/calendar-links'
import { eventHeadline, isWebLink } from '@/lib/event-text'
import type { Locale } from '@/lib/i18n/config'
import { format, getMessages } from '@/lib/i18n/messages'
import type { EventDetail } from '@/lib/queries/events'
import { absoluteUrl, paths, webcalUrl } from '@/lib/seo/urls'

/**
 * The event's .ics file, Google Calendar and Outlook. A cancelled event keeps only the file,
 * which tells calendars that already hold it about the cancellation.
 */
export function AddToCalendar({ event, locale }: { event: EventDetail; locale: Locale }) {
  const { calendar, event: messages } = getMessages(locale)
  const pageUrl = absoluteUrl(paths.event(locale, event.slug))
  const online = isWebLink(event.onlineUrl) ? event.onlineUrl : undefined
  const input = {
    title: eventHeadline(event, locale),
    start: event.start,
    end: event.end,
    timeZone: event.timeZone,
    details: [event.summary, pageUrl].filter(Boolean).join('\n\n'),
    location: online ?? event.venue?.name ?? undefined,
  }
  const cancelled = event.status === 'cancelled'
  return (
    <section className="calendar-links no-print" aria-labelledby="add-to-calendar">
      <h2 id="add-to-calendar" className="calendar-links__title">
        {messages.addToCalendar}
      </h2>
      <ul className="inline-list">
        <li>
          <a href={paths.eventIcs(locale, event.slug)} download>
            {calendar.downloadIcs}
          </a>
        </li>
        {cancelled ? null : (
          <>
            <li>
              <a href={googleCalendarUrl(input)}>{calendar.google}</a>
            </li>
            <li>
              <a href={outlookCalendarUrl(input)}>{calendar.outlook}</a>
            </li>
            <li>
              <a href={outlookCalendarUrl(input, 'outlook.office.com')}>{calendar.office365}</a>
            </li>
          </>
        )}
      </ul>
      {cancelled ? <p className="meta">{calendar.cancelledNote}</p> : null}
    </section>
  )
}

/** Ongoing: subscribe to this series or to all events, by iCalendar, RSS or Atom. */
export function FollowEvents({ event, locale }: { event: EventDetail; locale: Locale }) {
  const { calendar, event: messages } = getMessages(locale)
  return (
    <section className="section no-print" aria-labelledby="follow">
      <h2 id="follow">{messages.share}</h2>
      <ul className="link-list">
        {event.series ? (
          <li>
            <a href={webcalUrl(paths.seriesCalendarFeed(locale, event.series.slug))}>
              {format(locale, calendar.subscribeSeries, { title: event.series.title })}
            </a>
            <FeedAddress path={paths.seriesCalendarFeed(locale, event.series.slug)} />
          </li>
        ) : null}
        <li>
          <a href={webcalUrl(paths.calendarFeed(locale))}>{calendar.subscribeAll}</a>
          <FeedAddress path={paths.calendarFeed(locale)} />
        </li>
        <li>
          <a href={paths.rss(locale)}>{calendar.rss}</a>
        </li>
        <li>
          <a href={paths.atom(locale)}>{calendar.atom}</a>
        </li>
      </ul>
    </section>
  )
}

/** The https address too, for calendars that subscribe by pasting a URL. */
function FeedAddress({ path }: { path: string }) {
  return (
    <div className="meta">
      <code>{absoluteUrl(path)}</code>
    </div>
  )
}
