import { fetchContent } from '../content/fetch'
import { parseList } from '../content/parse'
import { ascending, eventListParams, type EventListFilters } from '../queries/event-params'
import {
  eventFacetsQuery,
  eventFacetsResult,
  eventListAscQuery,
  eventListDescQuery,
  eventListItem,
  eventListResult,
} from '../queries/event-list'

export async function listEvents(locale: string, filters: EventListFilters) {
  'use cache'
  const params = eventListParams(locale, filters)
  if (!params) return { total: 0, past: 0, items: [] }
  const query = ascending(filters) ? eventListAscQuery : eventListDescQuery
  const data = await fetchContent(
    query,
    params,
    ['event', 'eventSeries', 'organisation', 'person', 'topic'],
    [],
    // A visitor's text is not worth a file per text (lib/content/last-good.ts).
    { keepLastGood: !filters.q },
  )
  const result = eventListResult.catch({ total: 0, past: 0, items: [] }).parse(data)
  return { ...result, items: parseList(eventListItem, result.items, 'event') }
}

/** Options for the filter form, sorted by name, and the number of events per year. */
export async function getEventFacets(locale: string) {
  'use cache'
  const data = await fetchContent(eventFacetsQuery, { locale }, [
    'event',
    'eventSeries',
    'organisation',
    'topic',
  ])
  const facets = eventFacetsResult
    .catch({ topics: [], series: [], organisers: [], starts: [] })
    .parse(data)
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, locale)
  const byTitle = (a: { title: string }, b: { title: string }) =>
    a.title.localeCompare(b.title, locale)
  return {
    topics: facets.topics.sort(byTitle),
    series: facets.series.sort(byTitle),
    organisations: facets.organisers.sort(byName),
    years: countYears(facets.starts),
  }
}

/** Years are calendar years in UTC, the same boundaries the year filter uses. */
function countYears(starts: unknown[]): { year: number; count: number }[] {
  const counts = new Map<number, number>()
  for (const start of starts) {
    if (typeof start !== 'string') continue
    const year = new Date(start).getUTCFullYear()
    if (Number.isFinite(year)) counts.set(year, (counts.get(year) ?? 0) + 1)
  }
  return [...counts.entries()]
    .map(([year, count]) => ({ year, count }))
    .sort((a, b) => b.year - a.year)
}
