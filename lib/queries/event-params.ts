import type { AttendanceMode } from '../event-options'
import type { EventTime } from '../listing/fields'
import { lists, type EventListQuery } from '../listing/table'
import { pageSlice } from './list-result'
import { searchPattern, segmentedPattern } from './search-pattern'

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
  /** Events where this person appears, in any role. */
  personId?: string
  attendance?: AttendanceMode
  page: number
}

/**
 * The parameters of the events-list query; null when free text holds nothing searchable
 * (only punctuation), which matches no event.
 */
export function eventListParams(locale: string, filters: EventListFilters) {
  const pattern = searchPattern(filters.q)
  if (filters.q && !pattern) return null
  const year = typeof filters.when === 'number' ? filters.when : undefined
  return {
    locale,
    when: year ? 'all' : filters.when,
    topic: filters.topicId ?? null,
    series: filters.seriesId ?? null,
    organisation: filters.organisationId ?? null,
    person: filters.personId ?? null,
    modes: filters.attendance ? attendedAs[filters.attendance] : null,
    from: year ? `${year}-01-01T00:00:00Z` : null,
    until: year ? `${year + 1}-01-01T00:00:00Z` : null,
    pattern,
    segmented: segmentedPattern(filters.q),
    ...pageSlice(filters.page, lists.events.perPage),
  }
}

/** Upcoming events soonest first; everything else newest first. */
export const ascending = (filters: EventListFilters) => filters.when === 'upcoming'

type Named = { _id: string; slug: string }
/** The filter form's options; `people` holds the one person the address names, if found. */
type Facets = { topics: Named[]; series: Named[]; organisations: Named[]; people?: Named[] }
export type UnknownFilter = {
  key: 'topic' | 'series' | 'organisation' | 'person'
  value: string
}

/**
 * Turns the slugs in the address into document ids. A slug that names nothing (a deleted
 * topic, a mistyped link) is reported and left out rather than emptying the list.
 */
export function resolveEventFilters(
  query: EventListQuery,
  facets: Facets,
): { filters: EventListFilters; applied: EventListQuery; unknown: UnknownFilter[] } {
  const unknown: UnknownFilter[] = []
  const applied = { ...query }
  const find = (key: UnknownFilter['key'], options: Named[]) => {
    const value = query[key]
    if (value === undefined) return undefined
    const match = options.find((option) => option.slug === value)
    if (!match) {
      unknown.push({ key, value })
      applied[key] = undefined
    }
    return match?._id
  }
  const filters: EventListFilters = {
    when: query.when,
    q: query.q,
    attendance: query.attendance,
    page: query.page,
    topicId: find('topic', facets.topics),
    seriesId: find('series', facets.series),
    organisationId: find('organisation', facets.organisations),
    personId: find('person', facets.people ?? []),
  }
  return { filters, applied, unknown }
}
