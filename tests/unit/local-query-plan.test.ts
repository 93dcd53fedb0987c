import { evaluate, parse } from 'groq-js'
import { describe, expect, it } from 'vitest'
import { parseDataset, type SanityDocument } from '@/lib/content/dataset'
import { perspectiveView, queryLocal } from '@/lib/content/local'
import type { Perspective } from '@/lib/content/perspective'
import { findGuards, fold, guardValues } from '@/lib/content/fold'
import { planScans } from '@/lib/content/query-plan'
import { eventQuery, pastEventsQuery, upcomingEventsQuery } from '@/lib/queries/events'
import { eventCard, personRef } from '@/lib/queries/fragments'
import { exportDataset } from '@/scripts/dataset/export'

/**
 * The local backend narrows what each `*[...]` scan reads (type, slug, date and reference
 * indexes, first-n-in-order) and runs groq-js synchronously. Every query here must give
 * exactly what plain groq-js gives over the whole perspective.
 */
const now = new Date('2026-03-01T12:00:00Z')
const generated = exportDataset({ events: 150, seed: 'plan', now: now.getTime() })
const tricky: SanityDocument[] = [
  // Ties on the order key across the first-n boundary, odd dates, odd types.
  ...Array.from({ length: 12 }, (_, i) => ({
    _id: `tie-${i}`,
    _type: 'event',
    slug: { current: `tie-${i}` },
    title: { en: `Tie ${i}` },
    start: '2026-02-20T10:00:00.000Z',
    end: i % 2 ? '2026-02-20T11:00:00.000Z' : '2026-04-20T11:00:00.000Z',
  })),
  { _id: 'odd-1', _type: 'event', slug: { current: 'odd-1' }, start: 42, end: 'not a date' },
  { _id: 'odd-2', _type: 'event', slug: { current: 'odd-2' }, start: null, end: null },
  {
    _id: 'odd-3',
    _type: 'event',
    slug: 'flat',
    start: '2026-02-28T23:59:59.999Z',
    end: '2026-03-01T12:00:00.000Z',
  },
  { _id: 'odd-4', _type: 'event', slug: { current: ['x'] }, end: '2026-03-01T12:00:00.001+00:00' },
  {
    _id: 'odd-5',
    _type: 'event',
    slug: { current: 'odd-5' },
    start: '2026-03-01',
    end: '2026-03-02',
  },
  { _id: 'odd-6', _type: 'event', slug: { current: 'odd-6' }, end: '2026-03-01T13:00:00+01:00' },
  {
    _id: 'odd-7',
    _type: 'event',
    slug: { current: 'odd-7' },
    start: false,
    series: { _ref: 'synthetic-series-1', nested: { _ref: 'synthetic-person-9' } },
  },
  { _id: 'person-no-events', _type: 'person', name: 'Nobody', slug: { current: 'nobody' } },
  {
    _id: 'drafts.tie-3',
    _type: 'event',
    slug: { current: 'tie-3' },
    start: '2020-01-01T00:00:00Z',
    end: '2020-01-01T01:00:00Z',
    title: { en: 'Draft tie' },
  },
]
const ndjson = generated.ndjson + tricky.map((d) => JSON.stringify(d)).join('\n')
const dataset = parseDataset('/virtual', ndjson)

async function plain(query: string, params: Record<string, unknown>, perspective: Perspective) {
  const view = perspectiveView(dataset, perspective)
  const tree = parse(query, { params })
  const result = await evaluate(tree, {
    dataset: view.documents,
    params,
    timestamp: now,
    dereference: ({ _ref }) => view.byId.get(_ref),
  })
  return result.get()
}

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
    const scans = planScans(parse(pastEventsQuery, { params: { locale: 'en', limit: 20 } }))
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
    const [event] = planScans(parse(eventQuery))
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
    const guards = findGuards(tree)
    expect(guards).toHaveLength(2)
    const past = planScans(fold(tree, guards, guardValues(guards, { when: 'past', s: null })))
    expect(past[0]?.constraints).toEqual([
      { condition: { kind: 'time', path: ['end'], op: '<', operand: { kind: 'now' } } },
    ])
    const series = planScans(fold(tree, guards, guardValues(guards, { when: 'all', s: 'x' })))
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
    const scans = planScans(
      parse('*[_type == "person"][0]{ "e": *[_type == "event" && references(^._id)] }'),
    )
    expect(scans[1]?.correlated).toMatchObject({ kind: 'references' })
    expect(scans[1]?.closed).toBe(false)
  })
})
