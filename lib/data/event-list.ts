import { fetchContent } from '../content/fetch'
import { parseList } from '../content/parse'
import type { AttendanceMode } from '../event-options'
import type { EventTime } from '../listing/fields'
import { searchPattern } from '../listing/search-pattern'
import {
  eventFacetsQuery,
  eventFacetsResult,
  eventListAscQuery,
  eventListDescQuery,
  eventListItem,
  eventListResult,
} from '../queries/event-list'

export const eventsPerPage = 20

/** Hybrid events are attended both ways, so they appear under online and in person. */
const attendedAs: Record<AttendanceMode, AttendanceMode[]> = {
  online: ['online', 'hybrid'],
  inPerson: ['inPerson', 'hybrid'],
  hybrid: ['hybrid'],
}

export type EventListFilters = {
  /** Upcoming, past, any time, or a calendar year (UTC). */
  when: EventTime | number
  q?: string
  topicId?: string
  seriesId?: string
  organisationId?: string
  attendance?: AttendanceMode
  page: number
}

export async function listEvents(locale: string, filters: EventListFilters) {
  'use cache'
  const pattern = searchPattern(filters.q)
  // Text with nothing searchable in it (only punctuation) matches nothing.
  if (filters.q && !pattern) return { total: 0, past: 0, items: [] }
  const start = (filters.page - 1) * eventsPerPage
  const year = typeof filters.when === 'number' ? filters.when : undefined
  const params = {
    locale,
    when: year ? 'all' : filters.when,
    topic: filters.topicId ?? null,
    series: filters.seriesId ?? null,
    organisation: filters.organisationId ?? null,
    modes: filters.attendance ? attendedAs[filters.attendance] : null,
    from: year ? `${year}-01-01T00:00:00Z` : null,
    until: year ? `${year + 1}-01-01T00:00:00Z` : null,
    pattern,
    start,
    end: start + eventsPerPage,
  }
  const ascending = filters.when === 'upcoming'
  const query = ascending ? eventListAscQuery : eventListDescQuery
  const data = await fetchContent(query, params, [
    'event',
    'eventSeries',
    'organisation',
    'person',
    'topic',
  ])
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
  const organisations = [...new Map(facets.organisers.map((o) => [o._id, o])).values()]
  return {
    topics: facets.topics.sort(byTitle),
    series: facets.series.sort(byTitle),
    organisations: organisations.sort(byName),
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
