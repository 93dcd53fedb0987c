// @vitest-environment jsdom
import type { StructureBuilder } from 'sanity/structure'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseDataset, queryLocal } from '@/lib/content/local'
import type { Perspective } from '@/lib/content/perspective'
import { contentList } from '@/sanity/structure'
import { eventFilters } from '@/sanity/structure/event-lists'
import { openStudio, type TestStudio } from '../../fixtures/studio'
import { ref } from '../../fixtures/studio-documents'
import { items, open, readChild, structureBuilder } from '../../fixtures/structure'

/** The Studio's navigation, built with Sanity's own structure builder. */
let studio: TestStudio
let S: StructureBuilder
beforeAll(async () => {
  studio = await openStudio()
  S = structureBuilder(studio)
})
afterAll(() => studio.close())

describe('structure', () => {
  it('lists content in the order staff work, then Translations, with Settings last', () => {
    const titles = items(contentList(S).serialize()).map((item) => item.title ?? item.type)
    expect(titles).toEqual([
      'Events',
      'People',
      'Organisations',
      'Initiatives',
      'divider',
      'Topics',
      'Event series',
      'divider',
      'Translations',
      'Settings',
    ])
  })

  it('splits events into upcoming, past, drafts and by series', async () => {
    const events = items(contentList(S).serialize())[0]
    const list = await open(events, 'events')
    expect(items(list).map((item) => item.title ?? item.type)).toEqual([
      'Upcoming',
      'Past',
      'Drafts (unpublished changes)',
      'By series',
      'divider',
      'All events',
    ])
  })

  it('opens the one Settings document, not a list', async () => {
    const settings = items(contentList(S).serialize()).at(-1)
    expect(await open(settings, 'siteSettings')).toMatchObject({
      type: 'document',
      options: { id: 'siteSettings', type: 'siteSettings' },
    })
  })

  it('a series opens its events, and "new" there starts from the series', async () => {
    const events = await open(items(contentList(S).serialize())[0], 'events')
    const bySeries = await open(items(events)[3], 'by-series')
    const inSeries = await open({ child: readChild(bySeries) }, 'series-hlw')
    expect(inSeries).toMatchObject({
      type: 'documentList',
      options: { filter: eventFilters.inSeries, params: { seriesId: 'series-hlw' } },
      initialValueTemplates: [
        expect.objectContaining({
          templateId: 'event-in-series',
          parameters: { seriesId: 'series-hlw' },
        }),
      ],
    })
  })
})

describe('event list filters, run as the Content Lake would', () => {
  const now = '2026-06-01T00:00:00.000Z'
  const dataset = parseDataset(
    'test',
    [
      { _id: 'past', _type: 'event', start: '2021-09-23T13:00:00Z', end: '2021-09-23T14:30:00Z' },
      // still running: it has started but not ended
      {
        _id: 'running',
        _type: 'event',
        start: '2026-05-31T09:00:00Z',
        end: '2026-06-02T17:00:00Z',
      },
      { _id: 'future', _type: 'event', start: '2027-03-16T14:00:00Z', series: ref('series-hlw') },
      {
        _id: 'drafts.future',
        _type: 'event',
        start: '2027-03-16T14:00:00Z',
        series: ref('series-hlw'),
      },
      {
        _id: 'drafts.draft-only',
        _type: 'event',
        start: '2020-01-01T10:00:00Z',
        end: '2020-01-01T11:00:00Z',
      },
      { _id: 'series-hlw', _type: 'eventSeries' },
    ]
      .map((doc) => JSON.stringify(doc))
      .join('\n'),
  )
  const run = async (filter: string, params: Record<string, unknown>, perspective: Perspective) => {
    const ids = await queryLocal(`*[${filter}] | order(_id) ._id`, params, { dataset, perspective })
    return ids
  }

  it('upcoming: not yet over; past: over', async () => {
    expect(await run(eventFilters.upcoming, { now }, 'drafts')).toEqual(['future', 'running'])
    expect(await run(eventFilters.past, { now }, 'drafts')).toEqual(['draft-only', 'past'])
  })

  it('drafts: events with unpublished changes, in the Studio perspective and in the listener', async () => {
    expect(await run(eventFilters.drafts, {}, 'drafts')).toEqual(['draft-only', 'future'])
    expect(await run(eventFilters.drafts, {}, 'raw')).toEqual([
      'drafts.draft-only',
      'drafts.future',
    ])
  })

  it('by series: only that series', async () => {
    expect(await run(eventFilters.inSeries, { seriesId: 'series-hlw' }, 'drafts')).toEqual([
      'future',
    ])
  })
})
