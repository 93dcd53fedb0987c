import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { queryLocal } from '@/lib/content/local'
import { resolveEventFilters } from '@/lib/queries/event-params'
import { lists } from '@/lib/listing/table'
import { organisationRelations, organisationRelationsQuery } from '@/lib/queries/organisations'
import { personAppearance, personAppearancesQuery } from '@/lib/queries/people'
import { pageWindow } from '@/components/listing/pagination'
import { listDataset, now } from '../fixtures/list-dataset'

const run = (query: string, params: Record<string, unknown>) =>
  queryLocal(query, params, { dataset: listDataset, now })

describe('person appearances', () => {
  it('lists every event the person appears at, newest first, with the role there', async () => {
    const rows = z
      .array(personAppearance)
      .parse(await run(personAppearancesQuery, { locale: 'en', id: 'person-ada' }))
    expect(rows.map((row) => [row._id, row.upcoming, row.roles.map((r) => r.role)])).toEqual([
      ['e-online-next', true, ['speaker']],
      ['e-online-past', false, ['speaker']],
    ])
  })
})

describe('organisation relations', () => {
  it('counts and lists the events it organises each way', async () => {
    const relations = organisationRelations.parse(
      await run(organisationRelationsQuery, {
        locale: 'en',
        id: 'org-x',
        limit: 10,
        speakerEvents: 50,
      }),
    )
    expect(relations.upcomingCount).toBe(1)
    expect(relations.pastCount).toBe(1)
    expect(relations.upcoming).toHaveLength(1)
    expect(relations.past).toHaveLength(1)
  })
})

describe('event filters from the address', () => {
  const facets = {
    topics: [{ _id: 'topic-a', slug: 'alpha' }],
    series: [],
    organisations: [{ _id: 'org-x', slug: 'org-x' }],
  }

  it('turns known slugs into ids and reports unknown ones, leaving them out', () => {
    const query = lists.events.read(
      new URLSearchParams('topic=alpha&series=gone&organisation=org-x'),
    )
    const { filters, applied, unknown } = resolveEventFilters(query, facets)
    expect(filters).toMatchObject({ topicId: 'topic-a', organisationId: 'org-x' })
    expect(filters.seriesId).toBeUndefined()
    expect(unknown).toEqual([{ key: 'series', value: 'gone' }])
    expect(lists.events.write(applied).toString()).toBe('organisation=org-x&topic=alpha')
  })
})

describe('pagination window', () => {
  it('shows the ends and two pages either side, with gaps between', () => {
    expect(pageWindow(1, 1)).toEqual([1])
    expect(pageWindow(1, 4)).toEqual([1, 2, 3, 4])
    expect(pageWindow(10, 20)).toEqual([1, 'gap', 8, 9, 10, 11, 12, 'gap', 20])
    expect(pageWindow(20, 20)).toEqual([1, 'gap', 18, 19, 20])
  })
})
