import { defaultLocale } from '../../lib/i18n/config'

/**
 * Where each document type is shown on the site. The Presentation tool, the "Share preview
 * link" action and the tests all use this one mapping, so a preview always opens the page
 * the public will see.
 */
export const pageSegments = {
  event: 'events',
  person: 'people',
  organisation: 'organisations',
  initiative: 'initiatives',
} as const

export type PageType = keyof typeof pageSegments

export function isPageType(type: string): type is PageType {
  return Object.hasOwn(pageSegments, type)
}

/** The site path of a document, or null when it has no web address yet. */
export function documentPath(type: string, slug: unknown, locale: string = defaultLocale) {
  if (!isPageType(type) || typeof slug !== 'string' || slug.trim() === '') return null
  return `/${locale}/${pageSegments[type]}/${encodeURIComponent(slug.trim())}`
}

/** The listing page a document type belongs to, e.g. `/en/events`. */
export function listingPath(type: PageType, locale: string = defaultLocale) {
  return `/${locale}/${pageSegments[type]}`
}
