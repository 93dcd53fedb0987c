import type { Metadata } from 'next'
import { defaultLocale, locales, type Locale } from '../i18n/config'
import { getMessages } from '../i18n/messages'
import { paths } from './urls'

/** Feeds announced in every page's <head>, so browsers and readers can discover them. */
export function feedAlternates(locale: Locale) {
  const { feeds } = getMessages(locale)
  return {
    'application/rss+xml': [{ url: paths.rss(locale), title: feeds.allEvents }],
    'application/atom+xml': [{ url: paths.atom(locale), title: feeds.allEvents }],
  }
}

/** A page's address without its locale (`/events?topic=x`; '' for the home page). */
export type PagePath = '' | `/${string}`

const isPagePath = (path: string): path is PagePath => path === '' || path.startsWith('/')

/** The page's address without its locale: `/fr/events?topic=x` gives `/events?topic=x`. */
export function pagePath(locale: Locale, canonical: string): PagePath {
  const prefix = `/${locale}`
  const rest = canonical.startsWith(prefix) ? canonical.slice(prefix.length) : ''
  return isPagePath(rest) ? rest : ''
}

/** The same page in each language, with English for visitors whose language is not offered. */
export function languageAlternates(path: PagePath): Record<string, string> {
  return {
    ...Object.fromEntries(locales.map((locale) => [locale, `/${locale}${path}`])),
    'x-default': `/${defaultLocale}${path}`,
  }
}

/**
 * The `alternates` of every page. A page's `alternates` replace the layout's instead of
 * merging with them, so whatever every page must announce (feeds, the page in the other
 * languages) is added here, once, next to the canonical address.
 */
export function pageAlternates(locale: Locale, canonical: string): Metadata['alternates'] {
  return {
    canonical,
    languages: languageAlternates(pagePath(locale, canonical)),
    types: feedAlternates(locale),
  }
}
