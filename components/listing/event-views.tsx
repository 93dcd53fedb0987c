import Link from 'next/link'
import type { IdScope } from '@/lib/dom-id'
import type { Locale } from '@/lib/i18n/config'
import { format, getMessages } from '@/lib/i18n/messages'
import { eventTimes } from '@/lib/listing/fields'
import { lists, type EventListQuery } from '@/lib/listing/table'
import { listHref } from '@/lib/listing/routing'

/** Upcoming / past / any time, keeping the other filters; the current view is marked. */
export function EventViews({ locale, query }: { locale: Locale; query: EventListQuery }) {
  const { eventList: m } = getMessages(locale)
  return (
    <nav className="views no-print" aria-label={m.views}>
      <ul>
        {eventTimes.map((when) => (
          <li key={when}>
            <Link
              href={listHref(locale, 'events', lists.events.write({ ...query, when, page: 1 }))}
              prefetch={false}
              aria-current={query.when === when ? 'page' : undefined}
            >
              {m.whenOptions[when]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** Every year with events, newest first: the archive, without other filters. */
export function YearArchive({
  locale,
  years,
  current,
  id,
}: {
  id: IdScope
  locale: Locale
  years: { year: number; count: number }[]
  current: EventListQuery['when']
}) {
  if (years.length === 0) return null
  const { eventList: m } = getMessages(locale)
  return (
    <nav className="section no-print" aria-labelledby={id('archive-heading')}>
      <h2 id={id('archive-heading')}>{m.archive}</h2>
      <ul className="inline-list">
        {years.map(({ year, count }) => (
          <li key={year}>
            <Link
              href={listHref(locale, 'events', `when=${year}`)}
              prefetch={false}
              aria-current={current === year ? 'page' : undefined}
            >
              {format(locale, m.yearCount, { year, count })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
