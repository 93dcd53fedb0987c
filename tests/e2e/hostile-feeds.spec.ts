import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import ical, { type VEvent } from 'node-ical'
import { locales } from '../../lib/i18n/config'
import type { Edit } from '../../scripts/publish/edit'
import { breaks, hostile, icsLines, injected } from '../fixtures/hostile-text'
import { child, findAll, parseStrictXml, type XmlNode } from '../fixtures/strict-xml'
import { ContentEditor } from './helpers/content'
import { html } from './helpers/pages'

/**
 * A topic and an event published with the text that breaks naive writers (markup, `<`, `&`,
 * `"`, `]]>` twice, characters XML 1.0 forbids, CR and LF before a property name), and one
 * event whose slug the site cannot serve. Every RSS and Atom feed and the sitemap must
 * parse with a strict XML parser and show the text as typed; every calendar must parse
 * and hold no injected property. The bundled content is put back afterwards.
 */
const editor = new ContentEditor()
const set = (path: string, value: unknown): Edit => ({ kind: 'set', path: [path], value })
const ref = (id: string, key?: string) => ({ _type: 'reference', _ref: id, _key: key })
const localeString = (en: string) => ({ _type: 'localeString', en })

const topicTitle = hostile('Topic')
const eventTitle = hostile('Title')
const eventSummary = hostile('Summary')
const topic = { id: 'topic-hostile-text', slug: 'hostile-text-topic' }
const event = { id: 'event-hostile-text', slug: 'hostile-text-event' }
const eventPath = `/en/events/${event.slug}`
const seedSeries = { id: 'series-unga76-high-level-week', slug: 'unga-76-high-level-week' }
/** One-line fields lose their line breaks: the title a reader and a calendar show. */
const shownTitle = `${eventTitle.shown} ${injected('TITLE')}`

async function publishHostileContent() {
  await editor.publish(topic.id, {
    kind: 'create',
    type: 'topic',
    edits: [
      set('title', localeString(topicTitle.raw)),
      set('slug', { _type: 'slug', current: topic.slug }),
    ],
  })
  await editor.publish(event.id, {
    kind: 'create',
    type: 'event',
    edits: [
      set('title', localeString(`${eventTitle.raw}${breaks.cr('TITLE')}`)),
      set('slug', { _type: 'slug', current: event.slug }),
      set('summary', { _type: 'localeText', en: `${eventSummary.raw}${breaks.crlf('SUMMARY')}` }),
      set('status', 'scheduled'),
      set('start', '2099-05-04T14:00:00.000Z'),
      set('end', '2099-05-04T15:30:00.000Z'),
      set('timeZone', 'Europe/Zurich'),
      set('attendanceMode', 'hybrid'),
      set('venue', {
        _type: 'venue',
        name: localeString(`Room${breaks.cr('VENUE')}`),
        address: `Street${breaks.lf('ADDRESS')}`,
        city: 'Geneva',
      }),
      set('onlineUrl', `https://meet.example.org/room${breaks.cr('URL')}`),
      set('series', ref(seedSeries.id)),
      set('topics', [ref(topic.id, 't1')]),
      set('organisers', [ref('org-oict', 'o1')]),
    ],
  })
}

test.beforeEach(() => editor.snapshot())
test.afterEach(() => editor.restore())

/** The body of a 200 response, as text. */
async function fetchText(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path, { maxRedirects: 0 })
  expect(response.status(), `${path} answered ${response.status()}`).toBe(200)
  return response.text()
}

/** What a reader shows for an HTML field: the text, and any elements the HTML really has. */
async function shownHtml(page: Page, markup: string) {
  return page.evaluate((source) => {
    const body = new DOMParser().parseFromString(source, 'text/html').body
    const elements = [...body.querySelectorAll('*')].map((element) => element.localName)
    return { text: body.textContent ?? '', elements: elements.filter((name) => name !== 'p') }
  }, markup)
}

function entryFor(feed: XmlNode, name: 'entry' | 'item', link: string): XmlNode {
  const found = findAll(feed, name).find((node) => {
    const linkNode = child(node, 'link')
    return (linkNode.attributes.href ?? linkNode.text).endsWith(link)
  })
  if (!found) throw new Error(`no ${name} links ${link}`)
  return found
}

function vevents(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter(
    (component): component is VEvent => component?.type === 'VEVENT',
  )
}

test('every RSS and Atom feed parses strictly and shows hostile text as typed', async ({
  page,
  request,
}) => {
  for (const path of [eventPath, `/en/feeds/rss.xml`]) editor.visitAfterRestore(path)
  await publishHostileContent()
  expect(await html(request, eventPath)).toContain('Title &lt;-&gt; Policy')

  for (const locale of locales) {
    for (const kind of ['rss', 'atom']) {
      const path = `/${locale}/feeds/${kind}.xml`
      const feed = parseStrictXml(await fetchText(request, path))
      entryFor(feed, kind === 'rss' ? 'item' : 'entry', `/${locale}/events/${event.slug}`)
    }
  }

  const atom = entryFor(
    parseStrictXml(await fetchText(request, '/en/feeds/atom.xml')),
    'entry',
    eventPath,
  )
  const title = child(atom, 'title')
  const summary = child(atom, 'summary')
  const content = child(atom, 'content')
  const read = async (node: XmlNode) =>
    node.attributes.type === 'html'
      ? shownHtml(page, node.text)
      : { text: node.text, elements: [] as string[] }
  expect(await read(title)).toEqual({ text: shownTitle, elements: [] })
  expect((await read(summary)).text).toContain(eventSummary.shown)
  expect((await read(summary)).elements).toEqual([])
  expect((await read(content)).text).toContain(eventSummary.shown)
  expect((await read(content)).elements).toEqual([])
  expect(child(atom, 'category').attributes.label).toBe(topicTitle.shown)

  const rss = entryFor(
    parseStrictXml(await fetchText(request, '/en/feeds/rss.xml')),
    'item',
    eventPath,
  )
  expect(child(rss, 'title').text).toBe(shownTitle)
  for (const name of ['description', 'content:encoded']) {
    const field = await shownHtml(page, child(rss, name).text)
    expect(field.text, name).toContain(eventSummary.shown)
    expect(field.elements, name).toEqual([])
  }
  expect(child(rss, 'category').text).toBe(topicTitle.shown)

  const sitemap = parseStrictXml(await fetchText(request, '/sitemap.xml'))
  const locs = findAll(sitemap, 'loc').map((loc) => new URL(loc.text).pathname)
  expect(locs).toContain(eventPath)
})

test('every calendar parses and holds the hostile text without an injected property', async ({
  request,
}) => {
  const calendars = [
    `${eventPath}/event.ics`,
    '/en/feeds/events.ics',
    `/en/feeds/topics/${topic.slug}/events.ics`,
    `/en/feeds/series/${seedSeries.slug}/events.ics`,
  ]
  for (const path of calendars) editor.visitAfterRestore(path)
  await publishHostileContent()

  for (const path of calendars) {
    const text = await fetchText(request, path)
    expect(
      icsLines(text).filter((line) => /^X-INJECTED/i.test(line)),
      path,
    ).toEqual([])
    expect(text.replace(/\r\n/g, ''), path).not.toMatch(/[\r\n]/)
    const hostileEvent = vevents(text).find((vevent) => vevent.url?.endsWith(eventPath))
    expect(hostileEvent?.summary, path).toBe(shownTitle)
    expect(hostileEvent?.description, path).toContain(`${injected('SUMMARY')}`)
    expect(hostileEvent?.location, path).toBe(
      `Room ${injected('VENUE')}, Street ${injected('ADDRESS')}, Geneva / https://meet.example.org/room${injected('URL')}`,
    )
    expect(
      Object.keys(hostileEvent ?? {}).filter((key) => /injected/i.test(key)),
      path,
    ).toEqual([])
  }
  // The topic's calendar is named after the topic: one line, no property of its own.
  const topicCalendar = await fetchText(request, `/en/feeds/topics/${topic.slug}/events.ics`)
  expect(icsLines(topicCalendar).filter((line) => line.startsWith('X-WR-CALNAME:'))).toHaveLength(1)
})

test('an event whose slug needs percent-encoding is a 404 and linked from nowhere', async ({
  request,
}) => {
  const slug = 'hostile-café-2027'
  const encoded = encodeURIComponent(slug)
  editor.visitAfterRestore(`/en/events/${encoded}`)
  await editor.publish('event-hostile-slug', {
    kind: 'create',
    type: 'event',
    edits: [
      set('title', localeString('An Event With An Unservable Address')),
      set('slug', { _type: 'slug', current: slug }),
      set('start', '2099-06-01T09:00:00.000Z'),
      set('end', '2099-06-01T10:00:00.000Z'),
      set('timeZone', 'UTC'),
      set('attendanceMode', 'online'),
      set('onlineUrl', 'https://meet.example.org/unservable'),
      set('topics', [ref('topic-open-source', 't1')]),
    ],
  })
  await html(request, `/en/events/${encoded}`, 404)
  const linked = [
    '/en',
    '/en/events',
    '/en/feeds/rss.xml',
    '/en/feeds/atom.xml',
    '/en/feeds/events.ics',
    '/en/feeds/topics/open-source/events.ics',
    '/sitemap.xml',
  ]
  for (const path of linked) {
    const text = await fetchText(request, path)
    expect(text.includes(slug) || text.includes(encoded), path).toBe(false)
    expect(text, path).not.toContain('An Event With An Unservable Address')
  }
})
