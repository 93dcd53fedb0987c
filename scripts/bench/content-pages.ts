import { readdirSync } from 'node:fs'
import path from 'node:path'
import type { Dataset } from '../../lib/content/local'
import { lists } from '../../lib/listing/table'
import { ascending, eventListParams, resolveEventFilters } from '../../lib/queries/event-params'
import { searchParams } from '../../lib/queries/search-params'
import { eventFacetsResult } from '../../lib/queries/event-list'
import { initiativeDetail } from '../../lib/queries/initiatives'
import { organisationDetail } from '../../lib/queries/organisations'
import { personDetail } from '../../lib/queries/people'
import { personRef } from '../../lib/queries/schemas'

/**
 * What each public page asks the content backend for: the queries its fetchers in
 * lib/data run, in the same order and with the same parameters, named by module and export
 * in lib/queries so this file follows the app. A query that no longer exists is reported
 * as "not built". A call whose parameters come from an earlier call's result (a person's
 * appearances need the person's id) reads that result, as the fetcher does; when the
 * parameters are null the page would not run the call, and neither does the bench.
 */
export type Samples = { slug: (type: string, run: number) => string | null }
type Params = (samples: Samples, run: number, earlier: unknown[]) => Record<string, unknown> | null
export type Call = { module: string; name: string; params: Params }
export type PageSpec = { page: string; calls: Call[] }

const locale = 'en'
/** Values the fetchers in lib/data fix (they cannot be imported outside Next: server-only). */
const fetcher = {
  home: { limit: 6, recordings: 3 },
  organisationEventsShown: 10,
  organisationSpeakerEvents: 50,
}

/**
 * The events list at an address (`view`, optionally with a topic or a person from the
 * samples), as the page loads it: filter options (and the named person) first, the
 * address's slugs resolved through them, then the list with the parameters `listEvents`
 * builds.
 */
function eventListPage(page: string, view: string, filter?: 'topic' | 'person'): PageSpec {
  const when = lists.events.read(new URLSearchParams(view)).when
  return {
    page,
    calls: [
      { module: 'event-list', name: 'eventFacetsQuery', params: () => ({ locale }) },
      {
        module: 'people',
        name: 'personNameQuery',
        params: (samples, run) =>
          filter === 'person' ? { slug: samples.slug('person', run) } : null,
      },
      {
        module: 'event-list',
        name: ascending({ when, page: 1 }) ? 'eventListAscQuery' : 'eventListDescQuery',
        params: (samples, run, [facetData, personData]) => {
          const address = new URLSearchParams(view)
          const slug = filter ? samples.slug(filter, run) : null
          if (filter && slug) address.set(filter, slug)
          const facets = eventFacetsResult.parse(facetData)
          const person = personRef.nullish().catch(null).parse(personData)
          const { filters } = resolveEventFilters(lists.events.read(address), {
            topics: facets.topics,
            series: facets.series,
            organisations: facets.organisers,
            people: person ? [person] : [],
          })
          return eventListParams(locale, filters)
        },
      },
    ],
  }
}

const bySlug =
  (type: string): Params =>
  (samples, run) => ({ locale, slug: samples.slug(type, run) })

const searchText = 'open source'

export const pageSpecs: PageSpec[] = [
  {
    page: 'home',
    calls: [{ module: 'home', name: 'homeQuery', params: () => ({ locale, ...fetcher.home }) }],
  },
  eventListPage('events list', ''),
  eventListPage('events list, text search', `q=${searchText}`),
  eventListPage('events list, past, text search', `when=past&q=${searchText}`),
  eventListPage('events list, topic filter', '', 'topic'),
  eventListPage('events list, person filter', 'when=all', 'person'),
  { page: 'event', calls: [{ module: 'events', name: 'eventQuery', params: bySlug('event') }] },
  {
    page: 'person',
    calls: [
      { module: 'people', name: 'personQuery', params: bySlug('person') },
      {
        module: 'people',
        name: 'personAppearancesQuery',
        params: (_s, _run, [person]) => {
          const found = personDetail.safeParse(person)
          return found.success ? { locale, id: found.data._id } : null
        },
      },
    ],
  },
  {
    page: 'organisation',
    calls: [
      { module: 'organisations', name: 'organisationQuery', params: bySlug('organisation') },
      {
        module: 'organisations',
        name: 'organisationRelationsQuery',
        params: (_s, _run, [organisation]) => {
          const found = organisationDetail.safeParse(organisation)
          if (!found.success) return null
          return {
            locale,
            id: found.data._id,
            limit: fetcher.organisationEventsShown,
            speakerEvents: fetcher.organisationSpeakerEvents,
          }
        },
      },
    ],
  },
  {
    page: 'initiative',
    calls: [
      { module: 'initiatives', name: 'initiativeQuery', params: bySlug('initiative') },
      {
        module: 'initiatives',
        name: 'initiativeRelationsQuery',
        params: (_s, _run, [initiative]) => {
          const found = initiativeDetail.safeParse(initiative)
          if (!found.success) return null
          return { locale, id: found.data._id, announcedAt: found.data.announcedAt?._id ?? null }
        },
      },
    ],
  },
  {
    page: 'search',
    calls: [
      {
        module: 'search',
        name: 'searchQuery',
        params: () => searchParams(locale, searchText, undefined, 1),
      },
    ],
  },
]

/** Every exported query string of lib/queries, by module and export name. */
export async function loadQueryModules(): Promise<Map<string, Map<string, string>>> {
  const dir = path.resolve('lib/queries')
  const modules = new Map<string, Map<string, string>>()
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const exports: Record<string, unknown> = await import(path.join(dir, file))
    const queries = new Map<string, string>()
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value === 'string' && /\*\s*\[/.test(value)) queries.set(name, value)
    }
    modules.set(file.replace(/\.ts$/, ''), queries)
  }
  return modules
}

/**
 * Slugs to visit, spread over the dataset: the first document of a type (in synthetic
 * data the busiest speaker and organisation), then evenly spaced ones, in turn.
 */
export function samplesFor(dataset: Dataset): Samples {
  const byType = new Map<string, string[]>()
  for (const doc of dataset.documents) {
    if (doc._id.startsWith('drafts.')) continue
    const slug = doc.slug
    const current =
      typeof slug === 'object' && slug !== null && 'current' in slug ? slug.current : null
    if (typeof current !== 'string') continue
    const list = byType.get(doc._type) ?? []
    list.push(current)
    byType.set(doc._type, list)
  }
  const spread = new Map<string, string[]>()
  for (const [type, slugs] of byType) {
    const step = Math.max(1, Math.floor(slugs.length / 20))
    spread.set(type, slugs.filter((_, i) => i % step === 0).slice(0, 20))
  }
  return {
    slug: (type, run) => {
      const slugs = spread.get(type)
      return slugs && slugs.length > 0 ? (slugs[run % slugs.length] ?? null) : null
    },
  }
}
