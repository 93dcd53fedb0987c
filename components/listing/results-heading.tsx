import type { ReactNode } from 'react'
import type { Locale } from '@/lib/i18n/config'
import { format, getMessages } from '@/lib/i18n/messages'

/** The heading over a list's results: the count, then which page this is when there are more. */
export function ResultsHeading({
  id,
  locale,
  page,
  pages,
  children,
}: {
  id: string
  locale: Locale
  page: number
  pages: number
  children: ReactNode
}) {
  return (
    <h2 id={id} className="results-count">
      {children}
      {pages > 1 ? (
        <span className="meta-inline">
          {getMessages(locale).site.separator}
          {format(locale, getMessages(locale).listing.pageOf, { page, pages })}
        </span>
      ) : null}
    </h2>
  )
}
