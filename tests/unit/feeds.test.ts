import { XMLParser } from 'fast-xml-parser'
import { beforeAll, describe, expect, it } from 'vitest'
import { eventsFeed } from '@/lib/feeds'
import type { EventDetail } from '@/lib/queries/events'
import { inPersonVariant, seedEvent } from '../fixtures/seed-event'

const parser = new XMLParser({ ignoreAttributes: false })
const options = { locale: 'en' as const, siteUrl: 'https://events.example.org' }
let seed: EventDetail

beforeAll(async () => {
  seed = await seedEvent()
})

describe('eventsFeed', () => {
  it('writes RSS 2.0 with one item per event, linked to its page', () => {
    const rss = parser.parse(eventsFeed([seed], options).rss2())
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
    const atom = parser.parse(eventsFeed([seed, inPersonVariant(seed)], options).atom1())
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
