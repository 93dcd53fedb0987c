import { readdirSync } from 'node:fs'
import path from 'node:path'
import type { Dataset } from '../../lib/content/dataset'
import { eventCard, organisationRef, personRef, t } from '../../lib/queries/fragments'

/**
 * What each public page asks the content backend for. Queries are named by module and
 * export in lib/queries, so this file follows the app: a page whose queries do not exist
 * yet is reported as such. Pages the app does not have yet are measured with a stand-in
 * query of the same shape (marked "stand-in"), to show early what they will cost.
 */
export type Samples = { slug: (type: string, run: number) => string | null }
type Params = (samples: Samples, run: number) => Record<string, unknown>
export type Call =
  | { module: string; name: string; params: Params }
  | { label: string; query: string; params: Params }
export type PageSpec = { page: string; calls: Call[] }

const locale = 'en'
const list =
  (when: string, pattern: string | null): Params =>
  () => ({
    locale,
    when,
    pattern,
    topic: null,
    series: null,
    organisation: null,
    modes: null,
    from: null,
    until: null,
    start: 0,
    end: 20,
  })

const personStandIn = `*[_type == "person" && slug.current == $slug][0]{
  ...${personRef},
  "organisation": organisation->${organisationRef},
  "events": *[_type == "event" && references(^._id)] | order(start desc) [0...50] ${eventCard}
}`
const organisationStandIn = `*[_type == "organisation" && slug.current == $slug][0]{
  ...${organisationRef},
  "events": *[_type == "event" && references(^._id)] | order(start desc) [0...50] ${eventCard},
  "people": *[_type == "person" && organisation._ref == ^._id] | order(name asc) [0...50] ${personRef}
}`
const searchStandIn = `{
  "events": *[_type == "event" && [${t('title')}, ${t('summary')}] match $pattern] | order(start desc) [0...20] ${eventCard},
  "people": *[_type == "person" && name match $pattern] | order(name asc) [0...20] ${personRef},
  "organisations": *[_type == "organisation" && ${t('name')} match $pattern] [0...20] ${organisationRef}
}`

export const pageSpecs: PageSpec[] = [
  {
    page: 'home',
    calls: [
      { module: 'events', name: 'upcomingEventsQuery', params: () => ({ locale, limit: 6 }) },
      { module: 'events', name: 'pastEventsQuery', params: () => ({ locale, limit: 6 }) },
    ],
  },
  {
    page: 'events list',
    calls: [
      { module: 'event-list', name: 'eventListAscQuery', params: list('upcoming', null) },
      { module: 'event-list', name: 'eventFacetsQuery', params: () => ({ locale }) },
    ],
  },
  {
    page: 'events list, past, text search',
    calls: [
      { module: 'event-list', name: 'eventListDescQuery', params: list('past', 'synthetic*') },
      { module: 'event-list', name: 'eventFacetsQuery', params: () => ({ locale }) },
    ],
  },
  {
    page: 'event',
    calls: [
      {
        module: 'events',
        name: 'eventQuery',
        params: (s, run) => ({ locale, slug: s.slug('event', run) }),
      },
    ],
  },
  {
    page: 'person (stand-in)',
    calls: [
      {
        label: 'person',
        query: personStandIn,
        params: (s, run) => ({ locale, slug: s.slug('person', run) }),
      },
    ],
  },
  {
    page: 'organisation (stand-in)',
    calls: [
      {
        label: 'organisation',
        query: organisationStandIn,
        params: (s, run) => ({ locale, slug: s.slug('organisation', run) }),
      },
    ],
  },
  {
    page: 'search (stand-in)',
    calls: [
      { label: 'search', query: searchStandIn, params: () => ({ locale, pattern: 'open*' }) },
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
