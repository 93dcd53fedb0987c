import { internalPath, internalRoute, staticViews } from './routing'
import { pageKey, pagePiece, toSegments } from './segment'
import { listTable, type ListTable } from './table'

/** Every key any list reads: a list address carrying none of them is the list's first view. */
export function listKeys(table: ListTable = listTable): string[] {
  return [...new Set(Object.values(table.lists).flatMap((list) => list.keys))].sort()
}

/**
 * The page numbers a canonical address carries, as a regular expression: 2 to `maxPage`, a
 * power of ten, without leading zeros (page 1 is the default, left out). `[2-9]|[1-9][0-9]{1,3}|10000`
 * for 10 000. The proxy's matcher leaves out exactly these values.
 */
export function canonicalPage(table: ListTable = listTable): string {
  const digits = String(table.maxPage).length - 1
  if (digits < 1 || table.maxPage !== 10 ** digits) {
    throw new Error(`maxPage must be a power of ten from 10, not ${table.maxPage}`)
  }
  const middle = digits > 1 ? [`[1-9][0-9]{1,${digits - 1}}`] : []
  return ['[2-9]', ...middle, String(table.maxPage)].join('|')
}

/**
 * The views most visitors open are served by next.config.ts's rewrites, without the proxy's
 * cost: each list's first view (no key a list reads, `/en/events?utm_source=x` included), its
 * statically served views (the "Past" tab) and the canonical page numbers of both. The page
 * number is the internal path's readable last segment (lib/listing/segment.ts), so a rewrite
 * can build the path from the query string alone. Any other view goes through the proxy.
 */
export function listViewRewrites(table: ListTable = listTable) {
  const keys = listKeys(table)
  const missingExcept = (...kept: string[]) =>
    keys.filter((key) => !kept.includes(key)).map((key) => ({ type: 'query' as const, key }))
  const pageParam = {
    type: 'query' as const,
    key: pageKey,
    value: `(?<page>${canonicalPage(table)})`,
  }
  const names = Object.keys(table.lists)
  return table.locales.flatMap((locale) => [
    ...names.map((list) => ({
      source: `/${locale}/${list}`,
      destination: internalPath(locale, list, '', table),
      missing: missingExcept(),
    })),
    // One rewrite for the pages of every list: each rewrite costs every page request a little.
    {
      source: `/${locale}/:list(${names.join('|')})`,
      destination: internalRoute(locale, ':list', [...toSegments(''), pagePiece(':page')], table),
      has: [pageParam],
      missing: missingExcept(pageKey),
    },
    ...staticViews(table).flatMap(({ list, key, value }) => {
      const view = { type: 'query' as const, key, value }
      const query = new URLSearchParams({ [key]: value }).toString()
      const destination = internalPath(locale, list, query, table)
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
