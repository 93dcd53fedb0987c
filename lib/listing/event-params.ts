import type { AttendanceMode } from '../event-options'
import type { EventTime } from './fields'
import { searchPattern } from './search-pattern'

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
  const start = (filters.page - 1) * eventsPerPage
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
    start,
    end: start + eventsPerPage,
  }
}

/** Upcoming events soonest first; everything else newest first. */
export const ascending = (filters: EventListFilters) => filters.when === 'upcoming'
