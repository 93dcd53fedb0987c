import type { Metadata } from 'next'
import { eventWhen } from '../event-text'
import type { Locale } from '../i18n/config'
import { intlLocales } from '../i18n/config'
import { format, getMessages } from '../i18n/messages'
import type { EventDetail } from '../queries/events'
import { pageAlternates } from './page-alternates'
import { paths } from './urls'

/**
 * Title, description, canonical address and social cards for an event page. The social image
 * is the route's generated opengraph-image, which Next.js adds to both cards.
 */
export function eventMetadata(event: EventDetail, locale: Locale): Metadata {
  const path = paths.event(locale, event.slug)
  const when = eventWhen(event, locale)
  const description = [when, event.summary ?? event.subtitle].filter(Boolean).join('. ')
  return {
    title: event.title,
    description,
    alternates: pageAlternates(locale, path),
    openGraph: {
      type: 'website',
      url: path,
      siteName: 'Event Portal',
      locale: intlLocales[locale].replace('-', '_'),
      title: event.title,
      description,
    },
    twitter: { card: 'summary_large_image', title: event.title, description },
  }
}

/** ", page 2 of 5" for a list's title; nothing when the list fits on one page. */
export function pageSuffix(locale: Locale, page: number, pages: number): string {
  const { listing, site } = getMessages(locale)
  return pages > 1 ? `${site.separator}${format(locale, listing.pageOf, { page, pages })}` : ''
}
