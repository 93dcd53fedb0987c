import { formatDate } from '@/lib/dates'
import type { Locale } from '@/lib/i18n/config'
import { format, getMessages } from '@/lib/i18n/messages'
import type { EventDetail } from '@/lib/queries/events'

/** Tells visitors at once when an event is not going ahead as first announced. */
export function StatusBanner({ event, locale }: { event: EventDetail; locale: Locale }) {
  if (event.status === 'scheduled') return null
  const messages = getMessages(locale)
  return (
    <div className="banner" role="status">
      <strong>{messages.status[event.status]}</strong>
      {event.previousStart ? (
        <span>
          {' '}
          {format(locale, messages.event.previously, {
            date: formatDate(event.previousStart, locale, event.timeZone),
          })}
        </span>
      ) : null}
    </div>
  )
}
