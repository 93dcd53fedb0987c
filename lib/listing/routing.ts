import type { Locale } from '../i18n/config'
import { listTable, type ListName, type ListTable } from './table'
import { toSegments } from './segment'

/**
 * Public list addresses carry their filters in the query string (`/en/events?topic=x`).
 * Reading `searchParams` in a page would make it dynamic (and, with Cache Components,
 * streamed behind Suspense), so the canonical query travels to an internal route as path
 * segments instead: every list view is then an ISR page, rendered whole on the server, cached
 * and tagged, while the visitor keeps seeing the public address.
 */
export type ListRouting =
  { action: 'redirect'; pathname: string; search: string } | { action: 'rewrite'; pathname: string }

/** Where a request for `/{locale}/{rest}` goes; undefined when it is not a list address. */
export function routeList(
  locale: string,
  rest: string,
  search: URLSearchParams,
  table: ListTable = listTable,
): ListRouting | undefined {
  const [first = '', ...more] = rest.split('/').filter(Boolean)
  const list = Object.hasOwn(table.lists, first) ? table.lists[first] : undefined
  if (more.length > 0 || !list) return undefined
  const canonical = list.canonical(search).toString()
  // Compared decoded and re-encoded, so `%20` and `+` are the same and never redirect twice.
  if (canonical !== search.toString()) {
    return { action: 'redirect', pathname: `/${locale}/${first}`, search: canonical }
  }
  return { action: 'rewrite', pathname: internalPath(locale, first, canonical, table) }
}

export function internalPath(
  locale: string,
  list: string,
  canonical: string,
  table: ListTable = listTable,
): string {
  return internalRoute(locale, list, toSegments(canonical), table)
}

/** The internal route's path from its parts; rewrites pass their `:params` as parts too. */
export function internalRoute(
  locale: string,
  list: string,
  segments: readonly string[],
  table: ListTable = listTable,
): string {
  return [locale, table.internalPrefix, list, ...segments].map((s) => `/${s}`).join('')
}

/** Each list view served statically, as `{ list, key, value }`: the "Past" tab. */
export function staticViews(table: ListTable = listTable) {
  return Object.entries(table.lists).flatMap(([list, { views }]) =>
    (views?.values ?? []).map((value) => ({ list, key: views?.key ?? '', value })),
  )
}

/** A list page's prerendered views: the first view and its statically served ones. */
export function listStaticParams(list: ListName, table: ListTable = listTable) {
  const views = staticViews(table)
    .filter((view) => view.list === list)
    .map(({ key, value }) => new URLSearchParams({ [key]: value }).toString())
  return table.locales.flatMap((locale) =>
    ['', ...views].map((view) => ({ locale, query: toSegments(view) })),
  )
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
