import Link from 'next/link'
import { joinParts } from '@/lib/i18n/format'
import { InLanguage } from '@/components/i18n/in-language'
import { formatRange } from '@/lib/dates'
import type { Locale } from '@/lib/i18n/config'
import { format, getMessages } from '@/lib/i18n/messages'
import type { PersonAppearance } from '@/lib/queries/people'

/** A person's appearances: the event, when, and their role and affiliation there. */
export function AppearanceList({
  appearances,
  locale,
}: {
  appearances: PersonAppearance[]
  locale: Locale
}) {
  const messages = getMessages(locale)
  return (
    <ol className="entry-list">
      {appearances.map((event) => {
        const when = formatRange(event, locale)
        return (
          <li key={event._id} className="appearance">
            <p className="entry__title">
              <Link href={`/${locale}/events/${event.slug}`}>
                <InLanguage lang={event.lang.title} locale={locale}>
                  {event.title}
                </InLanguage>
              </Link>
            </p>
            <p className="meta">
              <time dateTime={event.start}>{when.date}</time>
              {' · '}
              {messages.attendance[event.attendanceMode]}
              {event.status !== 'scheduled'
                ? ` · ${messages.eventList.statusBadges[event.status]}`
                : null}
            </p>
            <ul className="appearance__roles">
              {event.roles.map((role) => (
                <li key={role._key}>
                  <span className="role">
                    {role.roleLabel ?? format(locale, messages.roles[role.role], { count: 1 })}
                  </span>
                  {role.position || role.affiliation ? (
                    <span className="meta">
                      {' — '}
                      {joinParts([role.position, role.affiliation?.name], locale)}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </li>
        )
      })}
    </ol>
  )
}
