import type { Locale } from '../i18n/config'
import { eventList, initiativeList, organisationList, peopleList, searchList } from './lists'
import { toSegments } from './segment'
import type { ListSpec } from './spec'

/**
 * Public list addresses carry their filters in the query string (`/en/events?topic=x`).
 * Reading `searchParams` in a page would make it dynamic (and, with Cache Components,
 * streamed behind Suspense), so the proxy moves the canonical query into a path segment of
 * an internal route instead: every filtered list is then an ISR page, rendered whole on the
 * server, cached and tagged, while the visitor keeps seeing the public address.
 */
export const internalPrefix = 'listing'

export const lists = {
  events: eventList,
  search: searchList,
  people: peopleList,
  organisations: organisationList,
  initiatives: initiativeList,
} satisfies Record<string, ListSpec>

export type ListName = keyof typeof lists

export function isListName(value: string): value is ListName {
  return Object.hasOwn(lists, value)
}

export type ListRouting =
  { action: 'redirect'; pathname: string; search: string } | { action: 'rewrite'; pathname: string }

/** Where a request for `/{locale}/{rest}` goes; undefined when it is not a list address. */
export function routeList(
  locale: string,
  rest: string,
  search: URLSearchParams,
): ListRouting | undefined {
  const [first = '', ...more] = rest.split('/').filter(Boolean)
  // The proxy also runs for its own rewrite destinations (internal routes): they pass.
  if (more.length > 0 || !isListName(first)) return undefined
  const canonical = lists[first].canonical(search).toString()
  // Compared decoded and re-encoded, so `%20` and `+` are the same and never redirect twice.
  if (canonical !== search.toString()) {
    return { action: 'redirect', pathname: `/${locale}/${first}`, search: canonical }
  }
  return { action: 'rewrite', pathname: internalPath(locale, first, canonical) }
}

export function internalPath(locale: string, list: ListName, canonical: string): string {
  return internalRoute(locale, list, toSegments(canonical))
}

/** The internal route's path from its parts; rewrites pass their `:params` as parts too. */
export function internalRoute(locale: string, list: string, segments: readonly string[]): string {
  return [locale, internalPrefix, list, ...segments].map((s) => `/${s}`).join('')
}

export type ListHref = `/${Locale}/${ListName}` | `/${Locale}/${ListName}?${string}`

/** The public address of a list view, for links, forms and canonical URLs. */
export function listHref(
  locale: Locale,
  list: ListName,
  query: URLSearchParams | string = '',
): ListHref {
  const search = query.toString()
  return search ? `/${locale}/${list}?${search}` : `/${locale}/${list}`
}
