import Link from 'next/link'
import type { Locale } from '@/lib/i18n/config'

type Person = { _id: string; slug: string; name: string; position?: string }

/** People with what they do, as organisation and initiative pages list them. */
export function PersonList({ people, locale }: { people: Person[]; locale: Locale }) {
  return (
    <ul className="people-list">
      {people.map((person) => (
        <li key={person._id}>
          <Link href={`/${locale}/people/${person.slug}`}>{person.name}</Link>
          {person.position ? <div className="meta">{person.position}</div> : null}
        </li>
      ))}
    </ul>
  )
}
