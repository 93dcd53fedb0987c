import { describe, expect, it } from 'vitest'
import { parseDataset, queryLocal } from '@/lib/content/local'
import { documentPath, isPageType } from '@/sanity/presentation/paths'
import { locations, locationsFor, mainDocuments } from '@/sanity/presentation/resolve'

/** Which site page shows which document: used by the Preview tool and by shared links. */
describe('document paths', () => {
  it.each([
    [
      'event',
      'from-open-software-to-open-culture',
      '/en/events/from-open-software-to-open-culture',
    ],
    ['person', 'salem-avan', '/en/people/salem-avan'],
    ['organisation', 'oict', '/en/organisations/oict'],
    ['initiative', 'un-secretariat-ospo', '/en/initiatives/un-secretariat-ospo'],
  ])('%s %s is shown at %s', (type, slug, path) => {
    expect(documentPath(type, slug)).toBe(path)
  })

  it('has no page without a slug, or for types the site does not show on their own', () => {
    expect(documentPath('event', undefined)).toBeNull()
    expect(documentPath('event', '  ')).toBeNull()
    expect(documentPath('topic', 'open-source')).toBeNull()
    expect(documentPath('siteSettings', 'x')).toBeNull()
    expect(isPageType('toString')).toBe(false)
  })

  it('never builds a path that leaves its section', () => {
    expect(documentPath('event', '../../studio')).toBe('/en/events/..%2F..%2Fstudio')
  })
})

describe('Presentation locations', () => {
  it('covers the four page types', () => {
    expect(Object.keys(locations).sort()).toEqual(['event', 'initiative', 'organisation', 'person'])
    expect(locations.person).toMatchObject({ select: { title: 'name', slug: 'slug.current' } })
  })

  it("lists an event's page, the events listing and the home page", () => {
    expect(locationsFor('event', { title: 'Open Source Week', slug: 'osw' })).toEqual({
      locations: [
        { title: 'Open Source Week', href: '/en/events/osw' },
        { title: 'All events', href: '/en/events' },
        { title: 'Home page', href: '/en' },
      ],
    })
  })

  it('asks for a slug before there is a page to show', () => {
    expect(locationsFor('person', { title: 'Ada', slug: undefined })).toEqual({
      message: 'Add a web address (slug) to preview this page.',
      tone: 'caution',
    })
    expect(locationsFor('person', null)).toMatchObject({ tone: 'caution' })
  })
})

describe('Presentation main documents', () => {
  const dataset = parseDataset(
    'test',
    [
      { _id: 'e1', _type: 'event', slug: { current: 'same' } },
      { _id: 'p1', _type: 'person', slug: { current: 'same' } },
    ]
      .map((doc) => JSON.stringify(doc))
      .join('\n'),
  )

  it.each([
    ['/:locale/events/:slug', 'e1'],
    ['/:locale/people/:slug', 'p1'],
  ])('the page %s is about the document of that type with that slug', async (route, id) => {
    const resolver = mainDocuments.find((entry) => entry.route === route)
    if (!resolver || !('filter' in resolver)) throw new Error(`no resolver for ${route}`)
    const ids = await queryLocal(`*[${resolver.filter}]._id`, { slug: 'same' }, { dataset })
    expect(ids).toEqual([id])
  })
})
