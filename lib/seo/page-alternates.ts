import type { Metadata } from 'next'
import type { Locale } from '../i18n/config'
import { feedAlternates } from './metadata'

/**
 * The `alternates` of the home, list and directory pages. A page's `alternates` replace the
 * layout's instead of merging with them, so whatever every page must announce (feeds,
 * other languages) is added here, once, next to the canonical address.
 */
export function pageAlternates(
  locale: Locale,
  canonical: `/${Locale}${string}`,
): Metadata['alternates'] {
  return { canonical, types: feedAlternates(locale) }
}
