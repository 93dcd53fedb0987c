import { locales } from '../i18n/config'
import { internalPath, isListName, lists } from './routing'

/**
 * A list address without any key a list reads (`/en/events`, or `/en/events?utm_source=x`) is
 * the list's first view, the one most visitors open. The proxy stays out of it (its matcher
 * runs only when one of these keys is present) and a rewrite in next.config.ts serves the
 * internal route of the empty query instead: the same page, without the proxy's cost.
 */
export const listKeys = [...new Set(Object.values(lists).flatMap((list) => list.keys))].sort()

export function firstViewRewrites() {
  return locales.flatMap((locale) =>
    Object.keys(lists)
      .filter(isListName)
      .map((list) => ({
        source: `/${locale}/${list}`,
        destination: internalPath(locale, list, ''),
        missing: listKeys.map((key) => ({ type: 'query' as const, key })),
      })),
  )
}
