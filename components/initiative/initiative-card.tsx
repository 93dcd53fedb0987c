import Link from 'next/link'
import { formatList } from '@/lib/i18n/format'
import { InLanguage } from '@/components/i18n/in-language'
import type { Locale } from '@/lib/i18n/config'
import { getMessages } from '@/lib/i18n/messages'
import type { InitiativeCard as InitiativeCardData } from '@/lib/queries/initiatives'

/** An initiative in a list: its status, who leads it, and what it is about. */
export function InitiativeCard({
  initiative,
  locale,
  headingLevel = 3,
}: {
  initiative: InitiativeCardData
  locale: Locale
  headingLevel?: 2 | 3
}) {
  const messages = getMessages(locale)
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="card">
      {initiative.status ? (
        <p className="meta">
          <span className="badge">{messages.directory.statuses[initiative.status]}</span>
        </p>
      ) : null}
      <Heading>
        <Link href={`/${locale}/initiatives/${initiative.slug}`}>
          <InLanguage lang={initiative.lang.title} locale={locale}>
            {initiative.title}
          </InLanguage>
        </Link>
      </Heading>
      {initiative.summary ? (
        <p>
          <InLanguage lang={initiative.lang.summary} locale={locale}>
            {initiative.summary}
          </InLanguage>
        </p>
      ) : null}
      {initiative.leads.length > 0 ? (
        <p className="meta">
          {messages.initiative.leads}{' '}
          {formatList(
            initiative.leads.map((lead) => lead.acronym ?? lead.name),
            locale,
          )}
        </p>
      ) : null}
    </article>
  )
}
