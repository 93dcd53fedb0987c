import type { Member } from '@/lib/queries/organisations'
import Link from 'next/link'
import { InLanguage } from '@/components/i18n/in-language'
import type { Locale } from '@/lib/i18n/config'

/** People with what they do, as organisation and initiative pages list them. */
export function PersonList({ people, locale }: { people: Member[]; locale: Locale }) {
  return (
    <ul className="people-list">
      {people.map((person) => (
        <li key={person._id}>
          <Link href={`/${locale}/people/${person.slug}`}>
            <bdi>{person.name}</bdi>
          </Link>
          {person.position ? (
            <div className="meta">
              <InLanguage lang={person.lang.position} locale={locale}>
                {person.position}
              </InLanguage>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
