import { formatRange } from '@/lib/dates'
import type { Locale } from '@/lib/i18n/config'
import { format, getMessages } from '@/lib/i18n/messages'

/** Date and time in the event's own zone, with the zone named, as the server renders it. */
export function EventTime({
  start,
  end,
  timeZone,
  locale,
}: {
  start: string
  end: string
  timeZone: string
  locale: Locale
}) {
  const when = formatRange({ start, end, timeZone }, locale)
  const messages = getMessages(locale)
  return (
    <span className="event-time">
      <time dateTime={start} className="bidi-auto">
        {format(locale, messages.event.dateTime, { date: when.date, time: when.time })}
      </time>{' '}
      <span className="event-time__zone">{format(locale, messages.event.zone, when.zone)}</span>
    </span>
  )
}
