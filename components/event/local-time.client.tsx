'use client'

import { useId, useState, useSyncExternalStore, type ReactNode } from 'react'
import { formatRange } from '@/lib/dates'
import type { LocalTimeMessages } from '@/lib/i18n/client'
import type { Locale } from '@/lib/i18n/config'
import { fillArguments } from '@/lib/i18n/simple-format'

const subscribe = () => () => {}
const visitorZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone
/** The server (and the first client render) knows no visitor: it shows the event's zone. */
const noZone = () => null

/**
 * The event's time as the server rendered it (children), with a toggle that shows the same
 * span in the visitor's own zone. The text sits in a polite live region, so screen readers
 * read the new time after the switch; the button reports its state with aria-pressed.
 * Without JavaScript the button is not rendered, and the event's zone stays on the page.
 */
export function LocalTime({
  start,
  end,
  timeZone,
  locale,
  messages,
  children,
}: {
  start: string
  end: string
  timeZone: string
  locale: Locale
  /** From `localTimeMessages(locale)`: the catalogues stay on the server. */
  messages: LocalTimeMessages
  children: ReactNode
}) {
  const zone = useSyncExternalStore(subscribe, visitorZone, noZone)
  const [showLocal, setShowLocal] = useState(false)
  const id = useId()
  if (!zone) return <span className="local-time__value">{children}</span>

  const local = formatRange({ start, end, timeZone: zone }, locale)
  const own = formatRange({ start, end, timeZone }, locale)
  const sameClock = local.date === own.date && local.time === own.time
  return (
    <span className="local-time">
      <span id={id} className="local-time__value" aria-live="polite">
        {showLocal && !sameClock ? (
          <span className="event-time" data-zone={zone}>
            <time dateTime={start}>
              {fillArguments(messages.dateTime, { date: local.date, time: local.time })}
            </time>{' '}
            <span className="event-time__zone">
              {fillArguments(messages.localZone, local.zone)}
            </span>
          </span>
        ) : (
          children
        )}
      </span>
      {sameClock ? (
        <span className="local-time__note meta">{messages.sameZone}</span>
      ) : (
        <button
          type="button"
          className="button button--secondary button--small no-print"
          aria-pressed={showLocal}
          aria-controls={id}
          onClick={() => setShowLocal((value) => !value)}
        >
          {messages.showLocalTime}
        </button>
      )}
    </span>
  )
}
