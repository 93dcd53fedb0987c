import { locales } from '../../../lib/i18n/config'
import { contentLanguages } from '../../../lib/i18n/languages'
import { documentPath } from '../../presentation/paths'

/**
 * What a reviewer link opens: the document's page in one site language, or every page in
 * that language (`/fr/*`), for a translator reviewing a whole language before it goes out.
 * The site signs either scope as it is; its proxy keeps drafts inside it.
 */
export type LinkReach = 'page' | 'language'

export const linkReaches: readonly { value: LinkReach; label: string }[] = [
  { value: 'page', label: 'This page' },
  { value: 'language', label: 'Every page in this language' },
]

/** The languages the site is served in, each by its own name. */
export function siteLanguages(available: readonly string[] = locales) {
  return available.map((id) => ({
    id,
    title: contentLanguages.find((language) => language.id === id)?.title ?? id,
  }))
}

/** The scope to sign, or null when the document has no page yet. */
export function linkScope(
  page: { type: string; slug: unknown },
  locale: string,
  reach: LinkReach,
): string | null {
  const path = documentPath(page.type, page.slug, locale)
  if (path === null) return null
  return reach === 'language' ? `/${locale}/*` : path
}
