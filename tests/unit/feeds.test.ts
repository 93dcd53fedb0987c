// @vitest-environment jsdom
import { XMLParser } from 'fast-xml-parser'
import { beforeAll, describe, expect, it } from 'vitest'
import { renderAtom } from '@/lib/atom'
import { eventsFeed } from '@/lib/feeds'
import type { EventDetail } from '@/lib/queries/events'
import { renderRss } from '@/lib/rss'
import { hostile } from '../fixtures/hostile-text'
import { inPersonVariant, seedEvent } from '../fixtures/seed-event'
import { child, findAll, parseStrictXml, type XmlNode } from '../fixtures/strict-xml'

const parser = new XMLParser({ ignoreAttributes: false })
const options = { locale: 'en' as const, siteUrl: 'https://events.example.org' }
let seed: EventDetail

beforeAll(async () => {
  seed = await seedEvent()
})

describe('eventsFeed', () => {
  it('writes RSS 2.0 with one item per event, linked to its page', () => {
    const rss = parser.parse(renderRss(eventsFeed([seed], options)))
    expect(rss.rss['@_version']).toBe('2.0')
    const item = rss.rss.channel.item
    expect(item.title).toBe('From Open Software to Open Culture')
    expect(item.link).toBe(
      'https://events.example.org/en/events/from-open-software-to-open-culture',
    )
    expect(item.description).toContain('09:00–10:30 Eastern Time (UTC−4)')
    expect(new Date(rss.rss.channel.lastBuildDate).toISOString()).toBe('2021-10-05T09:30:00.000Z')
  })

  it('writes Atom 1.0 whose entries say when an event was cancelled', () => {
    const atom = parser.parse(renderAtom(eventsFeed([seed, inPersonVariant(seed)], options)))
    expect(atom.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom')
    const titles = atom.feed.entry.map(
      (entry: { title: { '#text': string } }) => entry.title['#text'],
    )
    expect(titles).toEqual([
      'From Open Software to Open Culture',
      'Cancelled: From Open Software to Open Culture',
    ])
  })
})

/**
 * What a feed reader shows for a field: the XML-decoded text, and for fields it renders as
 * HTML (Atom `type="html"`, RSS `description` and `content:encoded`) the text of that HTML,
 * with the names of any elements the HTML really contains.
 */
function shown(node: XmlNode, asHtml = node.attributes.type === 'html') {
  if (!asHtml) return { text: node.text, elements: [] }
  const body = new DOMParser().parseFromString(node.text, 'text/html').body
  const elements = [...body.querySelectorAll('*')].map((element) => element.localName)
  return { text: body.textContent ?? '', elements: elements.filter((name) => name !== 'p') }
}

describe('feeds with hostile editor text', () => {
  const title = hostile('Title')
  const summary = hostile('Summary')
  const topic = hostile('Topic')
  const organiser = hostile('Organiser')
  const event = (): EventDetail => ({
    ...seed,
    title: title.raw,
    summary: summary.raw,
    topics: [{ _id: 'topic-x', slug: 'science-policy', title: topic.raw, lang: {} }],
    organisers: [
      { _id: 'org-x', slug: 'org-x', name: organiser.raw, acronym: undefined, lang: {} },
    ],
  })

  it('Atom parses strictly and every field shows the text as typed, markup as characters', () => {
    const feed = parseStrictXml(renderAtom(eventsFeed([event()], options)))
    const [entry] = findAll(feed, 'entry')
    if (!entry) throw new Error('no entry')
    expect(shown(child(entry, 'title'))).toEqual({ text: title.shown, elements: [] })
    const entrySummary = shown(child(entry, 'summary'))
    expect(entrySummary.text).toContain(summary.shown)
    expect(entrySummary.elements).toEqual([])
    const content = shown(child(entry, 'content'))
    expect(content.text).toContain(summary.shown)
    expect(content.elements).toEqual([])
    expect(child(entry, 'category').attributes).toMatchObject({
      term: 'science-policy',
      label: topic.shown,
    })
    expect(child(child(entry, 'author'), 'name').text).toBe(organiser.shown)
  })

  it('RSS parses strictly; title is plain text and the HTML fields show markup as characters', () => {
    const feed = parseStrictXml(renderRss(eventsFeed([event()], options)))
    const [item] = findAll(feed, 'item')
    if (!item) throw new Error('no item')
    expect(child(item, 'title').text).toBe(title.shown)
    for (const name of ['description', 'content:encoded']) {
      const field = shown(child(item, name), true)
      expect(field.text, name).toContain(summary.shown)
      expect(field.elements, name).toEqual([])
    }
    expect(child(item, 'category').text).toBe(topic.shown)
    expect(findAll(item, 'dc:creator').map((node) => node.text)).toEqual([organiser.shown])
  })

  it('a join link is written in its normalised form', () => {
    const online = { ...event(), onlineUrl: 'https://meet.example.org/a b?x=<1>&y="2"' }
    const feed = parseStrictXml(renderAtom(eventsFeed([online], options)))
    const content = shown(child(findAll(feed, 'entry')[0] ?? feed, 'content'))
    expect(content.text).toContain('https://meet.example.org/a%20b?x=%3C1%3E&y=%222%22')
  })
})
