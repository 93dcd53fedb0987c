import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import {
  renderSitemap,
  renderUrlset,
  sitemapChunk,
  sitemapChunkSize,
  sitemapUrls,
} from '@/lib/seo/sitemap'
import { parseDataset, queryLocal } from '@/lib/content/local'
import { sitemapEntry, sitemapQuery, sitemapResult } from '@/lib/queries/sitemap'
import { hostile } from '../fixtures/hostile-text'
import { child, findAll, parseStrictXml } from '../fixtures/strict-xml'

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['url', 'sitemap', 'xhtml:link'].includes(name),
})
const site = 'https://events.example.org'
const entries = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({ slug: `${prefix}-${i}`, _updatedAt: null }))

describe('sitemap', () => {
  it('lists the list pages and every event, person, organisation and initiative', () => {
    const urls = sitemapUrls(
      {
        events: [{ slug: 'e', _updatedAt: '2021-10-05T09:30:00Z' }],
        people: entries('p', 2),
        organisations: entries('o', 1),
        initiatives: entries('i', 1),
      },
      ['en'],
      site,
    )
    expect(urls.map((url) => url.loc)).toEqual([
      `${site}/en`,
      `${site}/en/events`,
      `${site}/en/people`,
      `${site}/en/organisations`,
      `${site}/en/initiatives`,
      `${site}/en/events/e`,
      `${site}/en/people/p-0`,
      `${site}/en/people/p-1`,
      `${site}/en/organisations/o-0`,
      `${site}/en/initiatives/i-0`,
    ])
    const xml = parser.parse(renderSitemap(urls, site))
    expect(xml.urlset.url).toHaveLength(10)
    expect(xml.urlset.url[5]).toEqual({
      loc: `${site}/en/events/e`,
      lastmod: '2021-10-05T09:30:00Z',
      'xhtml:link': [
        { '@_rel': 'alternate', '@_hreflang': 'en', '@_href': `${site}/en/events/e` },
        { '@_rel': 'alternate', '@_hreflang': 'x-default', '@_href': `${site}/en/events/e` },
      ],
    })
  })

  it('names each page in every language, English as x-default', () => {
    const content = {
      events: [{ slug: 'e', _updatedAt: null }],
      people: [],
      organisations: [],
      initiatives: [],
    }
    const urls = sitemapUrls(content, ['ar', 'zh', 'en', 'fr', 'ru', 'es'], site)
    expect(urls).toHaveLength(6 * 6)
    const xml = parser.parse(renderSitemap(urls, site))
    const arabicEvent = xml.urlset.url.find(
      (url: { loc: string }) => url.loc === `${site}/ar/events/e`,
    )
    expect(arabicEvent['xhtml:link']).toEqual(
      ['ar', 'zh', 'en', 'fr', 'ru', 'es', 'x-default'].map((hreflang) => ({
        '@_rel': 'alternate',
        '@_hreflang': hreflang,
        '@_href': `${site}/${hreflang === 'x-default' ? 'en' : hreflang}/events/e`,
      })),
    )
  })

  it(`becomes an index of files past ${sitemapChunkSize} addresses`, () => {
    const content = { events: entries('e', 12_000), people: [], organisations: [], initiatives: [] }
    const urls = sitemapUrls(content, ['en'], site)
    const index = parser.parse(renderSitemap(urls, site))
    expect(index.urlset).toBeUndefined()
    expect(index.sitemapindex.sitemap.map((entry: { loc: string }) => entry.loc)).toEqual([
      `${site}/sitemap/1.xml`,
      `${site}/sitemap/2.xml`,
      `${site}/sitemap/3.xml`,
    ])
    const pages = [1, 2, 3].map((page) => sitemapChunk(urls, page) ?? [])
    expect(pages.map((page) => page.length)).toEqual([5000, 5000, 2005])
    expect(pages.flat()).toEqual(urls)
    expect(sitemapChunk(urls, 4)).toBeNull()
    expect(sitemapChunk(urls, 0)).toBeNull()
  })

  it('escapes addresses for XML', () => {
    const xml = renderUrlset([{ loc: `${site}/en/events?topic=a&b` }])
    expect(xml).toContain('topic=a&amp;b')
    expect(parser.parse(xml).urlset.url[0].loc).toBe(`${site}/en/events?topic=a&b`)
  })

  it('parses strictly whatever the addresses and dates hold, dropping what XML cannot carry', () => {
    const text = hostile('Address')
    const xml = parseStrictXml(
      renderUrlset([
        {
          loc: `${site}/${text.raw}`,
          lastmod: text.raw,
          alternates: [['en', `${site}/${text.raw}`]],
        },
      ]),
    )
    const [url] = findAll(xml, 'url')
    if (!url) throw new Error('no url')
    expect(child(url, 'loc').text).toBe(`${site}/${text.shown}`)
    expect(child(url, 'lastmod').text).toBe(text.shown)
    expect(child(url, 'xhtml:link').attributes.href).toBe(`${site}/${text.shown}`)
    expect(() =>
      parseStrictXml(renderSitemap(sitemapUrls(bigContent(), ['en'], site), site)),
    ).not.toThrow()
  })

  it('gives no lastmod for a last edit that is not a date', () => {
    const entry = sitemapEntry.parse({ slug: 'e', _updatedAt: '2021-10-05 <soon>\u0000' })
    expect(entry._updatedAt).toBeNull()
    expect(sitemapEntry.parse({ slug: 'e', _updatedAt: '2021-10-05T09:30:00Z' })._updatedAt).toBe(
      '2021-10-05T09:30:00Z',
    )
  })
})

function bigContent() {
  return { events: entries('e', 6000), people: [], organisations: [], initiatives: [] }
}

describe('sitemap query', () => {
  const event = (slug: string, start: unknown, end: unknown) => ({
    _id: `event-${slug}`,
    _type: 'event',
    slug: { current: slug },
    start,
    end,
  })
  const ndjson = [
    event('fine', '2021-09-24T13:00:00Z', '2021-09-24T14:30:00Z'),
    event('offset', '2021-09-24T13:00:00+02:00', '2021-09-24T14:30:00+02:00'),
    event('start-not-a-date', 'not a date', '2021-09-24T14:30:00Z'),
    event('no-end', '2021-09-24T13:00:00Z', undefined),
    { _id: 'person-a', _type: 'person', slug: { current: 'a' } },
  ]
    .map((doc) => JSON.stringify(doc))
    .join('\n')

  it('leaves out events whose page cannot show them (a start or end that is not a date)', async () => {
    const dataset = parseDataset('/sitemap-test', ndjson)
    const result = sitemapResult.parse(await queryLocal(sitemapQuery, {}, { dataset }))
    expect(result.events.map((entry) => sitemapEntry.parse(entry).slug)).toEqual(['fine', 'offset'])
    expect(result.people).toHaveLength(1)
  })
})
