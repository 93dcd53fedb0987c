import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { badSlugDocuments, badSlugs, goodEvent } from '../fixtures/bad-slugs'

/**
 * The bundled dataset plus documents of every type whose slugs the site cannot serve, read
 * through the site's own fetchers (lib/data) on the local backend: every list, feed,
 * calendar, the sitemap and the JSON-LD leave them out, and asking for one by its slug is
 * a plain "not found", never an error. Next's cache and draft mode are stubbed out.
 */
vi.mock('next/cache', () => ({ cacheLife: () => undefined, cacheTag: () => undefined }))
vi.mock('next/headers', () => ({ draftMode: async () => ({ isEnabled: false }) }))

let dir: string
const warnings: string[] = []

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bad-slugs-'))
  cpSync(path.resolve('sanity/seed'), dir, { recursive: true })
  const data = path.join(dir, 'data.ndjson')
  const extra = badSlugDocuments.map((document) => JSON.stringify(document)).join('\n')
  writeFileSync(data, `${readFileSync(data, 'utf8').trimEnd()}\n${extra}\n`)
  vi.stubEnv('LOCAL_DATASET_DIR', dir)
  vi.stubEnv('NEXT_DIST_DIR', path.join(dir, 'next'))
  vi.spyOn(console, 'warn').mockImplementation((message: unknown) => {
    warnings.push(String(message))
  })
})

afterAll(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
  rmSync(dir, { recursive: true, force: true })
})

/** Every way a bad slug could show up in a file or a link: as is, encoded, or resolved. */
function expectNoBadSlug(output: unknown, what: string) {
  const text = typeof output === 'string' ? output : JSON.stringify(output)
  for (const slug of badSlugs) {
    for (const form of [slug, encodeURIComponent(slug), encodeURI(slug), JSON.stringify(slug)]) {
      expect(text.includes(form), `${what} holds ${form}`).toBe(false)
    }
  }
  expect(text, `${what} links the Studio`).not.toMatch(/\/studio\b/)
  expect(text, `${what} names a badly addressed document`).not.toMatch(/Badly addressed/i)
}

describe('documents whose slug the site cannot serve', () => {
  it('are left out of the sitemap, the feeds and the calendars', async () => {
    const { sitemapXml } = await import('@/lib/data/sitemap')
    const feeds = await import('@/lib/data/feeds')
    expectNoBadSlug(await sitemapXml(), 'sitemap.xml')
    expectNoBadSlug(await feeds.eventsRss('en'), 'rss.xml')
    expectNoBadSlug(await feeds.eventsAtom('en'), 'atom.xml')
    expectNoBadSlug(await feeds.eventsCalendar('en'), 'events.ics')
    expectNoBadSlug(await feeds.listCollectionSlugs('topic'), 'topic calendars')
    expectNoBadSlug(await feeds.listCollectionSlugs('series'), 'series calendars')
    // The good event is there, without its badly addressed references.
    expect(await feeds.eventsRss('en')).toContain('/en/events/well-addressed-event')
    expect(await sitemapXml()).toContain('/en/events/well-addressed-event')
  })

  it('are left out of every list and of the pages prerendered at build time', async () => {
    const { listEventSlugs, listUpcomingEvents } = await import('@/lib/data/events')
    const { listEvents, getEventFacets } = await import('@/lib/data/event-list')
    const { getHome } = await import('@/lib/data/home')
    const people = await import('@/lib/data/people')
    const organisations = await import('@/lib/data/organisations')
    const initiatives = await import('@/lib/data/initiatives')
    const { search } = await import('@/lib/data/search')
    const outputs = {
      listEventSlugs: await listEventSlugs(),
      listUpcomingEvents: await listUpcomingEvents('en'),
      listEvents: await listEvents('en', { when: 'all', page: 1 }),
      getEventFacets: await getEventFacets('en'),
      getHome: await getHome('en'),
      listPeople: await people.listPeople('en', 1),
      listPersonSlugs: await people.listPersonSlugs(),
      listOrganisations: await organisations.listOrganisations('en', 1),
      listOrganisationSlugs: await organisations.listOrganisationSlugs(),
      listInitiatives: await initiatives.listInitiatives('en', undefined, 1),
      listInitiativeSlugs: await initiatives.listInitiativeSlugs(),
      search: await search('en', 'badly addressed', undefined, 1),
    }
    for (const [name, output] of Object.entries(outputs)) expectNoBadSlug(output, name)
    expect(outputs.listEventSlugs).toContain('well-addressed-event')
  })

  it('are not linked from a good event that references them, nor from its JSON-LD', async () => {
    const { getEvent } = await import('@/lib/data/events')
    const { eventCalendar } = await import('@/lib/data/feeds')
    const { eventJsonLd } = await import('@/lib/seo/json-ld')
    const event = await getEvent('en', goodEvent.slug.current)
    if (!event) throw new Error('the good event did not load')
    expectNoBadSlug(event, 'event page data')
    expectNoBadSlug(eventJsonLd(event, 'en', 'https://events.example.org'), 'JSON-LD')
    expectNoBadSlug(await eventCalendar('en', goodEvent.slug.current), 'event.ics')
    expect(event.organisers.map((organisation) => organisation._id)).toEqual(['org-oict'])
    expect(event.appearances.map((appearance) => appearance.person._id)).toEqual([
      'person-salem-avan',
    ])
  })

  it('answer "not found" at their own address, and are logged with their id', async () => {
    const { getEvent } = await import('@/lib/data/events')
    const { getPerson } = await import('@/lib/data/people')
    const { getOrganisation } = await import('@/lib/data/organisations')
    const { getInitiative } = await import('@/lib/data/initiatives')
    const { collectionCalendar, eventCalendar } = await import('@/lib/data/feeds')
    for (const slug of badSlugs) {
      expect(await getEvent('en', slug), slug).toBeNull()
      expect(await getPerson('en', slug), slug).toBeNull()
      expect(await getOrganisation('en', slug), slug).toBeNull()
      expect(await getInitiative('en', slug), slug).toBeNull()
      expect(await eventCalendar('en', slug), slug).toBeNull()
      expect(await collectionCalendar('topic', 'en', slug), slug).toBeNull()
      expect(await collectionCalendar('series', 'en', slug), slug).toBeNull()
    }
    expect(warnings.join('\n')).toMatch(/event event-bad-0 failed its schema and was skipped/)
    expect(warnings.join('\n')).toMatch(/person person-bad-4 failed its schema/)
  })
})
