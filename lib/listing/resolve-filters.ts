import type { EventListFilters } from './event-params'
import type { EventListQuery } from './lists'

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
