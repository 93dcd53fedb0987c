import Link from 'next/link'
import { InLanguage } from '@/components/i18n/in-language'
import { formatRange } from '@/lib/dates'
import type { Locale } from '@/lib/i18n/config'
import { format, getMessages } from '@/lib/i18n/messages'
import type { EventDetail } from '@/lib/queries/events'
import { paths } from '@/lib/seo/urls'

type Props = { event: Pick<EventDetail, 'programme' | 'timeZone' | 'start'>; locale: Locale }

/** The running order, each item with its own times (in the event's zone) and people. */
export function Programme({ event, locale }: Props) {
  if (event.programme.length === 0) return null
  const messages = getMessages(locale)
  const first = formatRange({ ...event, end: event.start }, locale)
  return (
    <section className="section" aria-labelledby="programme">
      <h2 id="programme">{messages.event.programme}</h2>
      <p className="meta">{format(locale, messages.event.programmeZone, first.zone)}</p>
      <ol className="programme">
        {event.programme.map((item) => {
          const end = item.end ?? item.start
          const when = formatRange({ start: item.start, end, timeZone: event.timeZone }, locale)
          return (
            <li key={item._key} className="programme__item">
              <p className="programme__time">
                {when.startDate !== first.date ? <span>{when.startDate}, </span> : null}
                <time dateTime={item.start}>{when.startTime}</time>
                {item.end ? (
                  <>
                    {'–'}
                    <time dateTime={item.end}>{when.endTime}</time>
                  </>
                ) : null}
              </p>
              <div>
                <h3 className="programme__title">
                  <InLanguage lang={item.lang.title} locale={locale}>
                    {item.title}
                  </InLanguage>
                </h3>
                {item.description ? (
                  <p>
                    <InLanguage lang={item.lang.description} locale={locale}>
                      {item.description}
                    </InLanguage>
                  </p>
                ) : null}
                {item.people.length > 0 ? (
                  <p className="meta">
                    {messages.event.programmeSpeakers}{' '}
                    {item.people.map((person, index) => (
                      <span key={person._id}>
                        {index > 0 ? ', ' : null}
                        <Link href={paths.person(locale, person.slug)}>
                          <bdi>{person.name}</bdi>
                        </Link>
                      </span>
                    ))}
                  </p>
                ) : null}
              </div>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
