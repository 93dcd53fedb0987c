import Link from 'next/link'
import { joinParts } from '@/lib/i18n/format'
import { InLanguage } from '@/components/i18n/in-language'
import { formatDate } from '@/lib/dates'
import type { Locale } from '@/lib/i18n/config'
import { getMessages } from '@/lib/i18n/messages'
import { kindLabel } from '@/components/organisation/kind'
import type { SearchHit } from '@/lib/queries/search'

const paths = {
  event: 'events',
  person: 'people',
  organisation: 'organisations',
  initiative: 'initiatives',
} as const

export function hitHref(locale: Locale, hit: SearchHit) {
  return `/${locale}/${paths[hit._type]}/${hit.slug}` as const
}

/** One search result: what kind of thing it is, its name, and a line that identifies it. */
export function SearchHitEntry({ hit, locale }: { hit: SearchHit; locale: Locale }) {
  const messages = getMessages(locale)
  return (
    <article className="search-hit">
      <p className="meta">
        <span className="badge">{messages.search.typeLabels[hit._type]}</span>
      </p>
      <h3 className="entry__title">
        <Link href={hitHref(locale, hit)}>
          <InLanguage lang={'title' in hit.lang ? hit.lang.title : undefined} locale={locale}>
            {hit.title}
          </InLanguage>
        </Link>
      </h3>
      <HitDetails hit={hit} locale={locale} />
    </article>
  )
}

function HitDetails({ hit, locale }: { hit: SearchHit; locale: Locale }) {
  const messages = getMessages(locale)
  switch (hit._type) {
    case 'event':
      return (
        <>
          <p className="meta">
            <time dateTime={hit.start}>{formatDate(hit.start, locale, hit.timeZone)}</time>
            {' · '}
            {messages.attendance[hit.attendanceMode]}
          </p>
          {hit.summary ? (
            <p className="entry__summary">
              <InLanguage lang={hit.lang.summary} locale={locale}>
                {hit.summary}
              </InLanguage>
            </p>
          ) : null}
        </>
      )
    case 'person': {
      const line = joinParts([hit.position, hit.organisation?.name], locale)
      return line ? <p className="meta">{line}</p> : null
    }
    case 'organisation': {
      const kind = hit.kind ? kindLabel(locale, hit.kind) : undefined
      const line = [hit.acronym, kind].filter(Boolean).join(' · ')
      return line ? <p className="meta">{line}</p> : null
    }
    case 'initiative':
      return (
        <>
          {hit.status ? <p className="meta">{messages.directory.statuses[hit.status]}</p> : null}
          {hit.summary ? (
            <p className="entry__summary">
              <InLanguage lang={hit.lang.summary} locale={locale}>
                {hit.summary}
              </InLanguage>
            </p>
          ) : null}
        </>
      )
  }
}
