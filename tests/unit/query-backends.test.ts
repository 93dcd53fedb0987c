import { readdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { queryLocal } from '@/lib/content/local'
import type { Perspective } from '@/lib/content/perspective'
import { eventCard, eventDetail } from '@/lib/queries/events'
import { eventListParams, type EventListFilters } from '@/lib/queries/event-params'
import type { SearchType } from '@/lib/event-options'
import { searchParams } from '@/lib/queries/search-params'
import { eventFacetsResult, eventListItem, eventListResult } from '@/lib/queries/event-list'
import { feedCollection, feedEvent } from '@/lib/queries/feeds'
import { homeResult } from '@/lib/queries/home'
import { initiativeCard, initiativeDetail, initiativeRelations } from '@/lib/queries/initiatives'
import {
  organisationDetail,
  organisationListItem,
  organisationRelations,
} from '@/lib/queries/organisations'
import { personAppearance, personDetail, personListItem } from '@/lib/queries/people'
import { personRef } from '@/lib/queries/schemas'
import { searchHit, searchResult } from '@/lib/queries/search'
import { sitemapEntry } from '@/lib/queries/sitemap'
import { startContentLake, type ContentLake } from '../fixtures/content-lake'

/**
 * Every query in lib/queries gives the same result from the local backend and from the Sanity
 * backend (the real client against the Content Lake stand-in), and that result passes the zod
 * schema the site parses it with. A new query needs an entry here with realistic parameters.
 */
type Case = { params: Record<string, unknown>[]; schema: z.ZodType }

const seedEvent = 'from-open-software-to-open-culture'
const cases: Record<string, Case> = {
  upcomingEventsQuery: { params: [{ locale: 'en', limit: 6 }], schema: z.array(eventCard) },
  pastEventsQuery: {
    params: [
      { locale: 'en', limit: 6 },
      { locale: 'fr', limit: 1 },
    ],
    schema: z.array(eventCard),
  },
  eventSlugsQuery: {
    params: [{ limit: 100 }],
    schema: z.object({ upcoming: z.array(z.string()), past: z.array(z.string()) }),
  },
  eventQuery: {
    params: [
      { locale: 'en', slug: seedEvent },
      { locale: 'en', slug: 'ospo-practice-exchange' },
      { locale: 'en', slug: 'no-such-event' },
    ],
    schema: eventDetail.nullable(),
  },
  feedEventsQuery: { params: [{ locale: 'en', limit: 50 }], schema: z.array(feedEvent) },
  seriesFeedQuery: {
    params: [
      { locale: 'en', slug: 'unga-76-high-level-week', limit: 50 },
      { locale: 'en', slug: 'no-such-series', limit: 50 },
    ],
    schema: feedCollection.extend({ events: z.array(feedEvent) }).nullable(),
  },
  topicFeedQuery: {
    params: [{ locale: 'en', slug: 'open-source', limit: 50 }],
    schema: feedCollection.extend({ events: z.array(feedEvent) }).nullable(),
  },
  seriesSlugsQuery: { params: [{ limit: 100 }], schema: z.array(z.string()) },
  topicSlugsQuery: { params: [{ limit: 100 }], schema: z.array(z.string()) },
  sitemapQuery: {
    params: [{}],
    schema: z.object({
      events: z.array(sitemapEntry),
      people: z.array(sitemapEntry),
      organisations: z.array(sitemapEntry),
      initiatives: z.array(sitemapEntry),
    }),
  },
}

const page = (item: z.ZodType) => z.object({ total: z.number(), items: z.array(item) })
// The relation schemas fall back to empty lists; here every part must parse as it is.
const events = z.array(eventListItem)
const initiativeRelated = z.object({ events, people: z.array(z.unknown()) })
const organisationRelated = z.object({
  parts: z.array(organisationListItem.partial().required({ _id: true, slug: true, name: true })),
  upcomingCount: z.number(),
  pastCount: z.number(),
  upcoming: events,
  past: events,
})
const listParams = (filters: Partial<EventListFilters>) =>
  eventListParams('en', { when: 'all', page: 1, ...filters }) ?? {}
const searchFor = (text: string, type?: SearchType) => searchParams('en', text, type, 1) ?? {}

Object.assign(cases, {
  homeQuery: { params: [{ locale: 'en', limit: 6, recordings: 3 }], schema: homeResult },
  eventListAscQuery: {
    params: [listParams({ when: 'upcoming' }), listParams({ attendance: 'online', q: 'open' })],
    schema: eventListResult.extend({ items: z.array(eventListItem) }),
  },
  eventListDescQuery: {
    params: [
      listParams({ when: 'past' }),
      listParams({ when: 2021, topicId: 'topic-open-source' }),
      listParams({ seriesId: 'series-unga76-high-level-week', q: 'avan' }),
      listParams({ organisationId: 'org-oict', attendance: 'inPerson' }),
      listParams({ personId: 'person-salem-avan', when: 'past' }),
      listParams({ personId: 'person-nobody' }),
      listParams({ q: '开放文化' }),
    ],
    schema: eventListResult.extend({ items: z.array(eventListItem) }),
  },
  eventFacetsQuery: {
    params: [{ locale: 'en' }, { locale: 'fr' }],
    schema: eventFacetsResult,
  },
  searchQuery: {
    params: [
      searchFor('open source'),
      searchFor('salem', 'person'),
      searchFor('zzz'),
      searchFor('开源 open'),
      searchFor('مَصدر'),
    ],
    schema: searchResult.extend({ items: z.array(searchHit) }),
  },
  peopleListQuery: { params: [{ locale: 'en', start: 0, end: 20 }], schema: page(personListItem) },
  personNameQuery: {
    params: [
      { locale: 'en', slug: 'salem-avan' },
      { locale: 'fr', slug: 'nobody' },
    ],
    schema: personRef.nullable(),
  },
  personQuery: {
    params: [
      { locale: 'en', slug: 'salem-avan' },
      { locale: 'en', slug: 'nobody' },
    ],
    schema: personDetail.nullable(),
  },
  personAppearancesQuery: {
    params: [{ locale: 'en', id: 'person-salem-avan' }],
    schema: z.array(personAppearance),
  },
  personSlugsQuery: { params: [{ limit: 100 }], schema: z.array(z.string()) },
  organisationListQuery: {
    params: [{ locale: 'en', start: 0, end: 20 }],
    schema: page(organisationListItem),
  },
  organisationQuery: {
    params: [{ locale: 'en', slug: 'oict' }],
    schema: organisationDetail.nullable(),
  },
  organisationRelationsQuery: {
    params: [{ locale: 'en', id: 'org-oict', limit: 20, speakerEvents: 50 }],
    schema: organisationRelated.and(organisationRelations),
  },
  organisationSlugsQuery: { params: [{ limit: 100 }], schema: z.array(z.string()) },
  initiativeListQuery: {
    params: [
      { locale: 'en', status: null, start: 0, end: 20 },
      { locale: 'en', status: 'announced', start: 0, end: 20 },
    ],
    schema: page(initiativeCard),
  },
  initiativeQuery: {
    params: [{ locale: 'en', slug: 'un-secretariat-ospo' }],
    schema: initiativeDetail.nullable(),
  },
  initiativeRelationsQuery: {
    params: [
      {
        locale: 'en',
        id: 'initiative-un-secretariat-ospo',
        announcedAt: 'event-from-open-software-to-open-culture',
      },
      { locale: 'en', id: 'initiative-digital-public-goods-alliance', announcedAt: null },
    ],
    schema: initiativeRelated.and(initiativeRelations),
  },
  initiativeSlugsQuery: { params: [{ limit: 100 }], schema: z.array(z.string()) },
} satisfies Record<string, Case>)

const perspectives: Perspective[] = ['published', 'drafts']
const token = 'shapes-read-token'
let lake: ContentLake
let runQuery: (q: string, p: Record<string, unknown>, v: Perspective) => Promise<unknown>
const queries = new Map<string, string>()

beforeAll(async () => {
  const dir = path.resolve('lib/queries')
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
    const exports: Record<string, unknown> = await import(path.join(dir, file))
    for (const [name, value] of Object.entries(exports)) {
      if (name.endsWith('Query') && typeof value === 'string') queries.set(name, value)
    }
  }
  lake = await startContentLake({ dir: path.resolve('sanity/seed'), token })
  vi.resetModules()
  vi.stubEnv('NEXT_PUBLIC_SANITY_PROJECT_ID', 'shapes')
  vi.stubEnv('NEXT_PUBLIC_SANITY_API_HOST', lake.url)
  vi.stubEnv('SANITY_API_READ_TOKEN', token)
  runQuery = (await import('@/lib/content/source')).runQuery
})

afterAll(async () => {
  vi.unstubAllEnvs()
  await lake.close()
})

describe('queries through both backends', () => {
  it('has realistic parameters for every exported query, and no stale entries', () => {
    expect(queries.size).toBeGreaterThan(0)
    expect([...queries.keys()].sort()).toEqual(Object.keys(cases).sort())
  })

  for (const [name, { params, schema }] of Object.entries(cases)) {
    it(`${name}: same result from both backends, and it passes its schema`, async () => {
      const query = queries.get(name)
      if (!query) throw new Error(`${name} is not exported from lib/queries`)
      let nonEmpty = 0
      for (const values of params) {
        for (const perspective of perspectives) {
          const local = await queryLocal(query, values, { perspective })
          const remote = await runQuery(query, values, perspective)
          expect(remote, `${name} ${perspective} ${JSON.stringify(values)}`).toStrictEqual(local)
          const parsed = schema.safeParse(remote)
          expect(parsed.error?.issues ?? [], `${name} ${perspective}`).toEqual([])
          if (remote !== null && !(Array.isArray(remote) && remote.length === 0)) nonEmpty += 1
        }
      }
      // Comparing empty answers proves nothing: each query must find something somewhere.
      expect(nonEmpty).toBeGreaterThan(0)
    })
  }

  it('differ where the perspectives should: the draft-only event is upcoming only in drafts', async () => {
    const query = queries.get('upcomingEventsQuery') ?? ''
    const params = { locale: 'en', limit: 6 }
    const published = z.array(eventCard).parse(await runQuery(query, params, 'published'))
    const drafts = z.array(eventCard).parse(await runQuery(query, params, 'drafts'))
    expect(published.map((e) => e.slug)).not.toContain('ospo-practice-exchange')
    expect(drafts.map((e) => e.slug)).toContain('ospo-practice-exchange')
  })
})
