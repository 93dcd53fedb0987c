import Link from 'next/link'
import { InLanguage } from '@/components/i18n/in-language'
import type { Locale } from '@/lib/i18n/config'
import { format, getMessages } from '@/lib/i18n/messages'
import type { Appearance } from '@/lib/queries/events'
import { roleOrder } from '@/lib/roles'

/** People grouped by their role at this event, in the conventional order of a programme. */
export function PeopleByRole({
  appearances,
  locale,
}: {
  appearances: Appearance[]
  locale: Locale
}) {
  const messages = getMessages(locale)
  const groups = new Map<string, Appearance[]>()
  for (const appearance of [...appearances].sort((a, b) => roleOrder(a.role) - roleOrder(b.role))) {
    const label = appearance.roleLabel ?? appearance.role
    groups.set(label, [...(groups.get(label) ?? []), appearance])
  }
  return (
    <>
      {[...groups.entries()].map(([label, members]) => {
        const role = members[0]?.role ?? 'speaker'
        const heading =
          members[0]?.roleLabel ?? format(locale, messages.roles[role], { count: members.length })
        const id = `role-${label.replace(/\W+/g, '-').toLowerCase()}`
        return (
          <section key={label} className="role-group" aria-labelledby={id} data-role={role}>
            <h3 id={id}>{heading}</h3>
            <ul className="people-list">
              {members.map((appearance) => (
                <li key={appearance._key}>
                  <Link href={`/${locale}/people/${appearance.person.slug}`}>
                    <bdi>{appearance.person.name}</bdi>
                  </Link>
                  {appearance.position ? (
                    <div className="meta">
                      <InLanguage lang={appearance.lang.position} locale={locale}>
                        {appearance.position}
                      </InLanguage>
                    </div>
                  ) : null}
                  {appearance.affiliation ? (
                    <div className="meta">
                      <Link href={`/${locale}/organisations/${appearance.affiliation.slug}`}>
                        <InLanguage lang={appearance.affiliation.lang.name} locale={locale}>
                          {appearance.affiliation.name}
                        </InLanguage>
                      </Link>
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </>
  )
}
