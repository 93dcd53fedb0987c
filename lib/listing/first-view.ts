import { locales } from '../i18n/config'
import { internalPath, isListName, lists, type ListName } from './routing'

/**
 * A list address without any key a list reads (`/en/events`, or `/en/events?utm_source=x`) is
 * the list's first view, the one most visitors open. The proxy stays out of it (its matcher
 * runs only when one of these keys is present) and a rewrite in next.config.ts serves the
 * internal route of the empty query instead: the same page, without the proxy's cost.
 */
export const listKeys = [...new Set(Object.values(lists).flatMap((list) => list.keys))].sort()

/**
 * Views the site's own navigation opens with one fixed, canonical key (the events list's
 * "Past" tab) are served the same way. The proxy's matcher leaves out exactly these values,
 * for these lists; with any other list key beside them the proxy runs as usual.
 */
export const fixedViews = [{ list: 'events', key: 'when', value: 'past' }] as const satisfies {
  list: ListName
  key: string
  value: string
}[]

const missingExcept = (kept?: string) =>
  listKeys.filter((key) => key !== kept).map((key) => ({ type: 'query' as const, key }))

export function listViewRewrites() {
  return locales.flatMap((locale) => [
    ...Object.keys(lists)
      .filter(isListName)
      .map((list) => ({
        source: `/${locale}/${list}`,
        destination: internalPath(locale, list, ''),
        missing: missingExcept(),
      })),
    ...fixedViews.map(({ list, key, value }) => ({
      source: `/${locale}/${list}`,
      destination: internalPath(locale, list, new URLSearchParams({ [key]: value }).toString()),
      has: [{ type: 'query' as const, key, value }],
      missing: missingExcept(key),
    })),
  ])
}
