import { parse } from 'groq-js'
import { describe, expect, it } from 'vitest'
import { engine, queryLocal } from '@/lib/content/local'
import { eventListParams, type EventListFilters } from '@/lib/queries/event-params'
import { searchTypes } from '@/lib/event-options'
import { exactPattern, searchPattern, segmentedPattern } from '@/lib/queries/search-pattern'
import { eventFacetsQuery, eventListAscQuery, eventListDescQuery } from '@/lib/queries/event-list'
import { initiativeRelationsQuery } from '@/lib/queries/initiatives'
import { searchQuery } from '@/lib/queries/search'
import { dataset, now, plain } from '../fixtures/plan-dataset'

/**
 * The indexes for `match`, `x in $list`, `$id in refs[]._ref`, `a || b`, two dates of one
 * document and exact point-backs (`*[... && ^._id in refs[]._ref]` inside a projection): every query here must give exactly what plain groq-js gives over the whole
 * perspective, in both perspectives, on data with punctuation, case, unicode, joined names
 * that are missing or drafted, and arrays that are not arrays.
 */
const text = `([coalesce(title[$locale], title.en), coalesce(summary[$locale], summary.en)]
  + coalesce(appearances[].person->name, []))`
const textQuery = `{
  "count": count(*[_type == "event" && defined(slug.current) && ${text} match $pattern]),
  "ids": *[_type == "event" && defined(slug.current) && ${text} match $pattern]._id
}`
const patterns: unknown[] = [
  ...['synthetic* event*', 'synthetic', 'SYNTH*', 'sy*ic', '*son', 'x', 'tie 1', 'person* 1*'],
  ...['istanbul', 'İSTANBUL', 'İstanbul', 'strasse', 'STRAßE*', 'straße', 'science', 'ſcience'],
  ...['SCIENCE', 'nodejs', 'node.js', 'node', 'n.de*', 'c', 'e', 'mail', 'e-mail', 'quoted'],
  ...['"quoted"', 'café', 'CAFÉ', 'cafe', 'ωmega', 'ω*', 'Ω', 'k', 'K', '…ellipsis', 'ellipsis'],
  ...['a.b.c', 'abc', 'a*c', '_under_', "o'brien", '42*', '42nd', 'zoë', 'ZOË*', 'ñúñez-ōta'],
  ...['ōta', 'draftname', 'draftword', 'unpublished', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '𝔘*', '.', '.*', '*'],
  ...['**', '', '   ', '!!', '...', '*.*', ['synthetic', 'event'], ['zoë'], ['open', 3], []],
  ...[null, 5, { en: 'synthetic' }],
]
/** Chinese and Arabic as the site searches them: inside words, from the start of no word. */
const scriptPatterns: [string, unknown][] = [
  ...['*开源*', '*开放文化*', '*开源* *文化*', '开 源', '开源*', '*源', '*Linux大会*', '*》*'],
  ...['*مصدر*', '*ثقافة*', 'مصدر*', '*المَصدر*', '*مصدرها', '*ال*', '*ـ*', '*، *'],
  ...['*ouverture*', 'l’ouverture*', '«la*', '¿qué*', 'qué*', '*—*'],
].map((pattern) => [pattern, pattern])

const listParams = (filters: Partial<EventListFilters>, locale = 'en') =>
  eventListParams(locale, { when: 'all', page: 1, ...filters }) ?? {}
const searchParams = (typed: string, types: readonly string[] = searchTypes, locale = 'en') => ({
  locale,
  pattern: searchPattern(typed),
  exact: exactPattern(typed),
  segmented: segmentedPattern(typed),
  allTypes: [...searchTypes],
  types: [...types],
  start: 0,
  end: 20,
})

const cases: [string, string, Record<string, unknown>][] = [
  ...patterns.map((pattern): [string, string, Record<string, unknown>] => [
    `text match ${JSON.stringify(pattern)}`,
    textQuery,
    { locale: 'en', pattern },
  ]),
  ...['zh', 'ar', 'fr'].flatMap((locale) =>
    scriptPatterns.map(([name, pattern]): [string, string, Record<string, unknown>] => [
      `text in ${locale} match ${JSON.stringify(name)}`,
      textQuery,
      { locale, pattern },
    ]),
  ),
  ['text in another locale', textQuery, { locale: 'fr', pattern: 'synthetic' }],
  ['concatenated text', '*[title.en + " " + summary.en match $p]._id', { p: 'tie 1*' }],
  ['text of an object', '*[_type == "event" && title match "synthetic"]._id', {}],
  ['text that reads now()', '*[[title.en, string(now())] match "2026*"]._id', {}],
  ['text from a nested scan', '*[_type == "person"][0...3]{ "e": *[name match ^.name]._id }', {}],
  ['a name joined from a person', '*[appearances[].person->name match $p]._id', { p: 'zoë' }],
  ['a name of a person', '*[_type == "person" && name match $p]._id', { p: 'draft*' }],
  ['types from a parameter', '*[_type in $types]._id', { types: ['person', 'topic'] }],
  ['types with a null', '*[_type in $types]._id', { types: ['event', null] }],
  ['types not a list', '*[_type in $types]._id', { types: 'event' }],
  ['types empty', '*[_type in $types]._id', { types: [] }],
  ['modes', '*[_type == "event" && attendanceMode in $m]._id', { m: ['online', 'hybrid'] }],
  ['modes, a number', '*[_type == "event" && attendanceMode in $m]._id', { m: [7] }],
  ['modes, a null', '*[_type == "event" && attendanceMode in $m]._id', { m: [null] }],
  ['topic', '*[_type == "event" && $t in topics[]._ref]._id', { t: 'synthetic-topic-2' }],
  ['topic, beside a plain id', '*[$t in topics[]._ref]._id', { t: 'text-topic' }],
  ['topic, empty id', '*[_type == "event" && $t in topics[]._ref]._id', { t: '' }],
  ['topic, null', '*[_type == "event" && $t in topics[]._ref]._id', { t: null }],
  ['organiser', '*[$o in organisers[]._ref]._id', { o: 'synthetic-organisation-1' }],
  [
    'either of two',
    '*[_type == "event" && ($i in initiatives[]._ref || _id == $a)]._id',
    { i: 'synthetic-initiative-1', a: 'text-2' },
  ],
  [
    'either, one side unknown',
    '*[_type == "event" && ($i in initiatives[]._ref || _id == $a)]._id',
    { i: 'synthetic-initiative-1', a: null },
  ],
  ['start before end', 'count(*[_type == "event" && dateTime(start) < dateTime(end)])', {}],
  ['end not after start', '*[_type == "event" && dateTime(end) <= dateTime(start)]._id', {}],
  ['start from end', '*[dateTime(start) >= dateTime(end)]._id', {}],
  ['search', searchQuery, searchParams('synthetic event')],
  ['search, a joined name', searchQuery, searchParams('zoë')],
  ['search, people only', searchQuery, searchParams('synthetic person', ['person'])],
  ['search, punctuation', searchQuery, searchParams('node.js, C++!')],
  ['search in Chinese', searchQuery, searchParams('开源，文化', searchTypes, 'zh')],
  ['search in Chinese and Latin', searchQuery, searchParams('Linux 开放', searchTypes, 'zh')],
  ['search in Arabic', searchQuery, searchParams('مَصدر الثقافة', searchTypes, 'ar')],
  ['list, Chinese text', eventListDescQuery, listParams({ q: '开放文化' }, 'zh')],
  ['list, Arabic text', eventListDescQuery, listParams({ q: 'بالمصدر' }, 'ar')],
  ['list, text', eventListDescQuery, listParams({ q: 'synthetic 1' })],
  ['list, upcoming text', eventListAscQuery, listParams({ when: 'upcoming', q: 'synth' })],
  ['list, topic', eventListDescQuery, listParams({ topicId: 'synthetic-topic-3' })],
  ['list, organisation', eventListDescQuery, listParams({ organisationId: 'text-topic' })],
  ['list, year and mode', eventListDescQuery, listParams({ when: 2026, attendance: 'online' })],
  ['facets', eventFacetsQuery, { locale: 'en' }],
  [
    'point-back through a list',
    '*[_type == "topic"]{ _id, "n": count(*[_type == "event" && ^._id in topics[]._ref]) }',
    {},
  ],
  [
    'point-back through two links',
    '*[_type == "topic"]{ _id, "n": count(*[references(^._id) && ^._id in topics[]._ref]) }',
    {},
  ],
  [
    'point-back through two different values',
    '*[_type == "topic"]{ "n": count(*[references(^._id) && ^.slug.current in topics[]._ref]) }',
    {},
  ],
  [
    'point-back from a missing value',
    '*[_type == "topic"][0...3]{ "n": count(*[_type == "event" && ^.missing in topics[]._ref]) }',
    {},
  ],
  [
    'point-back with an unindexed value',
    '*[_type == "organisation"][0...5]{ "e": *[_type == "event" && references(^._id) && series._ref == $s]._id }',
    { s: 5 },
  ],
  [
    'point-back with time and text',
    '*[_type == "person"][0...9]{ "e": *[_type == "event" && references(^._id) && dateTime(end) < dateTime(now()) && title.en match "synth* 1*"]._id }',
    {},
  ],
  [
    'point-back beside a condition no index answers',
    '*[_type == "person"][0...5]{ "e": *[_type == "event" && references(^._id) && count(appearances) > 3]._id }',
    {},
  ],
  [
    'initiative relations',
    initiativeRelationsQuery,
    { locale: 'en', id: 'synthetic-initiative-2', announcedAt: 'synthetic-event-4' },
  ],
]

describe('local backend indexes give exactly what plain groq-js gives', () => {
  for (const perspective of ['published', 'drafts'] as const) {
    it.each(cases)(`%s (${perspective})`, async (_, query, params) => {
      const expected = await plain(query, params, perspective)
      const actual = await queryLocal(query, params, { dataset, perspective, now })
      expect(actual).toEqual(expected)
    })
  }

  it('gives the same past the number of text indexes kept per parameter', async () => {
    const query = '*[_type == "event" && [title.en, $extra] match $pattern]._id'
    for (let i = 0; i < 20; i++) {
      const params = { extra: `word${i}`, pattern: `word${i} synthetic` }
      const expected = await plain(query, params, 'published')
      expect(expected).not.toHaveLength(0)
      expect(await queryLocal(query, params, { dataset, now })).toEqual(expected)
    }
  })

  it('plans the facets point-backs (series, organisers) as exact lookups, without hints', () => {
    expect(eventFacetsQuery).not.toContain('references(')
    const scans = engine.planScans(parse(eventFacetsQuery))
    expect(scans.filter((scan) => scan.correlated !== undefined)).toMatchObject([
      {
        types: ['event'],
        correlated: { kind: 'equals', path: ['series', '_ref'] },
        alsoCorrelated: [],
        linkedExact: true,
      },
      {
        types: ['event'],
        correlated: { kind: 'contains', path: ['organisers'], attr: ['_ref'] },
        alsoCorrelated: [],
        linkedExact: true,
      },
    ])
  })

  it('checks what it should: the tricky text is found, in the right perspective', async () => {
    const find = (pattern: string, perspective: 'published' | 'drafts', locale = 'en') =>
      queryLocal(textQuery, { locale, pattern }, { dataset, perspective, now })
    expect(await find('İSTANBUL node.js', 'published')).toMatchObject({ ids: ['text-1'] })
    expect(await find('zoë', 'published')).toMatchObject({ count: 2 })
    expect(await find('draftword', 'published')).toMatchObject({ count: 0 })
    expect(await find('draftword', 'drafts')).toMatchObject({ count: 1 })
    expect(await find('draftname', 'drafts')).toMatchObject({ count: 2 })
    expect(await find('*开放文化*', 'published', 'zh')).toMatchObject({ ids: ['text-3'] })
    expect(await find('开源*', 'published', 'zh')).toMatchObject({ count: 0 })
    expect(await find('*المَصدر*', 'published', 'ar')).toMatchObject({ ids: ['text-3'] })
    expect(await find('*ouverture*', 'published', 'fr')).toMatchObject({ ids: ['text-3'] })
  })
})
