import { locales } from '../../lib/i18n/config'
import { expect, test } from '@playwright/test'
import { XMLParser } from 'fast-xml-parser'
import ical, { type VEvent } from 'node-ical'
import { draftOnlySlugs, publishedPagePaths } from './seed-pages'

const seedPath = '/en/events/from-open-software-to-open-culture'
const draftTitle = 'From Open Software to Open Culture: the full recording'
const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['url', 'item', 'entry'].includes(name),
})

function vevents(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter(
    (component): component is VEvent => component?.type === 'VEVENT',
  )
}

test.describe('calendar files', () => {
  test('the event .ics parses and gives 13:00 to 14:30 UTC', async ({ request }) => {
    const response = await request.get(`${seedPath}/event.ics`, { maxRedirects: 0 })
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('text/calendar')
    expect(response.headers()['content-disposition']).toContain('attachment')
    const [event] = vevents(await response.text())
    expect(event?.start.toISOString()).toBe('2021-09-23T13:00:00.000Z')
    expect(event?.end?.toISOString()).toBe('2021-09-23T14:30:00.000Z')
    expect(event?.summary).toBe('From Open Software to Open Culture')
    expect(new URL(event?.url ?? '').pathname).toBe(seedPath)
    expect(event?.description).toContain('https://webtv.un.org/')
  })

  test('an unknown event slug has no calendar file', async ({ request }) => {
    const response = await request.get('/en/events/no-such-event/event.ics', { maxRedirects: 0 })
    expect(response.status()).toBe(404)
    const draft = await request.get('/en/events/ospo-practice-exchange/event.ics')
    expect(draft.status()).toBe(404)
  })

  test('the feeds of all events, of the series and of a topic list the seed event', async ({
    request,
  }) => {
    for (const path of [
      '/en/feeds/events.ics',
      '/en/feeds/series/unga-76-high-level-week/events.ics',
      '/en/feeds/topics/open-source/events.ics',
    ]) {
      const response = await request.get(path, { maxRedirects: 0 })
      expect(response.status(), path).toBe(200)
      const events = vevents(await response.text())
      expect(events.map((event) => event.summary)).toEqual(['From Open Software to Open Culture'])
    }
    const unknown = await request.get('/en/feeds/topics/no-such-topic/events.ics')
    expect(unknown.status()).toBe(404)
    const unknownSeries = await request.get('/en/feeds/series/no-such-series/events.ics')
    expect(unknownSeries.status()).toBe(404)
  })
})

test.describe('RSS and Atom', () => {
  test('RSS 2.0 lists the published seed event and not its draft', async ({ request }) => {
    const response = await request.get('/en/feeds/rss.xml', { maxRedirects: 0 })
    expect(response.headers()['content-type']).toContain('application/rss+xml')
    const text = await response.text()
    const items = xml.parse(text).rss.channel.item
    expect(items.map((item: { title: string }) => item.title)).toEqual([
      'From Open Software to Open Culture',
    ])
    expect(new URL(items[0].link).pathname).toBe(seedPath)
    expect(text).not.toContain(draftTitle)
    expect(text).not.toContain('practice exchange')
  })

  test('Atom 1.0 lists the published seed event', async ({ request }) => {
    const response = await request.get('/en/feeds/atom.xml', { maxRedirects: 0 })
    expect(response.headers()['content-type']).toContain('application/atom+xml')
    const feed = xml.parse(await response.text()).feed
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom')
    expect(feed.entry).toHaveLength(1)
    expect(feed.entry[0].title['#text']).toBe('From Open Software to Open Culture')
    expect(new URL(feed.entry[0].link['@_href']).pathname).toBe(seedPath)
  })
})

test.describe('sitemap and robots', () => {
  test('the sitemap lists every published page and no draft', async ({ request }) => {
    const response = await request.get('/sitemap.xml', { maxRedirects: 0 })
    expect(response.status()).toBe(200)
    const text = await response.text()
    const paths = xml
      .parse(text)
      .urlset.url.map((url: { loc: string }) => new URL(url.loc).pathname)
      .sort()
    // Every page in each of the six languages.
    expect(paths).toEqual(locales.flatMap((locale) => publishedPagePaths(locale)).sort())
    expect(draftOnlySlugs()).toContain('ospo-practice-exchange')
    for (const slug of draftOnlySlugs()) expect(text).not.toContain(slug)
  })

  test('robots.txt allows the site, keeps crawlers out of the Studio and the API', async ({
    request,
  }) => {
    const response = await request.get('/robots.txt', { maxRedirects: 0 })
    expect(response.status()).toBe(200)
    const text = await response.text()
    expect(text).toMatch(/^Disallow: \/studio$/m)
    expect(text).toMatch(/^Disallow: \/api$/m)
    expect(text).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m)
  })
})
