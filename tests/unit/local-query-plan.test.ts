import { parse } from 'groq-js'
import { describe, expect, it } from 'vitest'
import { engine, queryLocal } from '@/lib/content/local'
import { eventQuery, pastEventsQuery, upcomingEventsQuery } from '@/lib/queries/events'
import { eventCard, personRef } from '@/lib/queries/fragments'
import { dataset, now, plain } from '../fixtures/plan-dataset'

/**
 * The local backend narrows what each `*[...]` scan reads (type, slug, date and reference
 * indexes, first-n-in-order) and runs groq-js synchronously. Every query here must give
 * exactly what plain groq-js gives over the whole perspective. The text, membership and
 * two-date indexes have their own shapes in local-query-plan-indexes.test.ts.
 */
const busiest = 'synthetic-person-1'
// The shape of an events list with optional filters: one query text for every combination.
const listQuery = `{
  "total": count(*[_type == "event" && defined(slug.current)
    && ($topic == null || $topic in topics[]._ref)
    && ($series == null || series._ref == $series)
    && ($modes == null || attendanceMode in $modes)
    && ($pattern == null || ([title.en, summary.en] + coalesce(appearances[].person->name, [])) match $pattern)
    && ($when != "upcoming" || dateTime(end) >= dateTime(now()))
    && ($when != "past" || dateTime(end) < dateTime(now()))]),
  "items": *[_type == "event" && defined(slug.current)
    && ($topic == null || $topic in topics[]._ref)
    && ($series == null || series._ref == $series)
    && ($modes == null || attendanceMode in $modes)
    && ($pattern == null || ([title.en, summary.en] + coalesce(appearances[].person->name, [])) match $pattern)
    && ($when != "upcoming" || dateTime(end) >= dateTime(now()))
    && ($when != "past" || dateTime(end) < dateTime(now()))] | order(start desc, _id asc) [0...12]{ _id, start }
}`
const listParams = (given: Record<string, unknown>) => ({
  topic: null,
  series: null,
  modes: null,
  pattern: null,
  when: 'all',
  ...given,
})
const cases: [string, string, Record<string, unknown>][] = [
  ['upcoming events', upcomingEventsQuery, { locale: 'en', limit: 6 }],
  ['past events', pastEventsQuery, { locale: 'en', limit: 20 }],
  ['event page', eventQuery, { locale: 'en', slug: 'synthetic-event-7' }],
  ['event page, draft-edited', eventQuery, { locale: 'en', slug: 'tie-3' }],
  ['event page, unknown slug', eventQuery, { locale: 'en', slug: 'nope' }],
  ['slug given as a number', '*[_type == "event" && slug.current == $slug]._id', { slug: 7 }],
  ['reversed type test', '*["event" == _type && $id == _id][0]._id', { id: 'synthetic-event-3' }],
  [
    'type list',
    '*[_type in ["person", "organisation"] && slug.current == $s]._id',
    { s: 'synthetic-person-2' },
  ],
  ['ties in order', '*[_type == "event"] | order(start asc) [0...10] { _id, start }', {}],
  [
    'ties, descending, offset',
    '*[_type == "event" && dateTime(end) >= dateTime(now())] | order(start desc, _id desc) [3...9]._id',
    {},
  ],
  [
    'ties on the boundary, descending',
    '*[_type == "event" && start <= "2026-02-20T10:00:00.000Z"] | order(start desc) [0...3]._id',
    {},
  ],
  ['inclusive slice', '*[_type == "event"] | order(start desc) [0..4]._id', {}],
  [
    'first element',
    '*[_type == "event" && dateTime(end) < dateTime(now())] | order(start desc) [0]._id',
    {},
  ],
  ['non-string order key', '*[_type == "event"] | order(end asc) [0...5]._id', {}],
  [
    'time against a parameter',
    '*[_type == "event" && dateTime($from) <= dateTime(start)] | order(start asc)._id',
    { from: '2026-02-20T10:00:00Z' },
  ],
  [
    'time against a bad parameter',
    'count(*[_type == "event" && dateTime(start) > dateTime($from)])',
    { from: 'yesterday' },
  ],
  ['unparsed dates', '*[_type == "event" && dateTime(end) > dateTime(now())]._id', {}],
  [
    'optional filter unused',
    '*[_type == "event" && ($series == null || series._ref == $series)] | order(start asc) [0...5]._id',
    { series: null },
  ],
  [
    'optional filter used',
    '*[_type == "event" && ($series == null || series._ref == $series)]._id',
    { series: 'synthetic-series-2' },
  ],
  ['list filters, none used', listQuery, listParams({})],
  ['list filters, upcoming', listQuery, listParams({ when: 'upcoming' })],
  [
    'list filters, past, series and text',
    listQuery,
    listParams({ when: 'past', series: 'synthetic-series-1', pattern: 'synthetic*' }),
  ],
  [
    'list filters, a topic and modes',
    listQuery,
    listParams({ topic: 'synthetic-topic-2', modes: ['online', 'hybrid'] }),
  ],
  ['a guard that is null', '*[_type == "event" && ($n > 3 || start > "2026")]._id', { n: 'x' }],
  [
    'a guard that is false under &&',
    '*[_type == "event" && $on && defined(start)]._id',
    { on: false },
  ],
  ['a guard inside not', '*[_type == "event" && !($on || defined(series))]._id', { on: false }],
  ['defined over false', '*[_type == "event" && defined(start) && !defined(end)]._id', {}],
  ['a reference inside a reference', '*[references("synthetic-person-9")]._id', {}],
  [
    'exactly now',
    '*[_type == "event" && dateTime(end) <= dateTime(now())] | order(end desc) [0...3]._id',
    {},
  ],
  ['references a parameter', '*[_type == "event" && references($id)]._id', { id: busiest }],
  [
    'person page shape',
    `*[_type == "person" && slug.current == $slug][0]{ ...${personRef}, "events": *[_type == "event" && references(^._id)] | order(start desc) [0...5] ${eventCard} }`,
    { slug: 'synthetic-person-1', locale: 'en' },
  ],
  [
    'person without events',
    '*[_type == "person" && slug.current == "nobody"][0]{ "events": *[_type == "event" && references(^._id)]._id }',
    {},
  ],
  [
    'people of each organisation',
    '*[_type == "organisation"][0...8]{ _id, "people": *[_type == "person" && organisation._ref == ^._id]._id }',
    {},
  ],
  [
    'outer value that is not a string',
    '*[_type == "event"][0...3]{ "same": *[_type == "event" && start == ^.missing]._id }',
    {},
  ],
  [
    'two levels up',
    '*[_type == "organisation"][0...3]{ "x": *[_type == "person"][0...2]{ "o": *[_type == "event" && references(^.^._id)][0...2]._id } }',
    {},
  ],
  ['count over a scan', 'count(*[_type == "event" && dateTime(end) < dateTime(now())])', {}],
  [
    'text match',
    '*[_type == "event" && title.en match "synthetic*"] | order(start desc) [0...3]._id',
    {},
  ],
]

describe('local backend fast paths give exactly what plain groq-js gives', () => {
  for (const perspective of ['published', 'drafts'] as const) {
    it.each(cases)(`%s (${perspective})`, async (_, query, params) => {
      const expected = await plain(query, params, perspective)
      const actual = await queryLocal(query, params, { dataset, perspective, now })
      expect(actual).toEqual(expected)
    })
  }

  it('checks what it should: results are not empty where the data has matches', async () => {
    const person = await queryLocal(cases[19]?.[1] ?? '', cases[19]?.[2], { dataset, now })
    expect(JSON.stringify(person)).toContain('synthetic-event-')
    const upcoming = await queryLocal(
      upcomingEventsQuery,
      { locale: 'en', limit: 6 },
      { dataset, now },
    )
    expect(upcoming).toHaveLength(6)
  })
})

describe('query plan', () => {
  it('finds the type, the slug, the date and the first-n of a scan', () => {
    const scans = engine.planScans(parse(pastEventsQuery, { params: { locale: 'en', limit: 20 } }))
    expect(scans).toHaveLength(1)
    expect(scans[0]).toMatchObject({
      types: ['event'],
      constraints: [
        { condition: { kind: 'defined', path: ['slug', 'current'] } },
        { condition: { kind: 'time', path: ['end'], op: '<', operand: { kind: 'now' } } },
      ],
      top: { path: ['start'], descending: true, count: 20 },
      closed: true,
      exact: true,
    })
    const [event] = engine.planScans(parse(eventQuery))
    expect(event?.exact).toBe(true)
    expect(event?.constraints).toEqual([
      {
        condition: {
          kind: 'equals',
          path: ['slug', 'current'],
          operand: { kind: 'param', name: 'slug' },
        },
      },
    ])
  })

  it('folds optional filters away by their parameters, so the indexes see what is left', () => {
    const query =
      '*[_type == "event" && ($when != "past" || dateTime(end) < dateTime(now())) && ($s == null || series._ref == $s)]'
    const tree = parse(query)
    const guards = engine.findGuards(tree)
    expect(guards).toHaveLength(2)
    const past = engine.planScans(
      engine.fold(tree, guards, engine.guardValues(guards, { when: 'past', s: null })),
    )
    expect(past[0]?.constraints).toEqual([
      { condition: { kind: 'time', path: ['end'], op: '<', operand: { kind: 'now' } } },
    ])
    const series = engine.planScans(
      engine.fold(tree, guards, engine.guardValues(guards, { when: 'all', s: 'x' })),
    )
    expect(series[0]?.constraints).toEqual([
      {
        condition: {
          kind: 'equals',
          path: ['series', '_ref'],
          operand: { kind: 'param', name: 's' },
        },
      },
    ])
  })

  it('links a nested scan to its enclosing document instead of reading every document', () => {
    const scans = engine.planScans(
      parse('*[_type == "person"][0]{ "e": *[_type == "event" && references(^._id)] }'),
    )
    expect(scans[1]?.correlated).toMatchObject({ kind: 'references' })
    expect(scans[1]?.closed).toBe(false)
  })
})
