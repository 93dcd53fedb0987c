import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { queryLocal } from '@/lib/content/local'
import { eventListParams, type EventListFilters } from '@/lib/queries/event-params'
import { eventListAscQuery, eventListDescQuery } from '@/lib/queries/event-list'
import { listDataset, now } from '../fixtures/list-dataset'

const resultShape = z.object({
  total: z.number(),
  past: z.number(),
  items: z.array(z.object({ _id: z.string() })),
})
type Result = z.infer<typeof resultShape>

async function list(filters: Partial<EventListFilters>): Promise<Result> {
  const full: EventListFilters = { when: 'all', page: 1, ...filters }
  const params = eventListParams('en', full)
  if (!params) return { total: 0, past: 0, items: [] }
  const query = full.when === 'upcoming' ? eventListAscQuery : eventListDescQuery
  return resultShape.parse(await queryLocal(query, params, { dataset: listDataset, now }))
}

const ids = (result: Result) => result.items.map((item) => item._id)

describe('events list query', () => {
  it('lists upcoming events soonest first and counts the past ones', async () => {
    const result = await list({ when: 'upcoming' })
    expect(ids(result)).toEqual(['e-inperson-next', 'e-online-next'])
    expect(result.total).toBe(2)
    expect(result.past).toBe(3)
  })

  it('lists past events newest first, and never a draft', async () => {
    expect(ids(await list({ when: 'past' }))).toEqual([
      'e-online-past',
      'e-inperson-past',
      'e-hybrid-past',
    ])
    expect(ids(await list({ when: 'all' }))).not.toContain('e-secret')
  })

  it('puts hybrid events under both online and in person', async () => {
    expect(ids(await list({ attendance: 'online' })).sort()).toEqual(
      ['e-hybrid-past', 'e-online-next', 'e-online-past'].sort(),
    )
    expect(ids(await list({ attendance: 'inPerson' })).sort()).toEqual(
      ['e-hybrid-past', 'e-inperson-next', 'e-inperson-past'].sort(),
    )
    expect(ids(await list({ attendance: 'hybrid' }))).toEqual(['e-hybrid-past'])
  })

  it('filters by topic, series and organiser', async () => {
    expect(ids(await list({ topicId: 'topic-b' }))).toEqual(['e-hybrid-past'])
    expect(ids(await list({ seriesId: 'series-s' }))).toEqual(['e-inperson-next', 'e-hybrid-past'])
    expect(ids(await list({ organisationId: 'org-x', when: 'past' }))).toEqual(['e-inperson-past'])
  })

  it('filters by a person appearing in any role', async () => {
    expect(ids(await list({ personId: 'person-alan' }))).toEqual(['e-online-next'])
    expect(ids(await list({ personId: 'person-ada' }))).toEqual(['e-online-next', 'e-online-past'])
    expect(ids(await list({ personId: 'person-ada', when: 'past' }))).toEqual(['e-online-past'])
    expect(ids(await list({ personId: 'person-nobody' }))).toEqual([])
  })

  it('archives by UTC calendar year', async () => {
    expect(ids(await list({ when: 2025 }))).toEqual(['e-online-past', 'e-inperson-past'])
    expect(ids(await list({ when: 2024 }))).toEqual(['e-hybrid-past'])
  })

  it('searches titles, summaries and the names of the people appearing, by word prefix', async () => {
    expect(ids(await list({ q: 'lovelace' }))).toEqual(['e-online-next', 'e-online-past'])
    expect(ids(await list({ q: 'procure' }))).toEqual(['e-inperson-past'])
    expect(ids(await list({ q: 'open turing' }))).toEqual(['e-online-next'])
    expect(ids(await list({ q: '!!!' }))).toEqual([])
  })

  it('pages with stable order', async () => {
    const params = eventListParams('en', { when: 'all', page: 1 })
    if (!params) throw new Error('no params')
    const page = async (start: number) =>
      ids(
        resultShape.parse(
          await queryLocal(
            eventListDescQuery,
            { ...params, start, end: start + 2 },
            { dataset: listDataset, now },
          ),
        ),
      )
    expect([...(await page(0)), ...(await page(2)), ...(await page(4))]).toEqual([
      'e-online-next',
      'e-inperson-next',
      'e-online-past',
      'e-inperson-past',
      'e-hybrid-past',
    ])
  })
})
