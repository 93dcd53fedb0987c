import Link from 'next/link'
import { InLanguage } from '@/components/i18n/in-language'
import type { Locale } from '@/lib/i18n/config'
import { format, getMessages } from '@/lib/i18n/messages'
import type { EventDetail } from '@/lib/queries/events'
import { paths } from '@/lib/seo/urls'

/** Initiatives announced or discussed at the event, and its topics as ways into other events. */
export function RelatedLinks({ event, locale }: { event: EventDetail; locale: Locale }) {
  const messages = getMessages(locale)
  return (
    <>
      {event.initiatives.length > 0 ? (
        <section className="section" aria-labelledby="initiatives">
          <h2 id="initiatives">{messages.event.initiatives}</h2>
          <ul>
            {event.initiatives.map((initiative) => (
              <li key={initiative._id}>
                <Link href={paths.initiative(locale, initiative.slug)}>
                  <InLanguage lang={initiative.lang.title} locale={locale}>
                    {initiative.title}
                  </InLanguage>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {event.topics.length > 0 ? (
        <section className="section" aria-labelledby="topics">
          <h2 id="topics">{messages.event.topics}</h2>
          <ul className="tag-list">
            {event.topics.map((topic) => (
              <li key={topic._id}>
                <Link
                  className="tag"
                  href={paths.eventsByTopic(locale, topic.slug)}
                  aria-label={format(locale, messages.event.topicEvents, { title: topic.title })}
                >
                  <InLanguage lang={topic.lang.title} locale={locale}>
                    {topic.title}
                  </InLanguage>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}
