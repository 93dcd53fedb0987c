import { locales } from '../i18n/config'
import { internalPath, internalRoute, isListName, lists, type ListName } from './routing'
import { pageKey, pagePiece, toSegments } from './segment'

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

/**
 * The page numbers a canonical address carries, as a regular expression: 2 to 10 000
 * (`maxPage`), without leading zeros (page 1 is the default, left out). The pages of the first
 * and fixed views (`?page=2`, `?page=2&when=past`) are rewritten too: the page number is the
 * internal path's readable last segment (lib/listing/segment.ts). The proxy's matcher repeats
 * this pattern, since it takes literals only; any other value goes through the proxy, which
 * redirects it.
 */
export const canonicalPage = '[2-9]|[1-9][0-9]{1,3}|10000'

const pageParam = { type: 'query' as const, key: pageKey, value: `(?<page>${canonicalPage})` }

const missingExcept = (...kept: string[]) =>
  listKeys.filter((key) => !kept.includes(key)).map((key) => ({ type: 'query' as const, key }))

export function listViewRewrites() {
  const listNames = Object.keys(lists).filter(isListName)
  return locales.flatMap((locale) => [
    ...listNames.map((list) => ({
      source: `/${locale}/${list}`,
      destination: internalPath(locale, list, ''),
      missing: missingExcept(),
    })),
    // One rewrite for the pages of every list: each rewrite costs every page request a little.
    {
      source: `/${locale}/:list(${listNames.join('|')})`,
      destination: internalRoute(locale, ':list', [...toSegments(''), pagePiece(':page')]),
      has: [pageParam],
      missing: missingExcept(pageKey),
    },
    ...fixedViews.flatMap(({ list, key, value }) => {
      const view = { type: 'query' as const, key, value }
      const destination = internalPath(
        locale,
        list,
        new URLSearchParams({ [key]: value }).toString(),
      )
      return [
        { source: `/${locale}/${list}`, destination, has: [view], missing: missingExcept(key) },
        {
          source: `/${locale}/${list}`,
          destination: `${destination}/${pagePiece(':page')}`,
          has: [view, pageParam],
          missing: missingExcept(key, pageKey),
        },
      ]
    }),
  ])
}
